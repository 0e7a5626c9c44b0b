package dev.crosscheck.check;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Map;

/**
 * What a sentence says happened, as word classes: its lower-case content words ({@link
 * ClaimWords#predicateOf}), each word of a class of the comparison's as its class, so that "agreed" and
 * "accepted" meet, and "offered" does not meet "agreed".
 */
final class PredicateWords {

  private final ClaimWords words;
  private final WordClasses classes;

  PredicateWords(ClaimWords words, WordClasses classes) {
    this.words = words;
    this.classes = classes;
  }

  /**
   * What the text says happened: the classes of its words that have one ("agreed", "sell": an agreement,
   * a sale), else all its lower-case words.
   */
  ImmutableSet<String> happenedIn(String text) {
    ImmutableSet<String> predicate = predicateOf(text);
    ImmutableSet<String> classes = predicate.stream().filter(WordClasses::isClass).collect(ImmutableSet.toImmutableSet());
    return classes.isEmpty() ? predicate : classes;
  }

  ImmutableSet<String> predicateOf(String text) {
    ImmutableSet.Builder<String> predicate = ImmutableSet.builder();
    String rest = text;
    for (Map.Entry<String, String> phrase : classes.phrasesIn(text.toLowerCase(Locale.ROOT)).entrySet()) {
      predicate.add(phrase.getValue());
      rest = rest.replaceAll("(?i)" + java.util.regex.Pattern.quote(phrase.getKey()), " ");
    }
    words.predicateOf(rest).stream().map(classes::classOf).forEach(predicate::add);
    return predicate.build();
  }
}
