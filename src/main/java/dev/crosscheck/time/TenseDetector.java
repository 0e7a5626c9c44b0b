package dev.crosscheck.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tense of the clause around a time expression from the nearest tense cue in its sentence: a
 * future cue ("will", "is scheduled", "next"), a past form ("said", "met", any regular "-ed" verb), or none.
 * The nearest cue wins because a sentence often mixes both: "Pompeo said on Sunday that Trump will meet
 * Kim next month".
 */
final class TenseDetector {

  private static final Set<String> NON_PAST_AUXILIARIES = Set.of("is", "are", "am", "be", "will", "would",
      "to", "being", "shall", "can", "may", "might", "must", "should");
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
    List<Tense> before = new ArrayList<>();
    Tense after = Tense.UNKNOWN;
    int afterDistance = Integer.MAX_VALUE;
    int wordsAfter = 0;
    String previous = "";
    while (word.find()) {
      String current = word.group();
      if (word.start() >= start && word.end() <= end) {
        previous = current;
        continue;
      }
      Tense cue = cue(previous, current);
      previous = current;
      if (word.end() <= start) {
        before.add(cue);
      } else {
        wordsAfter++;
        if (cue != Tense.UNKNOWN) {
          after = cue;
          afterDistance = wordsAfter;
          break;
        }
      }
    }
    for (int i = before.size() - 1; i >= 0; i--) {
      if (before.get(i) != Tense.UNKNOWN) {
        // ties go to the cue before the expression: "said Sunday it will" reads as past
        return before.size() - i <= afterDistance ? before.get(i) : after;
      }
    }
    return after;
  }

  /**
   * The tense a word signals, given the word before it: a past participle after "is", "be", "will"... is a
   * present or future passive ("the case is heard in May", "to be held on April 24"), not a past.
   */
  private Tense cue(String previousWord, String word) {
    String bare = apostrophes(word);
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
      return NON_PAST_AUXILIARIES.contains(apostrophes(previousWord).toLowerCase(Locale.ROOT))
          ? Tense.FUTURE : Tense.PAST;
    }
    return Tense.UNKNOWN;
  }

  private static String apostrophes(String word) {
    return word.replace('’', '\'');
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
