package dev.crosscheck.claim;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.entity.EntityKind;
import dev.crosscheck.entity.Mention;
import dev.crosscheck.entity.PhraseMatcher;
import dev.crosscheck.entity.Token;
import dev.crosscheck.time.TimeExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds who says what in a sentence: "X said/confirmed/declined to confirm (that) ...", "..., X said",
 * "..., said X", "According to X, ...", participles continuing a report (", adding, ...") and nested reports
 * ("According to one official, CNN reported, ...", whose speaker is the official and whose chain is CNN).
 * Cue words inside quotations are the quoted person's words, not a report, and are skipped.
 */
final class AttributionFinder {

  private static final ImmutableSet<String> CLOSING = ImmutableSet.of(",", "”", "\"", "’", "'");
  private static final int MAX_NESTING_GAP = 4;
  /** Words of time phrases the tagger may leave out, allowed between a cue and its "that". */
  private static final ImmutableSet<String> TIME_WORDS = ImmutableSet.of(
      "earlier", "later", "also", "again", "publicly", "repeatedly", "in", "on", "at", "the", "day", "week",
      "morning", "afternoon", "evening", "night", "briefly");

  private final ClaimLexicons lexicons;
  private final ActorFinder actors;

  AttributionFinder(ClaimLexicons lexicons, ActorFinder actors) {
    this.lexicons = lexicons;
    this.actors = actors;
  }

