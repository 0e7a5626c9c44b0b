package dev.crosscheck.compare;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;

/** Which counted nouns count the same things ({@code noun-classes.tsv}), and the note when they differ. */
final class NounClasses {

  record NounClass(String name, String note) {}

  private final ImmutableMap<String, NounClass> byNoun;

  private NounClasses(ImmutableMap<String, NounClass> byNoun) {
    this.byNoun = byNoun;
  }

  static NounClasses load() {
    ImmutableMap.Builder<String, NounClass> byNoun = ImmutableMap.builder();
    for (var row : LexiconFiles.rows("noun-classes.tsv", 2)) {
      byNoun.put(row.get(0).toLowerCase(Locale.ROOT), new NounClass(row.get(1), row.size() > 2 ? row.get(2) : ""));
    }
    return new NounClasses(byNoun.buildKeepingLast());
  }

  /** The class of a noun or of its singular; an unknown noun is a class of its own. */
  NounClass classOf(String noun) {
    String word = noun.strip().toLowerCase(Locale.ROOT);
    for (String candidate : new String[] {word, strip(word, "es"), strip(word, "s")}) {
      NounClass found = byNoun.get(candidate);
      if (found != null) {
        return found;
      }
    }
    return new NounClass(strip(word, "s"), "");
  }

  private static String strip(String word, String suffix) {
    return word.endsWith(suffix) && word.length() > suffix.length() + 2
        ? word.substring(0, word.length() - suffix.length()) : word;
  }
}
