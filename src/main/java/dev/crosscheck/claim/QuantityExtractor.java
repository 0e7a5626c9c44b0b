package dev.crosscheck.claim;

import com.google.common.collect.ImmutableSet;
import dev.crosscheck.entity.Gazetteer;
import dev.crosscheck.entity.Token;
import dev.crosscheck.time.TimeExpression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Counts of things ("Fifty-five caskets", "the 55 cases", "the past eight months") and ages ("turned 73",
 * "a 73-year-old"). Numbers inside time expressions are the time stage's, and a small number after "the"
 * refers back ("the two leaders") rather than counting, so neither is a claim here.
 */
final class QuantityExtractor {

  private static final Pattern YEAR_OLD = Pattern.compile("(\\d+)-year-old");
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
  private static final ImmutableSet<String> AGE_VERBS = ImmutableSet.of("turned", "turns", "aged", "age", "turning");
  private static final ImmutableSet<String> ANAPHORIC = ImmutableSet.of("the", "both", "their", "these", "those");
  private static final ImmutableSet<String> EXACT = ImmutableSet.of("only", "just", "exactly");

  private final ClaimLexicons lexicons;
  private final ActorFinder actors;
  private final Gazetteer gazetteer;
  private final NumberReader numbers;

  QuantityExtractor(ClaimLexicons lexicons, ActorFinder actors, Gazetteer gazetteer) {
    this.lexicons = lexicons;
    this.actors = actors;
    this.gazetteer = gazetteer;
    this.numbers = new NumberReader(lexicons.numberWords);
  }

