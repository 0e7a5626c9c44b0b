package dev.crosscheck.compare;

import com.google.common.collect.ImmutableMap;

/**
 * What a sentence says around a value, as weighted words: how two sources' statements of one fact are found
 * to speak of the same thing although they word it differently. Rare words weigh more (inverse sentence
 * frequency in the corpus), and words near the value more than words far from it.
 *
 * @param weights each context word (light-stemmed, lower case; names as {@code @name}) and its weight
 * @param norm the Euclidean length of the weights, for the cosine
 */
record StatementContext(ImmutableMap<String, Double> weights, double norm) {

  /** The cosine of the two weight vectors: 1 for the same words in the same proportions, 0 for none shared. */
  double similarity(StatementContext other) {
    if (norm == 0 || other.norm == 0) {
      return 0;
    }
    ImmutableMap<String, Double> smaller = weights.size() <= other.weights.size() ? weights : other.weights;
    ImmutableMap<String, Double> larger = smaller == weights ? other.weights : weights;
    double dot = 0;
    for (var entry : smaller.entrySet()) {
      Double weight = larger.get(entry.getKey());
      if (weight != null) {
        dot += entry.getValue() * weight;
      }
    }
    return dot / (norm * other.norm);
  }
}
