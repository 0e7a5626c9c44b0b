package dev.crosscheck.entity;

import com.google.common.collect.ImmutableList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words and punctuation, keeping offsets. Abbreviations written with dots ("U.S.") stay one
 * token, and the possessive "'s" is split off ("Kim's" is "Kim" + "'s") so names match in every case.
 */
public final class Tokenizer {

  private static final Pattern TOKEN = Pattern.compile(
      "(?:\\p{Lu}\\.){2,}"
          + "|\\p{N}+(?:[.,]\\p{N}+)+"
          + "|[\\p{L}\\p{N}]+(?:[-'’/][\\p{L}\\p{N}]+)*"
          + "|\\S");

  private Tokenizer() {}

  /** The tokens of {@code text} between {@code from} and {@code to}, with offsets into the whole text. */
  public static ImmutableList<Token> tokens(String text, int from, int to) {
    ImmutableList.Builder<Token> tokens = ImmutableList.builder();
    Matcher matcher = TOKEN.matcher(text).region(from, to);
    while (matcher.find()) {
      String word = matcher.group();
      int start = matcher.start();
      if (endsWithPossessive(word)) {
        int split = matcher.end() - 2;
        tokens.add(Token.of(start, split, text.substring(start, split)));
        tokens.add(Token.of(split, matcher.end(), text.substring(split, matcher.end())));
      } else {
        tokens.add(Token.of(start, matcher.end(), word));
      }
    }
    return tokens.build();
  }

  public static ImmutableList<Token> tokens(String text) {
    return tokens(text, 0, text.length());
  }

  private static boolean endsWithPossessive(String word) {
    int n = word.length();
    if (n < 3) {
      return false;
    }
    char apostrophe = word.charAt(n - 2);
    char s = word.charAt(n - 1);
    return (apostrophe == '\'' || apostrophe == '’') && (s == 's' || s == 'S');
  }

  /** Whether a token is the possessive ending split off by this tokenizer. */
  public static boolean isPossessive(Token token) {
    return token.text().length() == 2 && (token.text().charAt(0) == '\'' || token.text().charAt(0) == '’')
        && (token.text().charAt(1) == 's' || token.text().charAt(1) == 'S');
  }
}
