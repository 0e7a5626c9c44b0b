package dev.crosscheck.time;

import java.util.Set;

/**
 * Whether something that reads as a time is a piece of a name: "Windows 2000", "Euro 2016" and "Vision 2030"
 * hold a year, "the Six-Day War" a length of time, "USA Today" and "Apocalypse Now" a day word. Case is the
 * evidence: in running text a year follows a capitalised word only when that word is a time word ("Spring
 * 2019", "Since 2001"), and time words other than months and weekdays are capitalised only in names.
 */
final class NameParts {

  private final TimeLexicon lexicon;
  /** Lower-case words after which a number is a year ("in", "since", "fiscal", ...). */
  private final Set<String> yearCues;

  NameParts(TimeLexicon lexicon, Set<String> yearCues) {
    this.lexicon = lexicon;
    this.yearCues = yearCues;
  }

  /** A year right after a capitalised word that is no time word: "Windows 2000", "Expo 2020". */
  boolean yearContinuesName(RuleContext context) {
    String before = context.writtenWordBefore();
    return isTitleWord(before) && !isTimeWord(before) && !context.wordBeforeOpensSentence();
  }

  /**
   * A capitalised unit ("Day", "Years") that runs on into another capitalised word is a name: "the Six-Day
   * War", "the Hundred Years War". A sentence opening with a capitalised amount ("Two days later, ...")
   * continues in lower case.
   */
  boolean unitOpensName(String unit, RuleContext context) {
    return isTitleWord(unit) && isTitleWord(context.writtenWordAfter()) && !isTimeWord(context.writtenWordAfter());
  }

  /** "Today", "Tomorrow", "Now" capitalised inside a sentence: "USA Today", "Tomorrow Never Dies". */
  boolean dayWordInName(String written, RuleContext context) {
    return isTitleWord(written) && !context.startsSentence();
  }

  /** "This Week", "Next Year" with every word capitalised inside a sentence: a programme or a title. */
  boolean phraseIsTitle(String written, RuleContext context) {
    String[] words = written.trim().split("\\s+");
    return words.length > 1 && java.util.Arrays.stream(words).allMatch(NameParts::isTitleWord)
        && !context.startsSentence();
  }

  private boolean isTimeWord(String word) {
    return yearCues.contains(word.toLowerCase(java.util.Locale.ROOT)) || lexicon.month(word).isPresent()
        || lexicon.weekday(word).isPresent() || lexicon.season(word).isPresent()
        || lexicon.holidayRule(word).isPresent() || lexicon.unit(word).isPresent()
        || lexicon.partOfDay(word).isPresent();
  }

  /** A capital, then lower case ("Windows", not "FY" or "iPhone"). */
  static boolean isTitleWord(String word) {
    return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
  }
}