  ImmutableList<AttributionFrame> find(AnalysedSentence s) {
    List<AttributionFrame> frames = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      if (s.inQuote(s.token(i).start())) {
        continue;
      }
      Optional<PhraseMatcher.Match<ClaimLexicons.Cue>> match = lexicons.cues.longestAt(s.tokens, i);
      if (match.isEmpty()) {
        continue;
      }
      Optional<AttributionFrame> frame = match.get().value().isSource()
          ? according(s, match.get(), frames)
          : cue(s, match.get(), frames);
      if (frame.isPresent()) {
        frames.add(frame.get());
        i = match.get().to() - 1;
      }
    }
    return nest(s, endBeforeNextReport(s, frames));
  }

  /**
   * "Trump describes the letter as a "very nice note" and says, ...": the first report ends where the same
   * speaker's next one begins; so does "X said A, Y said B": a report that starts after a comma, well into
   * another's content, follows it rather than being nested in it.
   */
  private static List<AttributionFrame> endBeforeNextReport(AnalysedSentence s, List<AttributionFrame> frames) {
    List<AttributionFrame> result = new ArrayList<>();
    for (int i = 0; i < frames.size(); i++) {
      AttributionFrame frame = frames.get(i);
      if (i + 1 < frames.size()) {
        AttributionFrame next = frames.get(i + 1);
        int cue = s.tokenAtOrAfter(next.cueStart());
        int boundary = boundaryBefore(s, Math.min(next.speaker().start(), next.cueStart()));
        boolean sameSpeakerGoesOn = next.speaker().name().equals(frame.speaker().name())
            && cue > 0 && s.isAny(cue - 1, "and", ",", "but");
        boolean anotherFollows = boundary >= 0 && s.isAny(boundary, ",", ";")
            && boundary - s.tokenAtOrAfter(frame.contentStart()) > MAX_NESTING_GAP;
        if (frame.contentContains(next.cueStart()) && (sameSpeakerGoesOn || anotherFollows)) {
          int end = s.token(sameSpeakerGoesOn ? cue - 1 : boundary).start();
          if (end > frame.contentStart()) {
            frame = new AttributionFrame(frame.speaker(), frame.cue(), frame.chain(), frame.cueStart(),
                frame.cueEnd(), frame.contentStart(), end, frame.time());
          }
        }
      }
      result.add(frame);
    }
    return result;
  }

  /** "According to X, content" and "content, according to X". */
  private Optional<AttributionFrame> according(AnalysedSentence s, PhraseMatcher.Match<ClaimLexicons.Cue> match,
      List<AttributionFrame> frames) {
    int from = match.to();
    int comma = from;
    while (comma < s.size() && !s.token(comma).text().equals(",")) {
      comma++;
    }
    if (comma == from) {
      return Optional.empty();
    }
    int phraseStart = s.token(from).start();
    int phraseEnd = s.token(comma - 1).end();
    int lastWord = lastWord(s, from, comma);
    Optional<Actor> speaker = lastEntityIn(s, phraseStart, phraseEnd)
        .or(() -> actors.actorEndingAtToken(s, lastWord, frames));
    if (speaker.isEmpty()) {
      return Optional.empty();
    }
    int cueStart = s.token(match.from()).start();
    int cueEnd = s.token(match.to() - 1).end();
    boolean contentAfter = comma < s.size() - 2;
    int contentStart = contentAfter ? s.token(comma + 1).start() : s.start();
    int contentEnd = contentAfter ? s.end() : cueStart;
    return Optional.of(new AttributionFrame(speaker.get(), match.value(), ImmutableList.of(), cueStart, cueEnd,
        contentStart, contentEnd, Optional.empty()));
  }

  private static Optional<Actor> lastEntityIn(AnalysedSentence s, int start, int end) {
    Optional<Mention> person = Optional.empty();
    Optional<Mention> any = Optional.empty();
    for (Mention mention : s.mentions) {
      if (mention.start() >= start && mention.end() <= end) {
        if (mention.kind() == EntityKind.PERSON) {
          person = Optional.of(mention);
        } else if (mention.kind() == EntityKind.ORGANISATION) {
          any = Optional.of(mention);
        }
      }
    }
    return (person.isPresent() ? person : any).map(ActorFinder::of);
  }

  private static int lastWord(AnalysedSentence s, int from, int to) {
    for (int k = to - 1; k > from; k--) {
      if (s.token(k).isWord()) {
        return k;
      }
    }
    return from;
  }

  private Optional<AttributionFrame> cue(AnalysedSentence s, PhraseMatcher.Match<ClaimLexicons.Cue> match,
      List<AttributionFrame> frames) {
    int i = match.from();
    int after = match.to();
    int cueStart = s.token(i).start();
    int cueEnd = s.token(after - 1).end();
    Token last = s.token(after - 1);
    boolean participle = last.lower().endsWith("ing");
    boolean afterComma = i > 0 && (s.token(i - 1).text().equals(",")
        || i > 1 && CLOSING.contains(s.token(i - 1).text()) && s.token(i - 2).text().equals(","));
    boolean continues = afterComma && (participle || !frames.isEmpty())
        || i > 0 && (s.token(i - 1).is("and") || s.token(i - 1).is("but"));
    Optional<Actor> speaker;
    int contentStart;
    int contentEnd = s.end();
    if (continues) {
      // The speaker of a continuing verb is the sentence's: keep the name, place it at the cue so the
      // frame does not look nested in an earlier one.
      speaker = (frames.isEmpty() ? firstPersonBefore(s, cueStart, actors) : Optional.of(frames.get(frames.size() - 1).speaker()))
          .map(a -> new Actor(a.name(), cueStart, cueEnd, a.person()));
      contentStart = contentStartAfter(s, after);
    } else {
      speaker = actors.endingBefore(s, i, frames);
      if (speaker.isPresent()) {
        if (afterPossessiveDeterminer(s, speaker.get())) {
          return Optional.empty(); // "his North Korea claims are ...": a noun, not a report
        }
        boolean tell = match.value().lemma().equals("tell");
        int that = thatAfter(s, after, tell ? 10 : 6, tell);
        int boundary = boundaryBefore(s, speaker.get().start());
        if (that >= 0) {
          contentStart = s.token(that).end();
        } else if (boundary >= 0 && (!s.token(boundary).text().equals(",") || nearEnd(s, after))) {
          contentStart = s.start();
          contentEnd = s.token(boundary).start();
        } else {
          if (match.value().needsClause() && !opensClause(s, after)) {
            return Optional.empty();
          }
          contentStart = contentStartAfter(s, after);
        }
      } else if (i > 0 && CLOSING.contains(s.token(i - 1).text()) && !participle) {
        speaker = actors.startingAt(s, after, frames);
        contentStart = s.start();
        contentEnd = s.token(i - 1).start();
      } else {
        return Optional.empty();
      }
    }
    if (speaker.isEmpty() || contentEnd <= contentStart) {
      return Optional.empty();
    }
    return Optional.of(new AttributionFrame(speaker.get(), match.value(), ImmutableList.of(), cueStart, cueEnd,
        contentStart, contentEnd, timeAt(s, speaker.get().end(), cueStart, after)));
  }

  private static boolean afterPossessiveDeterminer(AnalysedSentence s, Actor speaker) {
    int before = s.tokenAtOrAfter(speaker.start()) - 1;
    return before >= 0 && s.isAny(before, "his", "her", "its", "their", "our", "my", "your");
  }

  /** Whether the words after a cue open reported speech: a quotation, "that", or a comma or colon before one. */
  private static boolean opensClause(AnalysedSentence s, int after) {
    int k = after;
    while (k < s.size() && s.timeAt(k).isPresent()) {
      k++;
    }
    if (k >= s.size()) {
      return false;
    }
    Token token = s.token(k);
    return token.is("that") || token.text().equals(":") || s.inQuote(token.start())
        || token.text().equals(",") && k + 1 < s.size() && s.inQuote(s.token(k + 1).start());
  }

  /** The first person named, or referred to by "he"/"she", before {@code offset} outside quotations. */
  private static Optional<Actor> firstPersonBefore(AnalysedSentence s, int offset, ActorFinder actors) {
    for (int k = 0; k < s.size() && s.token(k).end() <= offset; k++) {
      Token token = s.token(k);
      if (s.inQuote(token.start())) {
        continue;
      }
      Optional<Mention> mention = s.mentionStartingAt(token.start()).filter(m -> m.kind() == EntityKind.PERSON);
      if (mention.isPresent()) {
        return mention.map(ActorFinder::of);
      }
      if (token.is("he") || token.is("she")) {
        return actors.actorEndingAtToken(s, k, List.of());
      }
    }
    return Optional.empty();
  }

  /** The index of "that" introducing the content within {@code window} tokens of the cue, or -1. */
  private static int thatAfter(AnalysedSentence s, int after, int window, boolean addressee) {
    for (int k = after; k < Math.min(s.size(), after + window); k++) {
      Token token = s.token(k);
      if (token.is("that")) {
        return k;
      }
      if (s.timeAt(k).isPresent()) {
        continue;
      }
      // Only "tell" has words of its own before "that" ("told reporters at the White House that");
      // elsewhere a "that" after other words opens a relative clause ("tweeted a letter that appeared").
      if (!addressee && token.isWord() && !TIME_WORDS.contains(token.lower())) {
        return -1;
      }
      if (!token.isWord() && !token.text().equals(",") || s.inQuote(token.start())) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The punctuation before the words naming a speaker who follows their content ("..., Secretary of State
   * Mike Pompeo confirmed", "“...,” Trump said"), or -1. A closing quotation mark always marks one; a comma
   * only when little follows the cue (else "Earlier in June, Trump told ..." would report "Earlier in June").
   */
  private static int boundaryBefore(AnalysedSentence s, int speakerStart) {
    int k = s.tokenAtOrAfter(speakerStart) - 1;
    int limit = k - 8;
    while (k >= 0 && k > limit && s.token(k).isWord()) {
      k--;
    }
    if (k < 1 || k <= limit || !CLOSING.contains(s.token(k).text())) {
      return -1;
    }
    return k;
  }

  private static boolean nearEnd(AnalysedSentence s, int after) {
    int words = 0;
    for (int k = after; k < s.size(); k++) {
      // "..., Sanders said, describing the letter as ...": what follows continues the report.
      if (s.token(k).text().equals(",") && k + 1 < s.size() && s.token(k + 1).lower().endsWith("ing")) {
        return true;
      }
      if (s.token(k).isWord() && s.timeAt(k).isEmpty()) {
        words++;
      }
      if (s.inQuote(s.token(k).start())) {
        return false;
      }
    }
    return words <= 5;
  }

  private static int contentStartAfter(AnalysedSentence s, int after) {
    int k = after;
    while (k < s.size() && (s.token(k).text().equals(",") || s.token(k).text().equals(":") || s.timeAt(k).isPresent()
        || s.token(k).is("that"))) {
      k++;
    }
    return k < s.size() ? s.token(k).start() : s.end();
  }

  /** A time said right at the cue: between speaker and cue ("Trump on Thursday revealed") or just after it. */
  private static Optional<TimeExpression> timeAt(AnalysedSentence s, int speakerEnd, int cueStart, int after) {
    for (TimeExpression time : s.times) {
      if (time.start() >= speakerEnd && time.end() <= cueStart) {
        return Optional.of(time);
      }
    }
    for (int k = after; k < Math.min(s.size(), after + 3); k++) {
      Optional<TimeExpression> time = s.timeAt(k);
      if (time.isPresent()) {
        return time;
      }
    }
    return Optional.empty();
  }

  /**
   * Folds a report whose content opens with another report into one frame. The medium that passes a report
   * on ("CNN reported") goes to the chain; otherwise the outer speaker does ("According to CNN, Trump said").
   */
  private static ImmutableList<AttributionFrame> nest(AnalysedSentence s, List<AttributionFrame> frames) {
    List<AttributionFrame> result = new ArrayList<>(frames);
    boolean changed = true;
    while (changed) {
      changed = false;
      outer:
      for (AttributionFrame a : result) {
        for (AttributionFrame b : result) {
          int innerStart = Math.min(b.speaker().start(), b.cueStart());
          if (a == b || a.speaker().name().equals(b.speaker().name()) || !a.contentContains(innerStart) || innerStart < a.contentStart()
              || s.tokenAtOrAfter(innerStart) - s.tokenAtOrAfter(a.contentStart()) > MAX_NESTING_GAP) {
            continue;
          }
          boolean mediumInside = b.cue().isReport() && !a.cue().isReport();
          AttributionFrame speaking = mediumInside ? a : b;
          AttributionFrame passing = mediumInside ? b : a;
          ImmutableList<String> chain = ImmutableList.<String>builder()
              .addAll(a.chain()).add(passing.speaker().name()).addAll(b.chain()).build();
          AttributionFrame combined = new AttributionFrame(speaking.speaker(), speaking.cue(), chain,
              speaking.cueStart(), speaking.cueEnd(), b.contentStart(),
              b.contentEnd(), b.time().or(a::time));
          result.remove(a);
          result.remove(b);
          result.add(combined);
          result.sort(java.util.Comparator.comparingInt(AttributionFrame::cueStart));
          changed = true;
          break outer;
        }
      }
    }
    return ImmutableList.copyOf(result);
  }
}