  List<ClaimDraft> extract(AnalysedSentence s, List<AttributionFrame> frames, Set<TimeExpression> reserved) {
    List<ClaimDraft> claims = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      Token token = s.token(i);
      if (s.timeAt(i).isPresent()) {
        continue;
      }
      var yearOld = YEAR_OLD.matcher(token.text());
      if (token.text().endsWith("-year-old") && yearOld.matches()) {
        int at = i;
        ageOf(s, i, frames).ifPresent(person ->
            claims.add(age(s, at, at + 1, person, Long.parseLong(yearOld.group(1)), frames, reserved)));
        continue;
      }
      if (!token.isWord()) {
        continue;
      }
      Optional<Long> value = numbers.read(token.lower());
      if (value.isEmpty() || YEAR.matcher(token.text()).matches() || i > 0 && isMonth(s.token(i - 1))) {
        continue;
      }
      if (i > 0 && AGE_VERBS.contains(s.token(i - 1).lower())) {
        int at = i;
        actors.endingBefore(s, i - 1, frames).filter(Actor::person).ifPresent(person -> {
          ClaimDraft age = age(s, at - 1, at + 1, person, value.get(), frames, reserved);
          claims.add(age);
          birthday(age).ifPresent(claims::add);
        });
        continue;
      }
      boolean anaphoric = i > 0 && ANAPHORIC.contains(s.token(i - 1).lower()) && value.get() <= 3;
      boolean vagueOne = value.get() == 1 && !(i > 0 && EXACT.contains(s.token(i - 1).lower()));
      if (anaphoric || vagueOne) {
        continue;
      }
      int head = countedNoun(s, i + 1);
      if (head < 0) {
        continue;
      }
      String noun = singular(s.token(head).lower());
      Map<String, String> slots = new LinkedHashMap<>();
      slots.put("number", value.get().toString());
      slots.put("noun", noun);
      Optional<TimeExpression> time = nearbyTime(s, i, head, reserved);
      time.ifPresent(t -> slots.put("timeRole", "happened"));
      slots.put("entities", s.entityNames());
      int start = token.start();
      claims.add(ClaimDraft.of(ClaimType.QUANTITY, start, s.token(head).end(), noun, "count",
          value.get().toString(), time, attribution(frames, start), slots));
    }
    return claims;
  }

  private Optional<Actor> ageOf(AnalysedSentence s, int i, List<AttributionFrame> frames) {
    // "the 73-year-old president", "Trump, a 73-year-old": the nearest person before.
    return s.mentions.stream()
        .filter(m -> m.end() <= s.token(i).start() && s.isPersonMention(m))
        .reduce((first, second) -> second)
        .map(ActorFinder::of);
  }

  private ClaimDraft age(AnalysedSentence s, int from, int to, Actor person, long years, List<AttributionFrame> frames,
      Set<TimeExpression> reserved) {
    Map<String, String> slots = new LinkedHashMap<>();
    slots.put("number", Long.toString(years));
    slots.put("noun", "age");
    Optional<TimeExpression> time = nearbyTime(s, from, to - 1, reserved);
    time.ifPresent(t -> slots.put("timeRole", "happened"));
    slots.put("entities", s.entityNames());
    int start = Math.min(person.start(), s.token(from).start());
    return ClaimDraft.of(ClaimType.QUANTITY, start, s.token(to - 1).end(), person.name(), "age",
        Long.toString(years), time, attribution(frames, s.token(from).start()), slots);
  }

  /** "turned 73 on June 14" also says when the birthday is: an event compare can set beside "his birthday is Friday". */
  private static Optional<ClaimDraft> birthday(ClaimDraft age) {
    if (age.time().isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> slots = new LinkedHashMap<>();
    slots.put("event", "birthday");
    slots.put("participants", age.subject());
    slots.put("timeRole", "happened");
    slots.put("entities", age.slots().get("entities"));
    return Optional.of(ClaimDraft.of(ClaimType.EVENT, age.start(), Math.max(age.end(), age.time().get().end()),
        age.subject(), "birthday", "birthday of " + age.subject(), age.time(), age.attribution(), slots));
  }

  /** The head of the noun phrase after a number: "55 flag-draped caskets" gives "caskets". */
  private int countedNoun(AnalysedSentence s, int from) {
    int head = -1;
    for (int k = from; k < Math.min(s.size(), from + 3); k++) {
      Token token = s.token(k);
      String word = token.lower();
      if (!token.isWord() || lexicons.quantitySkip.contains(word) || gazetteer.isStopword(word) && !token.isCapitalised()
          || Character.isDigit(word.charAt(0)) || s.timeAt(k).isPresent()) {
        break;
      }
      head = k;
      if (word.endsWith("s") && !word.endsWith("ss") && !token.isCapitalised()) {
        break;
      }
    }
    if (head >= 0 && s.token(head).isCapitalised()) {
      return -1; // "two Koreas", "Fifty-five Thousand Ltd": not a count of things
    }
    return head;
  }

  private static final ImmutableSet<String> MONTHS = java.util.Arrays.stream(java.time.Month.values())
      .flatMap(m -> java.util.stream.Stream.of(m.name().toLowerCase(java.util.Locale.ROOT),
          m.name().substring(0, 3).toLowerCase(java.util.Locale.ROOT)))
      .collect(ImmutableSet.toImmutableSet());

  private static boolean isMonth(Token token) {
    return MONTHS.contains(token.lower());
  }

  /** The time said of a count: after it within the clause ("arrived in Hawaii on Wednesday") or just before. */
  private static Optional<TimeExpression> nearbyTime(AnalysedSentence s, int from, int head, Set<TimeExpression> reserved) {
    TimeExpression best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (TimeExpression time : s.times) {
      if (reserved.contains(time)) {
        continue;
      }
      int first = s.tokenAtOrAfter(time.start());
      int distance = first > head ? first - head : from - s.tokenAtOrAfter(time.end()) + 4;
      if (distance >= 0 && distance <= 12 && distance < bestDistance) {
        best = time;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<Attribution> attribution(List<AttributionFrame> frames, int offset) {
    return frames.stream().filter(f -> f.contentContains(offset)).findFirst().map(AttributionFrame::attribution);
  }

  /** A plural noun's singular, by the regular rules: caskets, cases, months, countries. */
  static String singular(String noun) {
    if (noun.endsWith("ies") && noun.length() > 4) {
      return noun.substring(0, noun.length() - 3) + "y";
    }
    if (noun.endsWith("sses") || noun.endsWith("ches") || noun.endsWith("shes") || noun.endsWith("xes")) {
      return noun.substring(0, noun.length() - 2);
    }
    if (noun.endsWith("s") && !noun.endsWith("ss") && noun.length() > 3) {
      return noun.substring(0, noun.length() - 1);
    }
    return noun;
  }
}
