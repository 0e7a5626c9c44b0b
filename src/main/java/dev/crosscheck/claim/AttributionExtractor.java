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

  private static final Pattern EDGE = Pattern.compile("^[\\s,:;“”\"‘’']+|[\\s,:;.“”\"‘’']+$");

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
    return EDGE.matcher(s.slice(frame.contentStart(), frame.contentEnd())).replaceAll("").strip();
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
