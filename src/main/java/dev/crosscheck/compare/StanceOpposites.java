package dev.crosscheck.compare;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;

/** Pairs of cues that contradict each other ({@code stance-opposites.tsv}): "confirm" and "decline to confirm". */
final class StanceOpposites {

  private final ImmutableSet<String> pairs;

  private StanceOpposites(ImmutableSet<String> pairs) {
    this.pairs = pairs;
  }

  static StanceOpposites load() {
    ImmutableSet.Builder<String> pairs = ImmutableSet.builder();
    for (var row : LexiconFiles.rows("stance-opposites.tsv", 2)) {
      pairs.add(pair(row.get(0), row.get(1)));
      pairs.add(pair(row.get(1), row.get(0)));
    }
    return new StanceOpposites(pairs.build());
  }

  boolean contradict(String cueA, String cueB) {
    return pairs.contains(pair(cueA, cueB));
  }

  private static String pair(String a, String b) {
    return a.strip().toLowerCase(Locale.ROOT) + "|" + b.strip().toLowerCase(Locale.ROOT);
  }
}
