package dev.crosscheck.compare;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Quoted words reduced to what is compared: lower-case words, and the content words among them. */
record Wording(String text, String words, ImmutableSet<String> contentWords) {

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
  private static final Pattern ABBREVIATION_DOT = Pattern.compile("\\b(\\p{L})\\.(?=\\p{L}\\.|\\s|$)");
  private static final Splitter SPACES = Splitter.on(' ').omitEmptyStrings();

  static Wording of(String text, ImmutableSet<String> stopwords) {
    ImmutableList<String> spelled = spelledTokens(text);
    return new Wording(text, String.join(" ", spelled), contentWords(spelled, stopwords));
  }

  /** Only the content words of {@link #of}: all a sentence is indexed by when quotes are looked for in it. */
  static ImmutableSet<String> contentWords(String text, ImmutableSet<String> stopwords) {
    return contentWords(spelledTokens(text), stopwords);
  }

  private static ImmutableList<String> spelledTokens(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> tokens = readsAsWritten(lower) ? tokens(lower) : tokensByPatterns(lower);
    ImmutableList.Builder<String> spelled = ImmutableList.builderWithExpectedSize(tokens.size());
    tokens.forEach(token -> spelled.add(americanSpelling(token)));
    return spelled.build();
  }

  private static ImmutableSet<String> contentWords(List<String> tokens, ImmutableSet<String> stopwords) {
    ImmutableSet.Builder<String> content = ImmutableSet.builder();
    for (String token : tokens) {
      if (!stopwords.contains(token)) {
        content.add(token);
      }
    }
    return content.build();
  }

  /**
   * The words of a lower-case text by the rules as patterns. "U.S." and "US", "Kim's" and "Kims" are one word:
   * a quote copied by two outlets keeps its words but not always its dots and apostrophes.
   */
  static List<String> tokensByPatterns(String lower) {
    String plain = NON_WORD.matcher(ABBREVIATION_DOT.matcher(lower).replaceAll("$1")
        .replace("’", "'").replace("'", "")).replaceAll(" ").strip();
    return SPACES.splitToList(plain);
  }

  /**
   * The same words in one pass over the text, without the patterns' three copies of it: every sentence of a
   * corpus is read so when quotes are looked for in other sources' sentences. Only for texts whose characters
   * the pass reads exactly as the patterns do ({@link #readsAsWritten}).
   */
  static List<String> tokens(String lower) {
    List<String> tokens = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    int length = lower.length();
    for (int i = 0; i < length; i++) {
      char c = lower.charAt(i);
      if (c < 0x80 ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
          : Character.isLetter(c) || Character.isDigit(c)) {
        token.append(c);
      } else if (c == '\'' || c == '’' || c == '.' && abbreviationDot(lower, i)) {
        continue; // dropped: the letters on both sides are one word
      } else if (token.length() > 0) {
        tokens.add(token.toString());
        token.setLength(0);
      }
    }
    if (token.length() > 0) {
      tokens.add(token.toString());
    }
    return tokens;
  }

  /**
   * Whether {@link #ABBREVIATION_DOT} drops the dot at {@code at}: it follows one letter that starts a word, and
   * the next letter is one too ("u.s."). A dot it drops before a space or the end is a break either way.
   */
  private static boolean abbreviationDot(String lower, int at) {
    return at >= 1 && Character.isLetter(lower.charAt(at - 1))
        && (at == 1 || !isWordCharacter(lower.charAt(at - 2)))
        && at + 2 < lower.length() && Character.isLetter(lower.charAt(at + 1)) && lower.charAt(at + 2) == '.';
  }

  /** A word character as a pattern's word boundary reads it. */
  private static boolean isWordCharacter(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  /**
   * Whether every character of the text is one {@link #tokens} reads as the patterns do: no surrogate pairs,
   * combining marks (which a word boundary reads with their base letter) or Unicode line separators.
   */
  static boolean readsAsWritten(String lower) {
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= 0x80 && (Character.isSurrogate(c) || c == '\u0085' || c == '\u2028' || c == '\u2029'
          || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.ENCLOSING_MARK
          || Character.getType(c) == Character.COMBINING_SPACING_MARK)) {
        return false;
      }
    }
    return true;
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
