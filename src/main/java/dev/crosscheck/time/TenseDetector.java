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
  /** Auxiliaries that put the verb after them in the past: "did not meet", "had planned". */
  private static final Set<String> PAST_AUXILIARIES = Set.of("did", "had");
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
    Tense before = Tense.UNKNOWN;
    int beforeEnd = 0;
    Tense after = Tense.UNKNOWN;
    int afterStart = 0;
    int afterDistance = Integer.MAX_VALUE;
    int wordsAfter = 0;
    int wordsBefore = 0;
    int sentenceWordsBefore = 0;
    String previous = "";
    String beforePrevious = "";
    String thirdPrevious = "";
    while (word.find()) {
      String current = word.group();
      boolean inExpression = word.start() >= start && word.end() <= end;
      Tense cue = inExpression ? Tense.UNKNOWN : cue(thirdPrevious, beforePrevious, previous, current);
      thirdPrevious = beforePrevious;
      beforePrevious = previous;
      // a word of the expression is no auxiliary of the verb after it: "agreed on 5 May held" ("May" is no modal)
      previous = inExpression ? "" : current;
      if (word.end() <= start) {
        wordsBefore++;
        sentenceWordsBefore++;
        if (cue != Tense.UNKNOWN) {
          before = cue;
          beforeEnd = word.end();
          wordsBefore = 0;
        }
      } else if (word.start() >= end) {
        wordsAfter++;
        if (after != Tense.UNKNOWN) {
          // a verb group reads by its last verb: "were planning to march on Saturday" is a plan
          if (cue != Tense.UNKNOWN) {
            after = cue;
          }
          break;
        }
        if (cue != Tense.UNKNOWN) {
          after = cue;
          afterStart = word.start();
          afterDistance = wordsAfter;
        }
      }
    }
    if (before == Tense.UNKNOWN || after == Tense.UNKNOWN) {
      return before == Tense.UNKNOWN ? after : before;
    }
    // a fronted phrase takes the tense of the clause it opens: "Until Thursday, they had not ..."
    boolean fronted = sentenceWordsBefore <= 2 && end < text.length() && text.charAt(end) == ',';
    if (fronted) {
      return after;
    }
    // a comma after the expression closes its clause: "talks that are supposed to conclude by May, invited ..."
    if (end < text.length() && text.charAt(end) == ',') {
      return before;
    }
    int beforeDistance = wordsBefore + 1;
    // a quotation has its own tense: "Kim will arrive Thursday," the ministry said.
    boolean quoteBefore = hasQuoteMark(text, beforeEnd, start);
    boolean quoteAfter = hasQuoteMark(text, end, afterStart);
    if (quoteBefore != quoteAfter) {
      return quoteBefore ? after : before;
    }
    // ties go to the cue before the expression: "said Sunday it will" reads as past
    return beforeDistance <= afterDistance ? before : after;
  }

  /** Whether a quotation mark stands between two words. */
  private static boolean hasQuoteMark(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '“' || c == '”' || c == '`' || (c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'')) {
        return true;
      }
    }
    return false;
  }

  /**
   * The tense a word signals, given the two words before it: a past participle after "is", "be", "will"...
   * is a present or future passive ("the case is heard in May", "to be held on April 24"), not a past; a
   * future word after "did" or "had" ("had been scheduled to expire Friday", "did not meet Monday") is past.
   */
  private Tense cue(String thirdPreviousWord, String beforePreviousWord, String previousWord, String word) {
    String bare = apostrophes(word);
    if (bare.endsWith("'ll")) {
      return Tense.FUTURE;
    }
    if (bare.endsWith("n't")) {
      bare = bare.substring(0, bare.length() - 3);
    }
    boolean twoWords = !lexicon.isFutureCue(bare) && lexicon.isFutureCue(previousWord, bare);
    if (lexicon.isFutureCue(bare) || twoWords) {
      // the auxiliary stands before the cue's first word: "had been due to expire"
      String previous = auxiliary(twoWords ? beforePreviousWord : previousWord);
      String beforePrevious = auxiliary(twoWords ? thirdPreviousWord : beforePreviousWord);
      boolean afterPastAuxiliary = PAST_AUXILIARIES.contains(previous)
          || (previous.equals("been") && beforePrevious.equals("had"));
      return afterPastAuxiliary ? Tense.PAST : Tense.FUTURE;
    }
    if (lexicon.isPastCue(bare)) {
      String previous = auxiliary(previousWord);
      if (!NON_PAST_AUXILIARIES.contains(previous)) {
        return Tense.PAST;
      }
      // "could not be reached Wednesday", "could be located Wednesday": "could" is the past of "can"
      String modal = auxiliary(beforePreviousWord).equals("not") ? auxiliary(thirdPreviousWord)
          : auxiliary(beforePreviousWord);
      return previous.equals("be") && modal.equals("could") ? Tense.PAST : Tense.FUTURE;
    }
    return Tense.UNKNOWN;
  }

  /** A word as an auxiliary: lower case, "n't" dropped ("didn't" is "did"). */
  private static String auxiliary(String word) {
    String lower = apostrophes(word).toLowerCase(Locale.ROOT);
    return lower.endsWith("n't") ? lower.substring(0, lower.length() - 3) : lower;
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
    // "held in 1998." and "on April 25." end sentences; abbreviations are letters
    if (length >= 4 || (length > 0 && Character.isDigit(text.charAt(stop - 1)))) {
      return true;
    }
    return length >= 2 && Character.isLowerCase(text.charAt(wordStart));
  }
}
