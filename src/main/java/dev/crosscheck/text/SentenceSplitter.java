package dev.crosscheck.text;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.crosscheck.corpus.ResourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a document's text into sentences with character offsets.
 *
 * <p>ICU's rule-based sentence iterator does the bulk of the work (terminal punctuation, closing quotes
 * after the period, paragraph breaks). News text defeats it in known ways, each corrected here by a
 * separate pass: hard-wrapped lines (a soft line break is read as a space), abbreviations it does not
 * know or that it only suppresses in some contexts ("U.S. President", "Donald J. Trump"), several
 * sentences inside one quotation followed by its attribution ("... allies. It is bizarre ...," he
 * said), and a sentence whose period was lost in scraping, visible only as a double space before a
 * capital ("... from the US  Pompeo traveled ...").
 *
 * <p>Thread-safe: ICU iterators are cloned per call.
 */
public final class SentenceSplitter {

  private static final BreakIterator PROTOTYPE = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));

  private enum AbbreviationKind { TITLE, MONTH, PLACE }

  private static final ImmutableMap<String, AbbreviationKind> ABBREVIATIONS = loadAbbreviations();
  private static final ImmutableSet<String> SENTENCE_STARTERS =
      ImmutableSet.copyOf(ResourceLines.read("/dev/crosscheck/text/sentence-starters.txt"));

  private static final Pattern FIRST_WORD = Pattern.compile("^[\"“‘'(\\[]*([\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*)");
  /** "Donald J." — an initial after a capitalised name. */
  private static final Pattern INITIAL = Pattern.compile("(?:^|\\s)\\p{Lu}\\p{L}+\\s+\\p{Lu}\\.$");
  /** A lost period: two or more spaces (often a no-break space) between a word and a capital. */
  private static final Pattern LOST_PERIOD = Pattern.compile("(?<=[\\p{L}\\p{N}])[ \u00A0]{2,}(?=[\\p{Lu}\"“])");
  private static final int TAIL_LENGTH = 40;
  /** Quotations longer than this are not held open across sentence ends (unclosed quotes in news). */
  private static final int MAX_QUOTE_SPAN = 700;
  /**
   * The most words and characters a sentence may hold; a longer run is cut (see {@link #capLength}). News
   * sentences stay far below (the longest in the sample and development corpora: 86 words, 472 characters).
   */
  static final int MAX_WORDS = 200;
  static final int MAX_CHARS = 4_000;

  public ImmutableList<Sentence> split(String documentId, String text) {
    List<int[]> spans = icuSpans(unwrapSoftLineBreaks(text));
    spans = mergeAfterAbbreviations(text, spans);
    spans = mergeInsideQuotations(text, spans);
    spans = splitAtLostPeriods(text, spans);
    spans = capLength(text, spans);
    ImmutableList.Builder<Sentence> sentences = ImmutableList.builder();
    int index = 0;
    for (int[] span : spans) {
      sentences.add(new Sentence(documentId, index++, span[0], span[1]));
    }
    return sentences.build();
  }

  /**
   * A copy of the text, same length, in which a line break inside a sentence (the line does not end a
   * sentence and the next one starts in lower case) is a space, so ICU does not treat it as a paragraph.
   */
  private static String unwrapSoftLineBreaks(String text) {
    char[] chars = null;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      int before = i - 1;
      while (before >= 0 && (text.charAt(before) == ' ' || text.charAt(before) == '\r')) {
        before--;
      }
      int after = i + 1;
      while (after < text.length() && text.charAt(after) == ' ') {
        after++;
      }
      if (before < 0 || after >= text.length() || text.charAt(before) == '\n') {
        continue;
      }
      char last = text.charAt(before);
      char next = text.charAt(after);
      boolean continues = ".!?:;\"”’)".indexOf(last) < 0 && (Character.isLowerCase(next) || Character.isDigit(next));
      if (continues) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = ' ';
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static List<int[]> icuSpans(String text) {
    BreakIterator iterator = (BreakIterator) PROTOTYPE.clone();
    iterator.setText(text);
    List<int[]> spans = new ArrayList<>();
    int start = iterator.first();
    for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
      int[] trimmed = trim(text, start, end);
      if (trimmed[0] < trimmed[1]) {
        spans.add(trimmed);
      }
    }
    return spans;
  }

  private static List<int[]> mergeAfterAbbreviations(String text, List<int[]> spans) {
    List<int[]> merged = new ArrayList<>();
    for (int[] span : spans) {
      if (!merged.isEmpty()) {
        int[] previous = merged.get(merged.size() - 1);
        // only the previous sentence's tail and the next one's head are read: a run of thousands of
        // "Mr." would otherwise copy the growing sentence at every join
        if (sameParagraph(text, previous[1], span[0])
            && endsWithNonTerminalAbbreviation(text.substring(Math.max(previous[0], previous[1] - TAIL_LENGTH),
                previous[1]), text.substring(span[0], Math.min(span[1], span[0] + TAIL_LENGTH)))) {
          previous[1] = span[1];
          continue;
        }
      }
      merged.add(span);
    }
    return merged;
  }

  private static boolean endsWithNonTerminalAbbreviation(String sentence, String next) {
    // only the sentence's tail can hold the abbreviation: matching there keeps this linear
    String tail = sentence.substring(Math.max(0, sentence.length() - TAIL_LENGTH));
    if (INITIAL.matcher(tail).find()) {
      return true;
    }
    String lastToken = tail.substring(lastWhitespace(tail) + 1);
    AbbreviationKind kind = ABBREVIATIONS.get(lastToken);
    if (kind == null) {
      return false;
    }
    Matcher firstWord = FIRST_WORD.matcher(next);
    String word = firstWord.lookingAt() ? firstWord.group(1) : "";
    return switch (kind) {
      case TITLE -> true;
      case MONTH -> !word.isEmpty() && Character.isDigit(word.charAt(0));
      case PLACE -> !word.isEmpty() && !SENTENCE_STARTERS.contains(word) && !next.startsWith("\"")
          && !next.startsWith("“");
    };
  }

  /**
   * ICU ends a sentence at every period, also inside a quotation that goes on to its attribution
   * ("Actual progress requires ... allies. It is bizarre ...," he said.). A reader takes the quotation
   * and its speaker as one statement, so sentences are joined while a quotation opened in them is still
   * open and closes later in the same paragraph.
   */
  private static List<int[]> mergeInsideQuotations(String text, List<int[]> spans) {
    List<int[]> merged = new ArrayList<>();
    QuoteState quotes = new QuoteState();
    int scanned = 0;
    for (int[] span : spans) {
      if (!merged.isEmpty() && !sameParagraph(text, merged.get(merged.size() - 1)[1], span[0])) {
        quotes = new QuoteState();
        scanned = span[0];
      }
      boolean openBefore = quotes.isOpen();
      quotes.scan(text, Math.max(scanned, span[0]), span[1]);
      scanned = span[1];
      if (!merged.isEmpty() && openBefore && !quotes.isOpen()) {
        int[] previous = merged.get(merged.size() - 1);
        if (span[1] - previous[0] <= MAX_QUOTE_SPAN) {
          previous[1] = span[1];
          continue;
        }
      }
      merged.add(span);
    }
    return merged;
  }

  /** Double quotation marks open so far in a paragraph: curly ones nest, straight ones toggle. */
  private static final class QuoteState {
    private int curlyDepth;
    private boolean straightOpen;

    void scan(String text, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c == '“') {
          curlyDepth++;
        } else if (c == '”') {
          curlyDepth = Math.max(0, curlyDepth - 1);
        } else if (c == '"') {
          straightOpen = !straightOpen;
        }
      }
    }

    boolean isOpen() {
      return curlyDepth > 0 || straightOpen;
    }
  }

  private static List<int[]> splitAtLostPeriods(String text, List<int[]> spans) {
    List<int[]> result = new ArrayList<>();
    for (int[] span : spans) {
      Matcher lost = LOST_PERIOD.matcher(text).region(span[0], span[1]);
      int start = span[0];
      while (lost.find()) {
        result.add(new int[] {start, lost.start()});
        start = lost.end();
      }
      result.add(new int[] {start, span[1]});
    }
    return result;
  }

  /**
   * Cuts every span longer than {@link #MAX_WORDS} words or {@link #MAX_CHARS} characters. ICU never ends a
   * run with no terminal punctuation (a page of 60,000 unpunctuated clauses, a list of thousands of numbers),
   * and every later stage reads a sentence whole, some once per window of it: a run of megabytes as one
   * sentence made their cost, and memory, grow with the square of its length. A cut falls after a clause mark
   * (, ; :) in the second half of the piece where there is one, else between words, else inside a word.
   */
  private static List<int[]> capLength(String text, List<int[]> spans) {
    List<int[]> result = new ArrayList<>(spans.size());
    for (int[] span : spans) {
      int start = span[0];
      while (start < span[1]) {
        int end = cutPoint(text, start, span[1]);
        int[] piece = trim(text, start, end);
        if (piece[0] < piece[1]) {
          result.add(piece);
        }
        start = end;
      }
    }
    return result;
  }

  /** Where the piece of {@code [start, end)} that starts at {@code start} ends: {@code end} when it is short. */
  private static int cutPoint(String text, int start, int end) {
    int limit = Math.min(end, start + MAX_CHARS);
    int words = 0;
    int afterClause = -1;
    int lastSpace = -1;
    boolean inWord = false;
    for (int i = start; i < limit; i++) {
      char c = text.charAt(i);
      boolean space = Character.isWhitespace(c) || c == '\u00A0';
      if (!space && !inWord && ++words > MAX_WORDS) {
        return afterClause > 0 ? afterClause : i;
      }
      inWord = !space;
      if (space && i - start > MAX_CHARS / 2) {
        lastSpace = i;
      }
      if ((c == ',' || c == ';' || c == ':') && (words > MAX_WORDS / 2 || i - start > MAX_CHARS / 2)) {
        afterClause = i + 1;
      }
    }
    if (limit == end) {
      return end;
    }
    if (afterClause > 0) {
      return afterClause;
    }
    if (lastSpace > 0) {
      return lastSpace;
    }
    return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit - 1 : limit;
  }

  private static int lastWhitespace(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      if (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u00A0') {
        return i;
      }
    }
    return -1;
  }

  private static boolean sameParagraph(String text, int from, int to) {
    return text.substring(from, to).indexOf('\n') < 0;
  }

  private static int[] trim(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start)) || start < end && text.charAt(start) == '\u00A0') {
      start++;
    }
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u00A0')) {
      end--;
    }
    return new int[] {start, end};
  }

  private static ImmutableMap<String, AbbreviationKind> loadAbbreviations() {
    ImmutableMap.Builder<String, AbbreviationKind> map = ImmutableMap.builder();
    for (String line : ResourceLines.read("/dev/crosscheck/text/abbreviations.txt")) {
      String[] parts = line.split("\t");
      map.put(parts[0], AbbreviationKind.valueOf(parts[1].strip().toUpperCase(java.util.Locale.ROOT)));
    }
    return map.buildKeepingLast();
  }

}
