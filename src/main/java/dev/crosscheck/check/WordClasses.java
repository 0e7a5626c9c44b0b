package dev.crosscheck.check;

import com.google.common.collect.ImmutableMap;
import dev.crosscheck.compare.Places;
import dev.crosscheck.entity.LexiconFile;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The comparison's classes of words that say one thing ({@code compare/word-classes.tsv}: "rejected",
 * "declined" and "turned down" are one refusal), read, not duplicated, so a typed claim and a source can
 * say its fact in different words.
 */
final class WordClasses {

  private static final String CLASS_MARK = "=";

  /** A single word's stem → its class. */
  private final ImmutableMap<String, String> classOfStem;
  /** A phrase of several words ("turned down") → its class. */
  private final ImmutableMap<String, String> classOfPhrase;

  private WordClasses(ImmutableMap<String, String> classOfStem, ImmutableMap<String, String> classOfPhrase) {
    this.classOfStem = classOfStem;
    this.classOfPhrase = classOfPhrase;
  }

  static WordClasses load() {
    Map<String, String> stems = new HashMap<>();
    Map<String, String> phrases = new LinkedHashMap<>();
    for (List<String> row : LexiconFile.table(Places.class, "word-classes.tsv", 2)) {
      for (String form : row.get(1).split(",")) {
        String written = form.strip().toLowerCase(Locale.ROOT);
        if (written.contains(" ")) {
          phrases.putIfAbsent(written, CLASS_MARK + row.get(0));
        } else {
          stems.putIfAbsent(ClaimWords.stem(written), CLASS_MARK + row.get(0));
        }
      }
    }
    return new WordClasses(ImmutableMap.copyOf(stems), ImmutableMap.copyOf(phrases));
  }

  /** True for a class, as {@link #classOf} gives it, rather than a word standing for itself. */
  static boolean isClass(String word) {
    return word.startsWith(CLASS_MARK);
  }

  /** The class a word's stem belongs to, or the stem itself. */
  String classOf(String stem) {
    return classOfStem.getOrDefault(stem, stem);
  }

  /** The classes of the phrases the lower-case text holds, by where each starts. */
  Map<String, String> phrasesIn(String lowerCaseText) {
    Map<String, String> found = new LinkedHashMap<>();
    String spaced = " " + lowerCaseText.replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    classOfPhrase.forEach((phrase, wordClass) -> {
      if (spaced.contains(" " + phrase + " ")) {
        found.put(phrase, wordClass);
      }
    });
    return found;
  }
}
