package dev.crosscheck.entity;

import com.google.common.collect.ImmutableList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into words and punctuation, keeping offsets. Abbreviations written with dots ("U.S.") stay one
 * token, and the possessive "'s" is split off ("Kim's" is "Kim" + "'s") so names match in every case.
 *
 * <p>The rules are those of {@link #TOKEN}, tried in its order at each character that is not a space; they are
 * followed by hand ({@link #tokenEnd}) because every sentence is tokenised twice, once per claim pass, and the
 * regex engine spent more time trying its alternatives than anything else on the words. The pattern stays the
 * definition: {@code TokenizerTest} holds the two equal, and a region that cuts a character in two is left to
 * the pattern, whose rules at such an edge are its own.
 */
public final class Tokenizer {

  static final Pattern TOKEN = Pattern.compile(
      "(?:\\p{Lu}\\.){2,}"
          + "|\\p{N}+(?:[.,]\\p{N}+)+"
          + "|[\\p{L}\\p{N}]+(?:[-'’/][\\p{L}\\p{N}]+)*"
          + "|\\S");

  private static final int LETTERS = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
      | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER;
  private static final int NUMBERS = 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.LETTER_NUMBER
      | 1 << Character.OTHER_NUMBER;

  private Tokenizer() {}

  /** The tokens of {@code text} between {@code from} and {@code to}, with offsets into the whole text. */
  public static ImmutableList<Token> tokens(String text, int from, int to) {
    if (to > from && to < text.length() && Character.isHighSurrogate(text.charAt(to - 1))
        && Character.isLowSurrogate(text.charAt(to))) {
      return byPattern(text, from, to);
    }
    ImmutableList.Builder<Token> tokens = ImmutableList.builder();
    int at = from;
    while (at < to) {
      if (isSpace(text.charAt(at))) {
        at++;
        continue;
      }
      int end = tokenEnd(text, at, to);
      if (end < 0) {
        return byPattern(text, from, to);
      }
      add(tokens, text, at, end);
      at = end;
    }
    return tokens.build();
  }

  public static ImmutableList<Token> tokens(String text) {
    return tokens(text, 0, text.length());
  }

  /** The tokens as {@link #TOKEN} finds them: the definition, and the way at a region's odd edge. */
  static ImmutableList<Token> byPattern(String text, int from, int to) {
    ImmutableList.Builder<Token> tokens = ImmutableList.builder();
    Matcher matcher = TOKEN.matcher(text).region(from, to);
    while (matcher.find()) {
      add(tokens, text, matcher.start(), matcher.end());
    }
    return tokens.build();
  }

  private static void add(ImmutableList.Builder<Token> tokens, String text, int start, int end) {
    if (endsWithPossessive(text, start, end)) {
      int split = end - 2;
      tokens.add(Token.of(start, split, text.substring(start, split)));
      tokens.add(Token.of(split, end, text.substring(split, end)));
    } else {
      tokens.add(Token.of(start, end, text.substring(start, end)));
    }
  }

  /** What {@code \s} matches without UNICODE_CHARACTER_CLASS: the only characters {@code \S} leaves out. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The end of the token {@link #TOKEN} matches at {@code at}, a character that is not a space: its first
   * alternative that matches, each taken as far as it goes (nothing follows a repetition in any of them, so
   * the longest run is the one the regex engine keeps). -1 when not even one character fits before {@code to}.
   */
  private static int tokenEnd(String text, int at, int to) {
    int initials = initialsEnd(text, at, to);
    if (initials > 0) {
      return initials;
    }
    int number = groupedNumberEnd(text, at, to);
    if (number > 0) {
      return number;
    }
    int word = wordEnd(text, at, to);
    if (word > 0) {
      return word;
    }
    int next = at + Character.charCount(text.codePointAt(at));
    return next <= to ? next : -1;
  }

  /** {@code (?:\p{Lu}\.){2,}}: "U.S.", "N.A.T.O." */
  private static int initialsEnd(String text, int at, int to) {
    int i = at;
    int pairs = 0;
    while (i < to) {
      int letter = text.codePointAt(i);
      int dot = i + Character.charCount(letter);
      if (dot >= to || Character.getType(letter) != Character.UPPERCASE_LETTER || text.charAt(dot) != '.') {
        break;
      }
      i = dot + 1;
      pairs++;
    }
    return pairs >= 2 ? i : -1;
  }

  /** {@code \p{N}+(?:[.,]\p{N}+)+}: "1,000", "3.5". */
  private static int groupedNumberEnd(String text, int at, int to) {
    int i = runEnd(text, at, to, NUMBERS);
    if (i == at) {
      return -1;
    }
    int groups = 0;
    while (i < to && (text.charAt(i) == '.' || text.charAt(i) == ',')) {
      int next = runEnd(text, i + 1, to, NUMBERS);
      if (next == i + 1) {
        break;
      }
      i = next;
      groups++;
    }
    return groups > 0 ? i : -1;
  }

  /** {@code [\p{L}\p{N}]+(?:[-'’/][\p{L}\p{N}]+)*}: "Kim", "Jong-un", "Kim's", "24/7". */
  private static int wordEnd(String text, int at, int to) {
    int i = runEnd(text, at, to, LETTERS | NUMBERS);
    if (i == at) {
      return -1;
    }
    while (i < to && isJoiner(text.charAt(i))) {
      int next = runEnd(text, i + 1, to, LETTERS | NUMBERS);
      if (next == i + 1) {
        break;
      }
      i = next;
    }
    return i;
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '’' || c == '/';
  }

  /** The end of the run of characters of the given general categories from {@code at}. */
  private static int runEnd(String text, int at, int to, int categories) {
    int i = at;
    while (i < to) {
      int c = text.codePointAt(i);
      if ((categories & 1 << Character.getType(c)) == 0) {
        break;
      }
      i += Character.charCount(c);
    }
    return i;
  }

  private static boolean endsWithPossessive(String text, int start, int end) {
    if (end - start < 3) {
      return false;
    }
    char apostrophe = text.charAt(end - 2);
    char s = text.charAt(end - 1);
    return (apostrophe == '\'' || apostrophe == '’') && (s == 's' || s == 'S');
  }

  /** Whether a token is the possessive ending split off by this tokenizer. */
  public static boolean isPossessive(Token token) {
    return token.text().length() == 2 && (token.text().charAt(0) == '\'' || token.text().charAt(0) == '’')
        && (token.text().charAt(1) == 's' || token.text().charAt(1) == 'S');
  }
}
