package dev.crosscheck.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a rule may consult about one match: the text around it, the DCT, and the tense of its clause. */
final class RuleContext {

  private final String text;
  private final int start;
  private final int end;
  private final Optional<LocalDate> dct;
  private final TenseDetector tenseDetector;
  private final List<NormalisedTime> earlier;
  private Tense tense;

  /**
   * @param earlier the expressions found before this match, in text order (empty while the first,
   *     non-anaphoric rules run)
   */
  RuleContext(String text, int start, int end, Optional<LocalDate> dct, TenseDetector tenseDetector,
      List<NormalisedTime> earlier) {
    this.text = text;
    this.start = start;
    this.end = end;
    this.dct = dct;
    this.tenseDetector = tenseDetector;
    this.earlier = earlier;
  }

  /**
   * The last single day named before the match ("that day" refers to it), else the DCT. A part of a day or a
   * clock time names its day too: "On Monday evening 16:50 GMT" is Monday's 16:50.
   */
  Optional<LocalDate> referenceDay() {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Optional<TimeInterval> days = earlier.get(i).interval();
      TimexType type = earlier.get(i).type();
      if ((type == TimexType.DATE || type == TimexType.TIME) && days.isPresent()
          && days.get().earliest().equals(days.get().latest())) {
        return Optional.of(days.get().earliest());
      }
    }
    return dct;
  }

  /**
   * The month of the last time named before the match when that time is a whole month ("last October ...
   * that same day" is some day of that October, not the last single day named before it), else empty.
   */
  Optional<YearMonth> monthNamedLast() {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Optional<TimeInterval> days = earlier.get(i).interval();
      if (days.isEmpty()) {
        continue;
      }
      YearMonth first = YearMonth.from(days.get().earliest());
      boolean wholeMonth = days.get().earliest().equals(first.atDay(1)) && days.get().latest().equals(first.atEndOfMonth());
      return wholeMonth ? Optional.of(first) : Optional.empty();
    }
    return Optional.empty();
  }

  /** The year of the last date within one year named before the match ("that year"), else the DCT's. */
  Optional<Integer> referenceYear() {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Optional<TimeInterval> days = earlier.get(i).interval();
      if (days.isPresent() && days.get().earliest().getYear() == days.get().latest().getYear()) {
        return Optional.of(days.get().earliest().getYear());
      }
    }
    return dct.map(LocalDate::getYear);
  }

  /** The month of the last date within one month named before the match ("the following month"). */
  Optional<YearMonth> referenceMonth() {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Optional<TimeInterval> days = earlier.get(i).interval();
      if (days.isPresent() && YearMonth.from(days.get().earliest()).equals(YearMonth.from(days.get().latest()))) {
        return Optional.of(YearMonth.from(days.get().earliest()));
      }
    }
    return dct.map(YearMonth::from);
  }

  Optional<LocalDate> dct() {
    return dct;
  }

  /** The tense of the clause around the match, read once and only when a rule needs it. */
  Tense tense() {
    if (tense == null) {
      tense = tenseDetector.tenseAround(text, start, end);
    }
    return tense;
  }

  /** The word just before the match, lower-cased, or "" at the start of the text. */
  String wordBefore() {
    int i = start - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    int wordEnd = i + 1;
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    return text.substring(i + 1, wordEnd).toLowerCase(Locale.ROOT);
  }

  /**
   * The word just before the match as written, when only spaces separate the two ("Windows" in "Windows
   * 2000"); "" when punctuation or an apostrophe intervenes ("Clinton's 1992 campaign", "May, 2000").
   */
  String writtenWordBefore() {
    int i = start - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    int wordEnd = i + 1;
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    boolean separate = wordEnd < start && (i < 0 || Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '(');
    return separate ? text.substring(i + 1, wordEnd) : "";
  }

  /** Whether the word just before the match opens a sentence, so its capital says nothing ("That 1978 ..."). */
  boolean wordBeforeOpensSentence() {
    int i = start - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    while (i >= 0 && Character.isLetter(text.charAt(i))) {
      i--;
    }
    return new RuleContext(text, i + 1, i + 1, dct, tenseDetector, earlier).startsSentence();
  }

  /**
   * The word just after the match as written, when only spaces, a hyphen or an apostrophe separate the two
   * ("War" after "Six-Day" and after "Hundred Years'"), else "".
   */
  String writtenWordAfter() {
    int i = end;
    while (i < text.length() && " -'’".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    int wordStart = i;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return wordStart > end ? text.substring(wordStart, i) : "";
  }

  /** Whether the match opens a sentence or a line (quotation marks and spaces aside). */
  boolean startsSentence() {
    int i = start - 1;
    while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'`“‘(".indexOf(text.charAt(i)) >= 0)) {
      if (text.charAt(i) == '\n') {
        return true;
      }
      i--;
    }
    return i < 0 || ".!?:".indexOf(text.charAt(i)) >= 0;
  }

  /** The characters just after the match, up to {@code length} of them. */
  String textAfter(int length) {
    return text.substring(end, Math.min(text.length(), end + length));
  }

  /** The characters just before the match, up to {@code length} of them. */
  String textBefore(int length) {
    return text.substring(Math.max(0, start - length), start);
  }
}
