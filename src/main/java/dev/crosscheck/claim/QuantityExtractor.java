package dev.crosscheck.claim;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.entity.Gazetteer;
import dev.crosscheck.entity.LexiconFile;
import dev.crosscheck.entity.Token;
import dev.crosscheck.time.TimeExpression;
import java.time.Month;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Counts of things ("Fifty-five caskets", "the 55 cases", "the past eight months") and ages ("turned 73",
 * "a 73-year-old"). Numbers inside time expressions are the time stage's, and a small number after "the"
 * refers back ("the two leaders") rather than counting, so neither is a claim here.
 */
final class QuantityExtractor {

  private static final Pattern YEAR_OLD = Pattern.compile("(\\d+)-year-old");
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d");
  private static final ImmutableSet<String> IRREGULAR_PLURALS =
      LexiconFile.lowerCaseSet(QuantityExtractor.class, "irregular-plurals.txt");
  private static final ImmutableSet<String> KIN_NOUNS =
      LexiconFile.lowerCaseSet(QuantityExtractor.class, "kin-nouns.txt");
  private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");
  private static final ImmutableMap<String, Long> SCALES = ImmutableMap.of(
      "thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);
  private static final ImmutableSet<String> AGE_VERBS = ImmutableSet.of("turned", "turns", "aged", "age", "turning");
  private static final ImmutableSet<String> ANAPHORIC = ImmutableSet.of("the", "both", "their", "these", "those");
  private static final ImmutableSet<String> EXACT = ImmutableSet.of("only", "just", "exactly");
  private static final AgedThings AGED_THINGS = AgedThings.instance();
  private static final ImmutableSet<String> AGE_AT_DEATH_WORDS =
      LexiconFile.lowerCaseSet(QuantityExtractor.class, "age-at-death-words.txt");
  /** A number joined to the noun it counts, before the noun it describes: "a 448-page report". */
  private static final Pattern HYPHEN_COUNT = Pattern.compile("(\\d{1,6})-(\\p{Ll}{3,})");
  /** Units are measures, which the amount extractor reads ("the 69-meter towers"), not things counted. */
  private static final ImmutableSet<String> UNITS = LexiconFile.table(QuantityExtractor.class, "units.tsv", 3).stream()
      .flatMap(row -> Stream.of(row.get(2).split(","))).map(String::strip).collect(ImmutableSet.toImmutableSet());

  private final ClaimLexicons lexicons;
  private final ActorFinder actors;
  private final Gazetteer gazetteer;
  private final NumberReader numbers;
  private final Approximation approximation = Approximation.instance();
  private final ListedTally tally = new ListedTally(KIN_NOUNS);
  private final FrequencyTally frequencyTally;

  QuantityExtractor(ClaimLexicons lexicons, ActorFinder actors, Gazetteer gazetteer) {
    this.lexicons = lexicons;
    this.actors = actors;
    this.gazetteer = gazetteer;
    this.numbers = new NumberReader(lexicons.numberWords);
    this.frequencyTally = new FrequencyTally(numbers);
  }

  /** An ASCII digit first, as {@code \d} (no UNICODE_CHARACTER_CLASS) needs. */
  private static boolean startsWithDigit(String text) {
    return !text.isEmpty() && text.charAt(0) >= '0' && text.charAt(0) <= '9';
  }

  List<ClaimDraft> extract(AnalysedSentence s, List<AttributionFrame> frames, Set<TimeExpression> reserved) {
    List<ClaimDraft> claims = new ArrayList<>();
    List<ClaimDraft> totals = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      Token token = s.token(i);
      if (s.timeAt(i).isPresent()) {
        continue;
      }
      // the cheap string tests first: both patterns are tried on every token of every sentence
      var yearOld = token.text().endsWith("-year-old") ? YEAR_OLD.matcher(token.text()) : null;
      if (yearOld != null && yearOld.matches()) {
        int at = i;
        if (i + 1 < s.size() && AGED_THINGS.isThing(s.token(i + 1).lower())) { // "the 850-year-old cathedral"
          claims.add(thingAge(s, at, at + 2, s.token(i + 1), Long.parseLong(yearOld.group(1)), frames, reserved));
          continue;
        }
        ageOf(s, i, frames).ifPresent(person ->
            claims.add(age(s, at, at + 1, person, Long.parseLong(yearOld.group(1)), frames, reserved)));
        continue;
      }
      var hyphenCount = startsWithDigit(token.text()) && token.text().indexOf('-') > 0
          ? HYPHEN_COUNT.matcher(token.text()) : null;
      if (hyphenCount != null && hyphenCount.matches()) {
        countBeforeNoun(s, i, hyphenCount.group(1), hyphenCount.group(2), frames, reserved).ifPresent(claims::add);
        continue;
      }
      if (!token.isWord()) {
        continue;
      }
      if (SCALES.containsKey(token.lower()) && i > 0 && Character.isDigit(s.token(i - 1).text().charAt(0))) {
        continue; // "million" in "12.5 million followers" belongs to the number before it
      }
      Optional<Long> read = numbers.read(token.lower());
      long scale = i + 1 < s.size() ? SCALES.getOrDefault(s.token(i + 1).lower(), 1L) : 1L;
      Optional<Long> value = read.isEmpty() && scale > 1 && DECIMAL.matcher(token.text()).matches()
          ? Optional.of(Math.round(Double.parseDouble(token.text().replace(",", "")) * scale)) // "73.5 million"
          : read.map(number -> number * scale);
      if (value.isEmpty() || YEAR.matcher(token.text()).matches() && scale == 1 || i > 0 && isMonth(s.token(i - 1))) {
        continue;
      }
      int after = scale > 1 ? i + 1 : i; // the scale word belongs to the number: "80 million followers"

      if (value.get() > 0 && value.get() < 120 && (isAppositiveAge(s, i) || isPredicativeAge(s, i))) {
        int at = i;
        s.mentionEndingAt(s.token(i - 2).end()).filter(s::isPersonMention).map(ActorFinder::of).ifPresent(person ->
            claims.add(age(s, at, at + 1, person, value.get(), frames, reserved)));
        continue;
      }
      if (i + 2 < s.size() && s.token(i + 1).lower().startsWith("year") && s.token(i + 2).is("old")) {
        int at = i;
        if (i >= 2 && s.isAny(i - 1, "is", "was") && AGED_THINGS.isThing(s.token(i - 2).lower())) {
          claims.add(thingAge(s, at, at + 3, s.token(i - 2), value.get(), frames, reserved)); // "the bridge is 90 years old"
          continue;
        }
        ageOf(s, i + 2, frames).ifPresent(person ->
            claims.add(age(s, at, at + 3, person, value.get(), frames, reserved)));
        continue;
      }
      if (i > 2 && s.token(i - 1).is("age") && s.token(i - 2).is("at") && diedJustBefore(s, i - 2)) {
        int at = i;
        s.mentions.stream().filter(m -> m.end() <= s.token(at - 2).start() && s.isPersonMention(m))
            .reduce((first, second) -> second).map(ActorFinder::of)
            .ifPresent(person -> claims.add(age(s, at - 2, at + 1, person, value.get(), frames, reserved)));
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
      if (isDesignation(s, i) || i > 0 && s.token(i - 1).is("not")
          || i > 1 && s.token(i - 1).is("than") && s.token(i - 2).is("rather")) {
        continue;
      }
      int head = countedNoun(s, after + 1);
      if (head < 0) {
        continue;
      }
      String noun = singular(s.token(head).lower());
      Map<String, String> slots = new LinkedHashMap<>(countValue(s, i, value.get(), ValueKind.COUNT, noun).slots());
      slots.put("number", value.get().toString());
      slots.put("modifiers", modifiers(s, after + 1, head));
      Optional<TimeExpression> time = nearbyTime(s, i, head, reserved);
      time.ifPresent(t -> slots.put("timeRole", "happened"));
      slots.put("entities", s.entityNames());
      int start = Math.min(token.start(), approximation.before(s.documentText, token.start()).start());
      claims.add(ClaimDraft.of(ClaimType.QUANTITY, start, s.token(head).end(), noun, "count",
          value.get().toString(), time, attribution(frames, start), slots));
      boolean others = noun.equals("other") || slots.get("modifiers").startsWith("other");
      if (others && value.get() < 1000) {
        int at = i;
        tally.before(s, i).ifPresent(listed ->
            totals.add(total(s, at, head, noun, listed, value.get(), time, frames, approximation.before(
                s.documentText, s.token(at).start()).words())));
      }
    }
    frequencyTally.count(s, offset -> attribution(frames, offset)).ifPresent(claims::add);
    // "His daughter and four others have yet to be identified, but all 9 victims were recovered": a list beside
    // another count of the sentence is a part of that whole, not a total of its own
    for (ClaimDraft total : totals) {
      boolean partOfAnother = claims.stream().anyMatch(claim -> claim.type() == ClaimType.QUANTITY
          && claim.predicate().equals("count") && !claim.object().equals(total.object())
          && !claim.subject().equals("other") && !claim.slots().getOrDefault("modifiers", "").startsWith("other"));
      if (!partOfAnother) {
        claims.add(total);
      }
    }
    return claims;
  }

  /**
   * The total a list and its others make: "Kobe Bryant, his daughter and seven others" counts nine people. The
   * count of others alone stays as said; the total is what two sources listing different people can share.
   */
  private ClaimDraft total(AnalysedSentence s, int number, int head, String noun, ListedTally.Listed listed,
      long others, Optional<TimeExpression> time, List<AttributionFrame> frames, String qualifier) {
    // "Bryant, his daughter and seven other victims": the listed are people, so the others are people too, and
    // the total counts people whatever word the sentence gave the others
    String counted = "people";
    String othersWord = noun.equals("other") || noun.equals("people") ? "others" : "other " + plural(s, head);
    long total = listed.people() + others;
    Map<String, String> slots = new LinkedHashMap<>(countValue(s, number, total, ValueKind.COUNT, counted).slots());
    slots.put("number", Long.toString(total));
    slots.put("modifiers", "");
    slots.put("tally", listed.people() + " named and " + (qualifier.isEmpty() ? "" : qualifier + " ") + others
        + " " + othersWord);
    time.ifPresent(t -> slots.put("timeRole", "happened"));
    slots.put("entities", s.entityNames());
    return ClaimDraft.of(ClaimType.QUANTITY, listed.start(), s.token(head).end(), counted, "count",
        Long.toString(total), time, attribution(frames, listed.start()), slots);
  }

  /** The counted noun as the sentence wrote it, in the plural: "victims". */
  private static String plural(AnalysedSentence s, int head) {
    String word = s.token(head).lower();
    return word.endsWith("s") ? word : word + "s";
  }

  /**
   * "a 448-page report": the count of the joined noun ("page"), when a lower-case word follows that the
   * compound describes. Ages, units and time spans ("a 10-year term") are read elsewhere.
   */
  private Optional<ClaimDraft> countBeforeNoun(AnalysedSentence s, int i, String digits, String noun,
      List<AttributionFrame> frames, Set<TimeExpression> reserved) {
    boolean describesNoun = i + 1 < s.size() && s.token(i + 1).isWord() && !s.token(i + 1).isCapitalised();
    if (!describesNoun || UNITS.contains(noun) || lexicons.quantitySkip.contains(noun) || noun.startsWith("year")) {
      return Optional.empty();
    }
    long value = Long.parseLong(digits);
    Map<String, String> slots = new LinkedHashMap<>(countValue(s, i, value, ValueKind.COUNT, noun).slots());
    slots.put("number", Long.toString(value));
    slots.put("modifiers", "");
    Optional<TimeExpression> time = nearbyTime(s, i, i, reserved);
    time.ifPresent(t -> slots.put("timeRole", "happened"));
    slots.put("entities", s.entityNames());
    Token token = s.token(i);
    int start = Math.min(token.start(), approximation.before(s.documentText, token.start()).start());
    return Optional.of(ClaimDraft.of(ClaimType.QUANTITY, start, token.end(), noun, "count", Long.toString(value), time,
        attribution(frames, start), slots));
  }

  /**
   * A number that names rather than counts: "Flight 714", "Article 5", "Boeing 737", "Apollo 11". Such a
   * number follows a capitalised word inside the sentence.
   */
  private static boolean isDesignation(AnalysedSentence s, int i) {
    if (i == 0) {
      return false;
    }
    Token before = s.token(i - 1);
    boolean sentenceStart = i == 1 || !s.token(i - 2).isWord();
    return before.isWord() && before.isCapitalised() && !sentenceStart && !before.text().equals("I")
        || before.text().equals("#") || before.text().equals("No.");
  }

  /** The words between a number and its counted noun ("four German nationals": "german"), lower case. */
  private static String modifiers(AnalysedSentence s, int from, int head) {
    StringBuilder words = new StringBuilder();
    for (int k = from; k < head; k++) {
      if (s.token(k).isWord()) {
        words.append(words.length() == 0 ? "" : " ").append(s.token(k).lower());
      }
    }
    return words.toString();
  }

  /** A count or an age as a typed value: "about 500" and "nearly 400" are intervals. */
  private TypedValue countValue(AnalysedSentence s, int numberToken, long number, ValueKind kind, String noun) {
    Approximation.Qualifier qualifier = approximation.before(s.documentText, s.token(numberToken).start());
    double[] interval = Approximation.interval(number, 1, qualifier.shape(), 0.03, 0);
    return new TypedValue(kind, "", interval[0], interval[1], qualifier.words(), noun);
  }

  /** "died at age 41", "Bryant's sudden death at age 41": a word of dying at most three words before "at". */
  private static boolean diedJustBefore(AnalysedSentence s, int at) {
    for (int k = Math.max(0, at - 3); k < at; k++) {
      if (AGE_AT_DEATH_WORDS.contains(s.token(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** "Ara Zobayan, 50, was ...": a small number set off by commas right after a person's name. */
  private static boolean isAppositiveAge(AnalysedSentence s, int i) {
    if (i < 2 || !s.token(i - 1).text().equals(",") || !Character.isDigit(s.token(i).text().charAt(0))) {
      return false;
    }
    boolean closed = i + 1 >= s.size() || s.isAny(i + 1, ",", ".", ";", "and", ")");
    return closed && s.mentionEndingAt(s.token(i - 2).end()).filter(s::isPersonMention).isPresent();
  }

  /**
   * "Gianna Bryant was 13.", "Bryant was 41 when he died": a bare number after a person and a copula,
   * closing its clause, is an age; with anything counted after it ("was six years into his term") it is not.
   */
  private static boolean isPredicativeAge(AnalysedSentence s, int i) {
    if (i < 2 || !s.isAny(i - 1, "was", "is") || !Character.isDigit(s.token(i).text().charAt(0))) {
      return false;
    }
    boolean closed = i + 1 >= s.size() || s.isAny(i + 1, ",", ".", ";", "when", "at");
    return closed && s.mentionEndingAt(s.token(i - 2).end()).filter(s::isPersonMention).isPresent();
  }

  private Optional<Actor> ageOf(AnalysedSentence s, int i, List<AttributionFrame> frames) {
    // "his 13-year-old daughter Gianna": the person named just after the noun the age describes
    int after = Math.min(s.size(), i + 4);
    for (int k = i + 1; k < after; k++) {
      Optional<Actor> named = s.mentionStartingAt(s.token(k).start()).filter(s::isPersonMention).map(ActorFinder::of);
      if (named.isPresent()) {
        return named;
      }
      if (!s.token(k).isWord() && !s.token(k).text().equals(",") || s.token(k).isCapitalised()) {
        break;
      }
    }
    if (i + 1 < s.size() && KIN_NOUNS.contains(s.token(i + 1).lower())) {
      return Optional.empty(); // "his 13-year-old daughter" with no name: not his age, and not hers by name
    }
    // "the 73-year-old president", "Trump, a 73-year-old": the nearest person before.
    return s.mentions.stream()
        .filter(m -> m.end() <= s.token(i).start() && s.isPersonMention(m))
        .reduce((first, second) -> second)
        .map(ActorFinder::of);
  }

  private ClaimDraft age(AnalysedSentence s, int from, int to, Actor person, long years, List<AttributionFrame> frames,
      Set<TimeExpression> reserved) {
    Map<String, String> slots = new LinkedHashMap<>(
        new TypedValue(ValueKind.AGE, "", years - 0.5, years + 0.5, "", "age").slots());
    slots.put("number", Long.toString(years));
    Optional<TimeExpression> time = nearbyTime(s, from, to - 1, reserved);
    time.ifPresent(t -> slots.put("timeRole", "happened"));
    slots.put("entities", s.entityNames());
    int start = Math.min(person.start(), s.token(from).start());
    return ClaimDraft.of(ClaimType.QUANTITY, start, s.token(to - 1).end(), person.name(), "age",
        Long.toString(years), time, attribution(frames, s.token(from).start()), slots);
  }

  /**
   * The age of a thing, named by its noun ("cathedral"): compared with the ages of things the noun can
   * name, marked so that it is never taken for a person's.
   */
  private ClaimDraft thingAge(AnalysedSentence s, int from, int to, Token noun, long years, List<AttributionFrame> frames,
      Set<TimeExpression> reserved) {
    Map<String, String> slots = new LinkedHashMap<>(
        new TypedValue(ValueKind.AGE, "", years - 0.5, years + 0.5, "", "age").slots());
    slots.put("number", Long.toString(years));
    slots.put("aged", "thing");
    Optional<TimeExpression> time = nearbyTime(s, from, to - 1, reserved);
    time.ifPresent(t -> slots.put("timeRole", "happened"));
    slots.put("entities", s.entityNames());
    int start = Math.min(noun.start(), s.token(from).start());
    int end = Math.max(noun.end(), s.token(to - 1).end());
    return ClaimDraft.of(ClaimType.QUANTITY, start, end, noun.lower(), "age", Long.toString(years), time,
        attribution(frames, s.token(from).start()), slots);
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
      if (word.endsWith("s") && !word.endsWith("ss") && !token.isCapitalised() || IRREGULAR_PLURALS.contains(word)) {
        break;
      }
    }
    if (head >= 0 && s.token(head).isCapitalised()) {
      return -1; // "two Koreas", "Fifty-five Thousand Ltd": not a count of things
    }
    return head;
  }

  private static final ImmutableSet<String> MONTHS = Arrays.stream(Month.values())
      .flatMap(m -> Stream.of(m.name().toLowerCase(Locale.ROOT),
          m.name().substring(0, 3).toLowerCase(Locale.ROOT)))
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
