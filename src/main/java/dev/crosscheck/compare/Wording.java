package dev.crosscheck.compare;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.regex.Pattern;

/** Quoted words reduced to what is compared: lower-case words, and the content words among them. */
record Wording(String text, String words, ImmutableSet<String> contentWords) {

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
  private static final Pattern ABBREVIATION_DOT = Pattern.compile("\\b(\\p{L})\\.(?=\\p{L}\\.|\\s|$)");
  private static final Splitter SPACES = Splitter.on(' ').omitEmptyStrings();

  static Wording of(String text, ImmutableSet<String> stopwords) {
    // "U.S." and "US", "Kim's" and "Kims" are one word: a quote copied by two outlets keeps its words but
    // not always its dots and apostrophes
    String plain = NON_WORD.matcher(ABBREVIATION_DOT.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("$1")
        .replace("’", "'").replace("'", "")).replaceAll(" ").strip();
    ImmutableList<String> tokens = SPACES.splitToStream(plain).map(Wording::americanSpelling)
        .collect(ImmutableList.toImmutableList());
    ImmutableSet<String> content = tokens.stream().filter(token -> !stopwords.contains(token))
        .collect(ImmutableSet.toImmutableSet());
    return new Wording(text, String.join(" ", tokens), content);
  }

  /** "denuclearisation" and "denuclearization" are one word quoted by outlets of two spelling traditions. */
  private static String americanSpelling(String token) {
    if (token.endsWith("isation")) {
      return token.substring(0, token.length() - "isation".length()) + "ization";
    }
    if (token.endsWith("isations")) {
      return token.substring(0, token.length() - "isations".length()) + "izations";
    }
    return token;
  }

  /** True when this wording occurs word for word inside the other's. */
  boolean within(Wording other) {
    return !words.isEmpty() && (" " + other.words + " ").contains(" " + words + " ");
  }

  /** Shared content words over all content words of both (Jaccard). */
  double similarity(Wording other) {
    if (contentWords.isEmpty() || other.contentWords.isEmpty()) {
      return 0;
    }
    long shared = contentWords.stream().filter(other.contentWords::contains).count();
    return (double) shared / (contentWords.size() + other.contentWords.size() - shared);
  }
}
