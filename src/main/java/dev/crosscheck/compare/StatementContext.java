package dev.crosscheck.compare;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a sentence says around a value, as weighted words: how two sources' statements of one fact are found
 * to speak of the same thing although they word it differently. Rare words weigh more (inverse sentence
 * frequency in the corpus), and words near the value more than words far from it.
 *
 * <p>Words are held as their numbers in the corpus's {@link Vocabulary}, in plain arrays, not as a map from
 * strings to boxed weights: the judge and the value alignment take the cosine of many pairs of contexts, and
 * a lookup is then a binary search over a few ints.
 */
final class StatementContext {

  /** The words of one corpus's contexts, numbered in the order they are first met. */
  static final class Vocabulary {
    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<String> words = new ArrayList<>();

    int number(String word) {
      return numbers.computeIfAbsent(word, key -> {
        words.add(key);
        return words.size() - 1;
      });
    }

    int size() {
      return words.size();
    }

    /** The number of a word, or -1 when no context of this vocabulary holds it. */
    private int numberOrAbsent(String word) {
      return numbers.getOrDefault(word, -1);
    }
  }

  private final Vocabulary vocabulary;
  /** Each word's number, in the order the sentence gives the words, and its weight at the same place. */
  private final int[] words;
  private final double[] weights;
  /** The same numbers ascending, and where each stands in {@link #words}. */
  private final int[] sortedWords;
  private final int[] placeOfSorted;
  private final double norm;

  /**
   * @param words each context word's number (the words light-stemmed, lower case; names as {@code @name}), each
   *     once, in the order the sentence gives them
   * @param weights each word's weight, at the same place
   * @param norm the Euclidean length of the weights, for the cosine
   */
  StatementContext(Vocabulary vocabulary, int[] words, double[] weights, double norm) {
    this.vocabulary = vocabulary;
    this.words = words;
    this.weights = weights;
    // number and place in one long each, sorted as primitives
    long[] numberAndPlace = new long[words.length];
    for (int k = 0; k < words.length; k++) {
      numberAndPlace[k] = (long) words[k] << 32 | k;
    }
    Arrays.sort(numberAndPlace);
    this.sortedWords = new int[words.length];
    this.placeOfSorted = new int[words.length];
    for (int k = 0; k < words.length; k++) {
      sortedWords[k] = (int) (numberAndPlace[k] >>> 32);
      placeOfSorted[k] = (int) numberAndPlace[k];
    }
    this.norm = norm;
  }

  double norm() {
    return norm;
  }

  /** The context words, in the order the sentence gives them. */
  List<String> words() {
    return new AbstractList<>() {
      @Override
      public String get(int index) {
        return vocabulary.words.get(words[index]);
      }

      @Override
      public int size() {
        return words.length;
      }
    };
  }

  /** The cosine of the two weight vectors: 1 for the same words in the same proportions, 0 for none shared. */
  double similarity(StatementContext other) {
    if (norm == 0 || other.norm == 0) {
      return 0;
    }
    StatementContext smaller = words.length <= other.words.length ? this : other;
    StatementContext larger = smaller == this ? other : this;
    // the products are added in the smaller context's word order, as they always were: a sum in another order
    // may differ in its last bit, and a similarity just at a threshold would then link otherwise
    double dot = 0;
    for (int k = 0; k < smaller.words.length; k++) {
      int at = larger.indexOf(smaller.numberIn(k, larger.vocabulary));
      if (at >= 0) {
        dot += smaller.weights[k] * larger.weights[larger.placeOfSorted[at]];
      }
    }
    return dot / (norm * other.norm);
  }

  /** The number of the k-th word in another vocabulary (contexts of two corpora are compared by their words). */
  private int numberIn(int k, Vocabulary other) {
    return other == vocabulary ? words[k] : other.numberOrAbsent(vocabulary.words.get(words[k]));
  }

  private int indexOf(int number) {
    return number < 0 ? -1 : Arrays.binarySearch(sortedWords, number);
  }

  /** Equal as a map of words to weights, with the same norm. */
  @Override
  public boolean equals(Object other) {
    return other instanceof StatementContext that && Double.compare(norm, that.norm) == 0
        && weightByWord().equals(that.weightByWord());
  }

  /** By the norm alone, which equal contexts share: cheap, and equal weights make equal norms. */
  @Override
  public int hashCode() {
    return Double.hashCode(norm);
  }

  @Override
  public String toString() {
    return "StatementContext[weights=" + weightByWord() + ", norm=" + norm + "]";
  }

  private Map<String, Double> weightByWord() {
    Map<String, Double> byWord = new java.util.LinkedHashMap<>();
    for (int k = 0; k < words.length; k++) {
      byWord.put(vocabulary.words.get(words[k]), weights[k]);
    }
    return byWord;
  }
}
