package dev.crosscheck.time;

import java.util.Locale;

/**
 * What a word (or a token with a digit) is to the rules: the kind of trigger a rule's every match contains.
 * A rule is tried only shortly before a trigger of one of its kinds ({@link TriggerWindows}), so the month
 * rules never run near "yesterday" and the clock rules never near a word.
 */
enum TriggerKind {
  /** A token with a digit: "2018", "6:08", "1990s". */
  DIGIT,
  MONTH,
  WEEKDAY,
  /** "Mondays", "Sundays": every such day. */
  WEEKDAYS,
  UNIT,
  SEASON,
  /** One word of each holiday name (its longest), which every mention of the holiday contains. */
  HOLIDAY,
  SET,
  /** One word of each vague phrase (its longest): "past" for "the past", "present" for "at present". */
  VAGUE,
  PART_OF_DAY,
  /** yesterday, today, tomorrow, tonight. */
  DAY_WORD,
  /** noon, midnight, midday. */
  NOON,
  /** The words a year in words cannot do without: "nineteen ninety-four", "two thousand and three". */
  SPELLED_YEAR,
  /** "the nineties". */
  SPELLED_DECADE,
  /**
   * Any trigger at all, as every word of the lexicons is: for a rule whose matches need not contain a
   * trigger word of their own ("its first half"), and so are found only near other time words.
   */
  ANY;

  /** The kind a data file names: "day-word" is {@link #DAY_WORD}. */
  static TriggerKind named(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  int bit() {
    return 1 << ordinal();
  }
}
