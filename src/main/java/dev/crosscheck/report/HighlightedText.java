package dev.crosscheck.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts a sentence into runs at every boundary of the claim spans inside it, so overlapping or nested claims
 * still give flat, well-nested markup: each run is either outside every claim or inside a known set of them.
 */
final class HighlightedText {

  /** A claim's span in document offsets, and how a reader hovering over it sees the claim. */
  record Span(String label, int start, int end) {}

  private HighlightedText() {}

  static ImmutableList<ReportPage.TextPiece> pieces(String documentText, int sentenceStart, int sentenceEnd,
      List<Span> spans) {
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(sentenceStart);
    cuts.add(sentenceEnd);
    for (Span span : spans) {
      cuts.add(clamp(span.start(), sentenceStart, sentenceEnd));
      cuts.add(clamp(span.end(), sentenceStart, sentenceEnd));
    }
    ImmutableList.Builder<ReportPage.TextPiece> pieces = ImmutableList.builder();
    Integer from = cuts.first();
    for (Integer to : cuts.tailSet(from, false)) {
      List<String> covering = new ArrayList<>();
      for (Span span : spans) {
        if (span.start() <= from && span.end() >= to) {
          covering.add(span.label());
        }
      }
      pieces.add(new ReportPage.TextPiece(documentText.substring(from, to), !covering.isEmpty(),
          String.join("\n", covering), covering.size()));
      from = to;
    }
    return pieces.build();
  }

  private static int clamp(int offset, int low, int high) {
    return Math.max(low, Math.min(high, offset));
  }
}
