package dev.crosscheck.claim;

import com.google.common.collect.ImmutableSet;
import dev.crosscheck.entity.EntityKind;
import dev.crosscheck.entity.Gazetteer;
import dev.crosscheck.entity.LexiconFile;
import dev.crosscheck.entity.Mention;
import dev.crosscheck.entity.PhraseMatcher;
import dev.crosscheck.entity.Token;
import dev.crosscheck.entity.Tokenizer;
import dev.crosscheck.time.TimeExpression;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Events as frames with slots: a word from the event lexicon ("letter", "summit", "traveled") and what the
 * words around it say of that event: who sent it to whom, who travelled where, who met, where, when (and
 * what the time is of: dated, sent, received, revealed, happened), which one (first, second; a new one),
 * and how it was described. Slots are filled from a small window around the event word, never across
 * another event word, so "a letter ... follows a trip to Pyongyang in early July" dates the trip only.
 */
final class EventExtractor {

  /** Verbs whose object is the event noun and whose subject does the event ("made a trip"). */
  private static final ImmutableSet<String> LIGHT_VERBS = LexiconFile.lowerCaseSet(EventExtractor.class,
      "light-verbs.txt");
  private static final ImmutableSet<String> SENDING =
      ImmutableSet.of("wrote", "write", "writes", "written", "sent", "send", "sends", "penned", "delivered");
  private static final ImmutableSet<String> RECEIVING = ImmutableSet.of("received", "receive", "receives", "got", "get");
  private static final ImmutableSet<String> SIGNING = ImmutableSet.of("signed", "written", "sent", "penned");
  private static final ImmutableSet<String> CARRYING = ImmutableSet.of("given", "handed", "passed", "brought");
  /** A noun event word after these is a verb: "the content of which remains unpublicized". */
  private static final ImmutableSet<String> VERB_CONTEXT = ImmutableSet.of("which", "that", "it", "who", "what");
  private static final ImmutableSet<String> PRONOUNS = ImmutableSet.of("he", "she", "they", "i", "we", "you", "had", "has", "have");
  private static final ImmutableSet<String> CLOSING_QUOTES = ImmutableSet.of("”", "\"", "’", "'");
  private static final int QUOTE_WINDOW = 10;
  private static final ImmutableSet<String> NEGATION = LexiconFile.lowerCaseSet(
      EventExtractor.class, "negation.txt");
  /** Words looked back from an event word for a denial: "yet to reach a formal agreement" is five. */
  private static final int NEGATION_REACH = 5;

  private record Span(int from, int to, ClaimLexicons.Trigger trigger) {}

  private final ClaimLexicons lexicons;
  private final ActorFinder actors;
  private final Gazetteer gazetteer;

  EventExtractor(ClaimLexicons lexicons, ActorFinder actors, Gazetteer gazetteer) {
    this.lexicons = lexicons;
    this.actors = actors;
    this.gazetteer = gazetteer;
  }

  List<ClaimDraft> extract(AnalysedSentence s, List<AttributionFrame> frames, Set<TimeExpression> reserved) {
    List<Span> spans = triggers(s);
    List<ClaimDraft> events = new ArrayList<>();
    for (Span span : spans) {
      ClaimDraft event = frame(s, span, spans, frames, reserved);
      // "the letter's contents have not been shared": an event word with nothing said of it is no claim;
      // nor is a birthday of nobody in particular ("wishing him a happy birthday").
      boolean ownerless = event.predicate().equals("birthday") && !event.slots().containsKey("participants");
      if (!ownerless && event.slots().keySet().stream().anyMatch(key -> !key.equals("event") && !key.equals("entities"))) {
        events.add(event);
      }
    }
    return withoutRepeats(events);
  }

