package dev.crosscheck.time;

import java.util.regex.Pattern;

/**
 * Whether "an amount of time" + "before", "earlier", "later" or "from now" names a point in time or only the
 * distance between two things. "Three years ago" and "a week later," are points (the DCT's or the story's day
 * moved by the amount); "two weeks earlier than planned", "a day before the vote" and "five years from now"
 * measure a gap to something the text names, so TimeML marks the amount as a DURATION (P2W, P1D, P5Y) and the
 * anchor, when it is a time ("now"), as a time of its own. Reading such a gap as the DCT moved by the amount
 * put events on days the text never gives. "Later" always counts from the story's last event, never from the
 * DCT ("Three days later, the index closed"), and so do days and weeks "earlier" ("A day earlier, trucks
 * crossed"); years, months and quarters "earlier" compare with the same period before the publication ("up
 * from $4 a year earlier") and stay points. Hours and minutes are always a gap: "an hour later" moves no day.
 */
final class OffsetAnchor {

  /** "than" after "earlier"/"later": a comparison with a plan or an expectation, not a day. */
  private static final Pattern THAN = Pattern.compile("^[ \\t]+than\\b");
  /** A word after "before": the event the amount is measured to ("before the vote", "before he left"). */
  private static final Pattern NAMED_ANCHOR = Pattern.compile("^[ \\t]+[\\p{L}\\d`'\"“‘]");

  private OffsetAnchor() {}

  /**
   * @param direction the word after the amount, lower case: "ago", "earlier", "before", "later", "from now",
   *     "hence"
   * @param unit the amount's TIMEX3 unit (Y, M, W, D, H, MIN, S, ...)
   * @param textAfter the text just after the direction word
   */
  static boolean measuresAGap(String direction, String unit, String textAfter) {
    if (direction.startsWith("from")) {
      return true;
    }
    if (direction.equals("ago") || direction.equals("hence")) {
      return false;
    }
    if (unit.equals("H") || unit.equals("MIN") || unit.equals("S") || direction.equals("later")) {
      return true;
    }
    if (unit.equals("D") || unit.equals("W")) {
      // "a day earlier", "a week before": the day before the story's last one, which is seldom the DCT's
      return true;
    }
    if (THAN.matcher(textAfter).find()) {
      return true;
    }
    return direction.equals("before") && namesAnEvent(textAfter);
  }

  /** Whether a word follows at once ("before the vote", "after he left"), not the end of the clause. */
  static boolean namesAnEvent(String textAfter) {
    return NAMED_ANCHOR.matcher(textAfter).find();
  }
}
