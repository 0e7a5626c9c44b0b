package dev.crosscheck.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Words in quotation marks ascribed to a speaker: the speaker of the report whose content holds the quotation,
 * else of the report the quotation stands beside ("“...,” Trump said"). Quotations nobody is said to have
 * said (scare quotes in a writer's own sentence) are not claims.
 */
final class QuoteExtractor {

  /** How far (in characters) a quotation may stand from a report's speaker or cue to be ascribed to it. */
  private static final int MAX_GAP = 40;

  private static int gap(AttributionFrame frame, QuoteSpan quote) {
    int from = Math.min(frame.speaker().start(), frame.cueStart());
    int to = Math.max(frame.speaker().end(), frame.cueEnd());
    return quote.end() <= from ? from - quote.end() : quote.start() >= to ? quote.start() - to : 0;
  }

  List<ClaimDraft> extract(AnalysedSentence s, List<AttributionFrame> frames) {
    List<ClaimDraft> claims = new ArrayList<>();
    for (QuoteSpan quote : s.quotes) {
      Optional<AttributionFrame> frame = frames.stream()
          .filter(f -> f.contentStart() <= quote.start() + 1 && quote.end() - 1 <= f.contentEnd())
          .findFirst()
          .or(() -> frames.stream()
              .filter(f -> gap(f, quote) <= MAX_GAP)
              .min(java.util.Comparator.comparingInt(f -> gap(f, quote))));
      if (frame.isEmpty()) {
        continue;
      }
      String words = quote.text().replaceAll("[\\s,;:]+$", "");
      if (words.isEmpty()) {
        continue;
      }
      Map<String, String> slots = new LinkedHashMap<>();
      slots.put("entities", s.entityNames());
      claims.add(ClaimDraft.of(ClaimType.QUOTE, quote.start(), quote.end(), frame.get().speaker().name(), "quote",
          words, Optional.empty(), Optional.of(frame.get().attribution()), slots));
    }
    return claims;
  }
}