  private List<Span> triggers(AnalysedSentence s) {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      Optional<PhraseMatcher.Match<ClaimLexicons.Trigger>> match = lexicons.triggers.longestAt(s.tokens, i);
      if (match.isEmpty() || !match.get().value().verb() && i > 0 && VERB_CONTEXT.contains(s.token(i - 1).lower())) {
        continue;
      }
      int to = match.get().to();
      // "birthday letter", "repatriation ceremony": the first noun only says what kind the second is.
      Optional<PhraseMatcher.Match<ClaimLexicons.Trigger>> head = lexicons.triggers.longestAt(s.tokens, to);
      if (!match.get().value().verb() && head.isPresent() && !head.get().value().verb()
          && !head.get().value().eventClass().equals(match.get().value().eventClass())) {
        continue;
      }
      // "summit meeting", "letters and notes": one event named twice.
      Optional<PhraseMatcher.Match<ClaimLexicons.Trigger>> next = lexicons.triggers.longestAt(s.tokens, to);
      while (next.isPresent() && next.get().value().eventClass().equals(match.get().value().eventClass())) {
        to = next.get().to();
        next = lexicons.triggers.longestAt(s.tokens, to);
      }
      spans.add(new Span(i, to, match.get().value()));
      i = to - 1;
    }
    // "described the letter as a “warm personal note”": the quoted word names the same event again.
    List<Span> quoted = spans.stream().filter(span -> s.inQuote(s.token(span.from()).start())
        && spans.stream().anyMatch(other -> !s.inQuote(s.token(other.from()).start())
            && other.trigger().eventClass().equals(span.trigger().eventClass()))).toList();
    spans.removeAll(quoted);
    return spans;
  }

  private ClaimDraft frame(AnalysedSentence s, Span span, List<Span> spans, List<AttributionFrame> frames,
      Set<TimeExpression> reserved) {
    String eventClass = span.trigger().eventClass();
    int triggerStart = s.token(span.from()).start();
    Optional<AttributionFrame> said = frames.stream().filter(f -> f.contentContains(triggerStart)).findFirst();
    Map<String, String> slots = new LinkedHashMap<>();
    slots.put("event", eventClass);
    int start = triggerStart;
    int end = s.token(span.to() - 1).end();

    slots.put("instance", marker(s, span.from(), lexicons.instanceMarkers::contains));
    slots.put("ordinal", ordinal(s, span));
    if (negated(s, span.from())) {
      slots.put("mood", "negated");
    } else if (span.trigger().verb() && modal(s, span.from())) {
      slots.put("mood", "possible");
    }
    Optional<Mention> place = eventClass.equals("trip") ? destination(s, span, spans) : place(s, span, spans);
    if (place.isPresent()) {
      slots.put("place", place.get().canonical());
      start = Math.min(start, place.get().start());
      end = Math.max(end, place.get().end());
    }
    Optional<TimeExpression> time = time(s, span, spans, reserved, said);
    if (time.isPresent()) {
      slots.put("timeRole", timeRole(s, span, time.get()));
      start = Math.min(start, time.get().start());
      end = Math.max(end, time.get().end());
    }
    String subject = eventClass;
    String label = eventClass;
    switch (eventClass) {
      case "letter" -> {
        Optional<Actor> sender = sender(s, span, frames);
        Optional<Actor> recipient = recipient(s, span, frames, sender);
        sender.ifPresent(a -> slots.put("sender", a.name()));
        carrier(s, span, spans).ifPresent(a -> slots.put("carrier", a.name()));
        recipient.ifPresent(a -> slots.put("recipient", a.name()));
        subject = sender.or(() -> recipient).map(Actor::name).orElse(subject);
        label = eventClass + sender.map(a -> " from " + a.name()).orElse("") + recipient.map(a -> " to " + a.name()).orElse("");
        for (Actor actor : sender.stream().toList()) {
          start = Math.min(start, actor.start());
          end = Math.max(end, actor.end());
        }
        for (Actor actor : recipient.stream().toList()) {
          start = Math.min(start, actor.start());
          end = Math.max(end, actor.end());
        }
      }
      case "trip" -> {
        Optional<Actor> traveller = traveller(s, span, frames);
        if (traveller.isPresent()) {
          slots.put("traveller", traveller.get().name());
          subject = traveller.get().name();
          start = Math.min(start, traveller.get().start());
          end = Math.max(end, traveller.get().end());
        }
        label = eventClass + traveller.map(a -> " by " + a.name()).orElse("") + place.map(p -> " to " + p.canonical()).orElse("");
      }
      case "meeting", "agreement" -> {
        // "North Korea's commitment": the possessor is the party, not everyone the sentence names.
        // "his meeting with Trump": the pronoun's person and the others named.
        Optional<Actor> owner = possessor(s, span.from());
        List<String> participants = owner.isPresent() && !owner.get().person()
            ? List.of(owner.get().name())
            : participants(s, said, owner);
        if (!participants.isEmpty()) {
          slots.put("participants", String.join("; ", participants));
          subject = participants.get(0);
        }
        label = eventClass + place.map(p -> " in " + p.canonical()).orElse("");
      }
      case "tweet", "birthday" -> {
        Optional<Actor> owner = eventClass.equals("tweet") ? sender(s, span, frames) : possessor(s, span.from());
        if (owner.isPresent()) {
          slots.put(eventClass.equals("tweet") ? "sender" : "participants", owner.get().name());
          subject = owner.get().name();
          start = Math.min(start, owner.get().start());
        }
        label = eventClass + owner.map(a -> " of " + a.name()).orElse("");
      }
      default -> label = eventClass + place.map(p -> " in " + p.canonical()).orElse("");
    }
    slots.put("descriptor", descriptors(s, span, said, frames));
    slots.put("entities", s.entityNames());
    return ClaimDraft.of(ClaimType.EVENT, start, end, subject, eventClass, label, time,
        said.map(AttributionFrame::attribution), slots);
  }

  /** A word from a list among the three words before the event word ("a new letter"). */
  private static String marker(AnalysedSentence s, int from, Predicate<String> inList) {
    for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
      if (inList.test(s.token(k).lower())) {
        return s.token(k).lower();
      }
      if (!s.token(k).isWord()) {
        break;
      }
    }
    return null;
  }

  private String ordinal(AnalysedSentence s, Span span) {
    String before = marker(s, span.from(), lexicons.ordinals::containsKey);
    if (before != null) {
      return lexicons.ordinals.get(before);
    }
    // "met for the first time", "meet Kim a second time"
    for (int k = span.to(); k < Math.min(s.size() - 1, span.to() + 6); k++) {
      String value = lexicons.ordinals.get(s.token(k).lower());
      if (value != null && s.token(k + 1).is("time")) {
        return value;
      }
    }
    return null;
  }

  /**
   * "ended without an agreement", "no nuclear test", "did not meet", "have never met": a denial within the
   * few words before the event word, with nothing but lower-case words between.
   */
  private boolean negated(AnalysedSentence s, int from) {
    for (int k = from - 1; k >= Math.max(0, from - NEGATION_REACH); k--) {
      Token token = s.token(k);
      if (NEGATION.contains(token.lower())
          || k + 1 < from && NEGATION.contains(token.lower() + " " + s.token(k + 1).lower())) {
        return true; // "no", "never"; "have yet to reach a formal agreement"
      }
      if (!token.isWord() || token.isCapitalised() || s.mentionEndingAt(token.end()).isPresent()) {
        return false;
      }
    }
    return false;
  }

  private boolean modal(AnalysedSentence s, int from) {
    for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
      String word = s.token(k).lower();
      if (lexicons.modality.contains(word)) {
        return true;
      }
      if (!lexicons.speakerSkip.contains(word) && s.mentionEndingAt(s.token(k).end()).isEmpty()) {
        return false;
      }
    }
    return false;
  }

  /** "summit in Singapore", "the Singapore summit", "arrived in Hawaii on Wednesday". */
  private Optional<Mention> place(AnalysedSentence s, Span span, List<Span> spans) {
    if (span.from() > 0) {
      int before = span.from() - 1;
      Optional<Mention> modifier = s.mentionEndingAt(s.token(before).end()).filter(m -> m.kind() == EntityKind.PLACE)
          .filter(m -> !isDemonym(m));
      if (modifier.isPresent()) {
        return modifier;
      }
    }
    return placeAfter(s, span, spans, ImmutableSet.of("in", "at"));
  }

  /** "trip to Pyongyang", "visited Pyongyang", "a rare trip into North Korea". */
  private Optional<Mention> destination(AnalysedSentence s, Span span, List<Span> spans) {
    if (span.trigger().verb() && span.to() < s.size()) {
      Optional<Mention> object = s.mentionStartingAt(s.token(span.to()).start()).filter(m -> m.kind() == EntityKind.PLACE);
      if (object.isPresent()) {
        return object;
      }
    }
    return placeAfter(s, span, spans, ImmutableSet.of("to", "into"));
  }

  private Optional<Mention> placeAfter(AnalysedSentence s, Span span, List<Span> spans, Set<String> prepositions) {
    int limit = Math.min(s.size() - 1, Math.min(span.to() + 8, nextTrigger(span, spans, s.size())));
    for (int k = span.to(); k < limit; k++) {
      Token token = s.token(k);
      if (token.text().equals(";")) {
        break;
      }
      if (prepositions.contains(token.lower())) {
        int at = s.isAny(k + 1, "the") ? k + 2 : k + 1;
        if (at < s.size()) {
          Optional<Mention> place = s.mentionStartingAt(s.token(at).start())
              .filter(m -> m.kind() == EntityKind.PLACE && !isDemonym(m));
          if (place.isPresent()) {
            return place;
          }
        }
      }
    }
    return Optional.empty();
  }

  private boolean isDemonym(Mention mention) {
    return gazetteer.isDemonym(mention.text());
  }

  private static int nextTrigger(Span span, List<Span> spans, int size) {
    return spans.stream().mapToInt(Span::from).filter(from -> from >= span.to()).min().orElse(size);
  }

  private static int previousTrigger(Span span, List<Span> spans) {
    return spans.stream().mapToInt(Span::to).filter(to -> to <= span.from()).max().orElse(0);
  }

  /** The time the sentence gives the event, if any: see {@link EventTimeWindow}. */
  private static Optional<TimeExpression> time(AnalysedSentence s, Span span, List<Span> spans,
      Set<TimeExpression> reserved, Optional<AttributionFrame> said) {
    return EventTimeWindow.timeOf(s, span.from(), span.to(), previousTrigger(span, spans),
        nextTrigger(span, spans, s.size()), reserved, said);
  }

  /** What the time is of, from the verb nearest to it or to the event word: "Dated July 6", "received ... on Monday". */
  private String timeRole(AnalysedSentence s, Span span, TimeExpression time) {
    int timeFrom = s.tokenAtOrAfter(time.start());
    int timeTo = s.tokenAtOrAfter(time.end());
    int from = Math.max(0, Math.min(timeFrom - 3, span.from() - 3));
    int to = Math.min(s.size(), Math.max(timeTo + 3, span.to()));
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int k = from; k < to; k++) {
      Optional<PhraseMatcher.Match<String>> role = lexicons.timeRoles.longestAt(s.tokens, k);
      if (role.isPresent()) {
        int distance = Math.min(Math.abs(k - timeFrom), Math.abs(k - span.from()));
        if (distance < bestDistance) {
          best = role.get().value();
          bestDistance = distance;
        }
      }
    }
    return best != null ? best : "happened";
  }

  /** "letter from X", "X's letter", "X wrote/sent (Y) a letter", "the letter X sent". */
  private Optional<Actor> sender(AnalysedSentence s, Span span, List<AttributionFrame> frames) {
    Optional<Actor> from = nameAfter(s, span.to(), "from");
    if (from.isPresent()) {
      return from;
    }
    Optional<Actor> owner = possessor(s, span.from());
    if (owner.isPresent()) {
      return owner;
    }
    // "a letter that appeared to be signed by North Korea leader Kim Jong Un"
    for (int k = span.to() + 1; k < Math.min(s.size() - 1, span.to() + 8); k++) {
      if (s.token(k).is("by") && (SIGNING.contains(s.token(k - 1).lower()))) {
        Optional<Actor> signer = nameAfter(s, k, "by");
        if (signer.isPresent()) {
          return signer;
        }
      }
    }
    for (int k = span.from() - 1; k >= Math.max(0, span.from() - 6); k--) {
      if (SENDING.contains(s.token(k).lower())) {
        return actors.endingBefore(s, k, frames);
      }
      if (RECEIVING.contains(s.token(k).lower()) || s.token(k).text().equals(",")) {
        break;
      }
    }
    for (int k = span.to(); k < Math.min(s.size(), span.to() + 3); k++) {
      if (!s.token(k).isWord()) {
        break;
      }
      if (SENDING.contains(s.token(k).lower()) && k > span.to()) {
        return actors.actorEndingAtToken(s, k - 1, frames);
      }
    }
    return Optional.empty();
  }

  /** "letter to Y", "Y received a letter", "sent him a letter", "the letter Y received". */
  private Optional<Actor> recipient(AnalysedSentence s, Span span, List<AttributionFrame> frames, Optional<Actor> sender) {
    Optional<Actor> found = nameAfter(s, span.to(), "to");
    if (found.isEmpty()) {
      for (int k = span.from() - 1; k >= Math.max(0, span.from() - 6) && found.isEmpty(); k--) {
        String word = s.token(k).lower();
        if (RECEIVING.contains(word)) {
          found = actors.endingBefore(s, k, frames);
        } else if (SENDING.contains(word)) {
          for (int j = k + 1; j < span.from() && found.isEmpty(); j++) {
            found = actors.actorEndingAtToken(s, j, frames);
          }
          break;
        }
      }
    }
    if (found.isEmpty()) {
      for (int k = span.to() + 1; k < Math.min(s.size(), span.to() + 3); k++) {
        if (RECEIVING.contains(s.token(k).lower())) {
          found = actors.actorEndingAtToken(s, k - 1, frames);
          break;
        }
      }
    }
    // "Kim had sent him a letter": "him" is not the sender.
    if (found.isPresent() && sender.isPresent() && found.get().name().equals(sender.get().name())) {
      Actor pronoun = found.get();
      found = s.memory.personBefore(pronoun.start(), sender.get().name())
          .map(m -> new Actor(m.canonical(), pronoun.start(), pronoun.end(), true));
    }
    return found;
  }

  /** Who carried a letter: "the one given to US Secretary of State Mike Pompeo", "handed to X". */
  private Optional<Actor> carrier(AnalysedSentence s, Span span, List<Span> spans) {
    int limit = Math.min(s.size() - 1, Math.min(span.to() + 10, nextTrigger(span, spans, s.size())));
    for (int k = span.to(); k < limit; k++) {
      if (CARRYING.contains(s.token(k).lower()) && s.isAny(k + 1, "to")) {
        int after = s.token(k + 1).end();
        int last = k + 8;
        return s.firstMentionIn(after, s.end(), EntityKind.PERSON)
            .filter(m -> s.tokenAtOrAfter(m.start()) <= last)
            .map(ActorFinder::of);
      }
    }
    return Optional.empty();
  }

  /** "trip ... by X", "X's visit", "his visit", "X traveled". */
  private Optional<Actor> traveller(AnalysedSentence s, Span span, List<AttributionFrame> frames) {
    if (span.trigger().verb()) {
      return actors.endingBefore(s, span.from(), frames).filter(Actor::person);
    }
    Optional<Actor> owner = possessor(s, span.from());
    if (owner.isPresent()) {
      return owner;
    }
    Optional<Actor> subject = lightVerbSubject(s, span.from(), frames);
    if (subject.isPresent()) {
      return subject;
    }
    for (int k = span.to(); k < Math.min(s.size(), span.to() + 10); k++) {
      if (s.token(k).is("by")) {
        int after = s.token(k).end();
        int limit = k + 7;
        return s.firstMentionIn(after, s.end(), EntityKind.PERSON)
            .filter(m -> s.tokenAtOrAfter(m.start()) <= limit)
            .map(ActorFinder::of);
      }
      if (s.token(k).text().equals(",")) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * The subject of a light verb whose object is the event noun: "a US military plane made a rare trip" is
   * the plane's trip, not Pompeo's. A few words (an article, adjectives) may stand between verb and noun.
   */
  private Optional<Actor> lightVerbSubject(AnalysedSentence s, int trigger, List<AttributionFrame> frames) {
    for (int k = trigger - 1; k >= Math.max(1, trigger - 4); k--) {
      Token token = s.token(k);
      if (!token.isWord()) {
        return Optional.empty();
      }
      if (LIGHT_VERBS.contains(token.lower())) {
        Optional<Actor> named = actors.endingBefore(s, k, frames);
        if (named.isPresent() || k == 0) {
          return named;
        }
        // a thing that travels is named by its noun ("the plane", "a navy ship"): enough to tell it from a person
        Token head = s.token(k - 1);
        return head.isWord() && !head.isCapitalised() && !PRONOUNS.contains(head.lower())
            ? Optional.of(new Actor(head.lower(), head.start(), head.end(), false)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The name after a preposition, within a few words: "from North Korean leader Kim Jong Un". */
  private Optional<Actor> nameAfter(AnalysedSentence s, int to, String preposition) {
    for (int k = to; k < Math.min(s.size(), to + 4); k++) {
      Token between = s.token(k);
      // Only "letter from", "letter" from", "letter he received from": not "letter that appeared to be ...".
      if (k > to && !between.is(preposition) && !RECEIVING.contains(between.lower()) && !SENDING.contains(between.lower())
          && !PRONOUNS.contains(between.lower()) && s.mentionStartingAt(between.start()).isEmpty()
          && !CLOSING_QUOTES.contains(between.text())) {
        return Optional.empty();
      }
      if (k == to && CLOSING_QUOTES.contains(between.text())) {
        continue;
      }
      if (between.is(preposition)) {
        for (int j = k + 1; j < Math.min(s.size(), k + 7); j++) {
          Token token = s.token(j);
          if (!token.isWord()) {
            break;
          }
          Optional<Mention> mention = s.mentionStartingAt(token.start());
          if (mention.isPresent() && mention.get().kind() != EntityKind.PERSON) {
            // "from NK leader", "from North Korean leader Kim Jong Un": the title's holder sent it.
            int next = s.tokenAtOrAfter(mention.get().end());
            Optional<Actor> holder = actors.titled(s, next);
            if (holder.isPresent()) {
              return holder;
            }
            if (isDemonym(mention.get())) {
              continue;
            }
          }
          if (mention.isPresent()) {
            return mention.map(ActorFinder::of);
          }
          Optional<Actor> holder = actors.titled(s, j);
          if (holder.isPresent()) {
            return holder;
          }
          if (token.is("him") || token.is("her") || token.is("me")) {
            return actors.actorEndingAtToken(s, j, List.of());
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "Kim's new letter", "his visit". */
  private Optional<Actor> possessor(AnalysedSentence s, int from) {
    for (int k = from - 1; k >= Math.max(0, from - 4); k--) {
      Token token = s.token(k);
      if (Tokenizer.isPossessive(token) && k > 0) {
        return s.mentionEndingAt(s.token(k - 1).end()).filter(m -> !isDemonym(m)).map(ActorFinder::of);
      }
      if (token.is("his") || token.is("her")) {
        return s.memory.personBefore(token.start(), "").map(m -> new Actor(m.canonical(), token.start(), token.end(), true));
      }
      if (!token.isWord() || token.is("the") || token.is("a")) {
        break;
      }
    }
    return Optional.empty();
  }

  private static List<String> participants(AnalysedSentence s, Optional<AttributionFrame> said, Optional<Actor> owner) {
    Set<String> names = new LinkedHashSet<>();
    owner.ifPresent(actor -> names.add(actor.name()));
    String speaker = said.map(f -> f.speaker().name()).orElse("");
    for (Mention mention : s.mentions) {
      if (mention.kind() == EntityKind.PERSON && !mention.canonical().equals(speaker)) {
        names.add(mention.canonical());
      }
    }
    return names.stream().limit(4).toList();
  }

  /** Words describing the event: "beautiful letter", "very nice note", and short quotations ("birthday greeting"). */
  private String descriptors(AnalysedSentence s, Span span, Optional<AttributionFrame> said,
      List<AttributionFrame> frames) {
    List<String> words = new ArrayList<>();
    int firstModifier = span.trigger().verb() ? span.from() : Math.max(0, span.from() - 3);
    for (int k = span.from() - 1; k >= firstModifier; k--) {
      Token token = s.token(k);
      String word = token.lower();
      if (!token.isWord() || token.isCapitalised() || gazetteer.isStopword(word)
          || lexicons.instanceMarkers.contains(word) || lexicons.nonDescriptiveModifiers.contains(word)
          || lexicons.ordinals.containsKey(word)
          || SENDING.contains(word) || RECEIVING.contains(word) || lexicons.numberWords.containsKey(word)
          || Character.isDigit(word.charAt(0)) || lexicons.timeRoles.longestAt(s.tokens, k).isPresent()
          || lexicons.cues.longestAt(s.tokens, k).isPresent() || s.timeAt(k).isPresent() || looksLikeVerb(word)
          || words.size() == 2) {
        break;
      }
      words.add(0, word);
    }
    List<String> descriptors = new ArrayList<>();
    if (!words.isEmpty()) {
      descriptors.add(String.join(" ", words));
    }
    String eventClass = span.trigger().eventClass();
    if (eventClass.equals("letter") || eventClass.equals("agreement")) {
      for (QuoteSpan quote : s.quotes) {
        String text = quote.text().replaceAll("[.,!?;:]+$", "");
        boolean aboutItself = quote.contains(s.token(span.from()).start());
        int triggerStart = s.token(span.from()).start();
        int triggerEnd = s.token(span.to() - 1).end();
        boolean near = quote.start() >= triggerEnd ? s.tokenAtOrAfter(quote.start()) - span.to() <= QUOTE_WINDOW
            : quote.end() <= triggerStart && span.from() - s.tokenAtOrAfter(quote.end()) <= QUOTE_WINDOW / 2;
        // A quotation in another report's words is not said of this event.
        Optional<AttributionFrame> quotedIn = frames.stream().filter(f -> f.contentContains(quote.start() + 1)).findFirst();
        boolean sameReport = quotedIn.equals(said);
        if (!near || !sameReport) {
          continue;
        }
        boolean spoken = text.matches("(?i)(i|we|you)\\b.*");
        if (!text.isEmpty() && !aboutItself && !spoken && text.split("\\s+").length <= 5) {
          descriptors.add(text);
        }
      }
    }
    return descriptors.isEmpty() ? null : String.join("; ", descriptors);
  }

  /** "returning", "identifies", "repatriate": words before a noun that act on it rather than describe it. */
  private static boolean looksLikeVerb(String word) {
    return word.endsWith("ing") && !word.equals("birthday") || word.endsWith("ies") || word.endsWith("ate")
        || word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("ous");
  }

  /** Drops an event whose slots another event of the same class in the sentence already says. */
  private static List<ClaimDraft> withoutRepeats(List<ClaimDraft> events) {
    List<ClaimDraft> kept = new ArrayList<>();
    for (ClaimDraft event : events) {
      boolean repeated = events.stream().anyMatch(other -> other != event
          && other.predicate().equals(event.predicate())
          && other.slots().entrySet().containsAll(event.slots().entrySet())
          && (other.slots().size() > event.slots().size() || events.indexOf(other) < events.indexOf(event)));
      if (!repeated) {
        kept.add(event);
      }
    }
    return kept;
  }
}
