package dev.crosscheck.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One attribution claim per act of saying: subject the speaker, predicate the cue lemma ("confirm", "decline to
 * confirm"), object the reported content. When the content speaks of an event, its class goes in the
 * {@code event} slot so compare can line reports up with the events they are about.
 */
final class AttributionExtractor {

  /** What is trimmed off reported words: punctuation and quotation marks at either end, a full stop at the end. */
  static final Pattern EDGE = Pattern.compile("^[\\s,:;“”\"‘’']+|[\\s,:;.“”\"‘’']+$");
  private static final String LEADING_EDGE = " \t\n\u000B\f\r,:;“”\"‘’'";
  private static final String TRAILING_EDGE = LEADING_EDGE + ".";

  private final ClaimLexicons lexicons;

  AttributionExtractor(ClaimLexicons lexicons) {
    this.lexicons = lexicons;
  }

  List<ClaimDraft> extract(AnalysedSentence s, List<AttributionFrame> frames) {
    List<ClaimDraft> claims = new ArrayList<>();
    for (AttributionFrame frame : frames) {
      String content = content(s, frame);
      if (content.isEmpty()) {
        continue;
      }
      Map<String, String> slots = new LinkedHashMap<>();
      slots.put("event", eventIn(s, frame).orElse(null));
      frame.time().ifPresent(t -> slots.put("timeRole", "stated"));
      slots.put("entities", s.entityNames());
      int start = Math.min(frame.speaker().start(), Math.min(frame.cueStart(), frame.contentStart()));
      int end = Math.max(frame.speaker().end(), Math.max(frame.cueEnd(), frame.contentEnd()));
      claims.add(ClaimDraft.of(ClaimType.ATTRIBUTION, start, end, frame.speaker().name(), frame.cue().lemma(),
          content, frame.time(), Optional.of(frame.attribution()), slots));
    }
    return claims;
  }

  static String content(AnalysedSentence s, AttributionFrame frame) {
    return trimmed(s.slice(frame.contentStart(), frame.contentEnd()));
  }

  /**
   * {@code EDGE.matcher(content).replaceAll("").strip()}, by hand: every report of every sentence is trimmed,
   * and the pattern tries its end alternative at each character. As the pattern's {@code $}, the end run may
   * stand before a final line separator (U+0085, U+2028, U+2029), which stays ({@code AttributionClaimsTest}).
   */
  static String trimmed(String content) {
    int start = 0;
    while (start < content.length() && LEADING_EDGE.indexOf(content.charAt(start)) >= 0) {
      start++;
    }
    int end = content.length();
    char last = end > start ? content.charAt(end - 1) : 0;
    int runEnd = last == '\u0085' || last == '\u2028' || last == '\u2029' ? end - 1 : end;
    int runStart = runEnd;
    while (runStart > start && TRAILING_EDGE.indexOf(content.charAt(runStart - 1)) >= 0) {
      runStart--;
    }
    String kept = runEnd == end ? content.substring(start, runStart)
        : content.substring(start, runStart) + content.substring(runEnd, end);
    return kept.strip();
  }

  private Optional<String> eventIn(AnalysedSentence s, AttributionFrame frame) {
    for (int k = s.tokenAtOrAfter(frame.contentStart()); k < s.size() && s.token(k).start() < frame.contentEnd(); k++) {
      var trigger = lexicons.triggers.longestAt(s.tokens, k);
      if (trigger.isPresent()) {
        return Optional.of(trigger.get().value().eventClass());
      }
    }
    return Optional.empty();
  }
}
