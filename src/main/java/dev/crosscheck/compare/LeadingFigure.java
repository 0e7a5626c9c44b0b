package dev.crosscheck.compare;

import dev.crosscheck.claim.NumberReader;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The first number a reported statement gives ("five people died", "9 people, not 5, died"). Two reports of
 * one speaker that lead with different figures are two statements, a first count and its revision, however
 * many other words they share: merging them would have the sources "state the same stance" on both.
 */
final class LeadingFigure {

  /** Splits on anything but letters, digits, hyphens and the commas inside "1,000". */
  private static final Pattern TOKEN_BREAK = Pattern.compile("(?:[^\\p{L}\\p{Nd},-]|,(?!\\d{3}))+");

  private final NumberReader numbers;

  LeadingFigure(NumberReader numbers) {
    this.numbers = numbers;
  }

  static LeadingFigure english() {
    return new LeadingFigure(NumberReader.english());
  }

  Optional<Long> of(String content) {
    for (String token : TOKEN_BREAK.split(content)) {
      String trimmed = trimDashesAndCommas(token);
      if (trimmed.isEmpty()) {
        continue;
      }
      Optional<Long> number = numbers.read(trimmed);
      if (number.isPresent()) {
        return number;
      }
    }
    return Optional.empty();
  }

  /** The token without the hyphens and commas at its ends ("-five," is "five"), by hand: read for every report. */
  private static String trimDashesAndCommas(String token) {
    int from = 0;
    int to = token.length();
    while (from < to && (token.charAt(from) == '-' || token.charAt(from) == ',')) {
      from++;
    }
    while (to > from && (token.charAt(to - 1) == '-' || token.charAt(to - 1) == ',')) {
      to--;
    }
    return token.substring(from, to);
  }

  /** Whether two contents both lead with a figure, and not the same one. */
  boolean differ(String a, String b) {
    return differ(of(a), of(b));
  }

  /** The same for figures already read ({@link #of}). */
  static boolean differ(Optional<Long> first, Optional<Long> second) {
    return first.isPresent() && second.isPresent() && !first.equals(second);
  }
}
