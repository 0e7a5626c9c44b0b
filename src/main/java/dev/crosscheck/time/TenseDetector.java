package dev.crosscheck.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tense of the clause around a time expression from the nearest tense cue in its sentence: a
 * future cue ("will", "is scheduled", "next"), a past form ("said", "met", any regular "-ed" verb), or none.
 * The nearest cue wins because a sentence often mixes both: "Pompeo said on Sunday that Trump will meet
 * Kim next month".
 */
final class TenseDetector {

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’]*");
  /** How far to look for the sentence around an expression; sentences are rarely longer. */
  private static final int MAX_REACH = 400;

  private final TimeLexicon lexicon;

  TenseDetector(TimeLexicon lexicon) {
    this.lexicon = lexicon;
  }

  Tense tenseAround(String text, int start, int end) {
    int sentenceStart = sentenceStart(text, start);
    int sentenceEnd = sentenceEnd(text, end);
    Matcher word = WORD.matcher(text).region(sentenceStart, sentenceEnd);
    Tense nearest = Tense.UNKNOWN;
    int nearestDistance = Integer.MAX_VALUE;
    int wordsBefore = 0;
    java.util.List<Tense> before = new java.util.ArrayList<>();
    while (word.find()) {
      if (word.start() >= start && word.end() <= end) {
        continue;
      }
      Tense cue = cue(word.group());
      if (word.end() <= start) {
        before.add(cue);
        wordsBefore++;
        continue;
      }
      // after the expression: distance counted in words from its end
      if (cue != Tense.UNKNOWN) {
        int distance = 1 + countAfter(text, end, word.start());
        if (distance < nearestDistance) {
          nearestDistance = distance;
          nearest = cue;
        }
        break;
      }
    }
    for (int i = before.size() - 1; i >= 0; i--) {
      if (before.get(i) != Tense.UNKNOWN) {
        int distance = before.size() - i;
        // ties go to the cue before the expression: "said Sunday it will" reads as past
        if (distance <= nearestDistance) {
          return before.get(i);
        }
        break;
      }
    }
    return nearest;
  }

  private static int countAfter(String text, int from, int to) {
    Matcher word = WORD.matcher(text).region(from, to);
    int count = 0;
    while (word.find()) {
      count++;
    }
    return count;
  }

  private Tense cue(String word) {
    String bare = word.replace('’', '\'');
    if (bare.endsWith("'ll")) {
      return Tense.FUTURE;
    }
    if (bare.endsWith("n't")) {
      bare = bare.substring(0, bare.length() - 3);
    }
    if (lexicon.isFutureCue(bare)) {
      return Tense.FUTURE;
    }
    if (lexicon.isPastCue(bare)) {
      return Tense.PAST;
    }
    return Tense.UNKNOWN;
  }

  private static int sentenceStart(String text, int from) {
    int limit = Math.max(0, from - MAX_REACH);
    for (int i = from - 1; i > limit; i--) {
      char c = text.charAt(i);
      if (c == '\n' || (isTerminator(c) && i + 1 < from && Character.isWhitespace(text.charAt(i + 1))
          && endsSentence(text, i))) {
        return i + 1;
      }
    }
    return limit;
  }

  private static int sentenceEnd(String text, int from) {
    int limit = Math.min(text.length(), from + MAX_REACH);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (isTerminator(c) && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))
          && endsSentence(text, i))) {
        return i;
      }
    }
    return limit;
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  /**
   * A full stop ends a sentence unless it closes an abbreviation: "Jan. 3", "U.S. officials", "10 a.m.
   * Tuesday". Abbreviations are short or capitalised; sentence-final words rarely both.
   */
  private static boolean endsSentence(String text, int stop) {
    if (text.charAt(stop) != '.') {
      return true;
    }
    int wordStart = stop;
    while (wordStart > 0 && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    int length = stop - wordStart;
    if (length >= 4) {
      return true;
    }
    return length >= 2 && Character.isLowerCase(text.charAt(wordStart));
  }
}
