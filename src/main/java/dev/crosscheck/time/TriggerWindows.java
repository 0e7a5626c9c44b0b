package dev.crosscheck.time;

import com.google.common.collect.ImmutableSet;
import dev.crosscheck.corpus.ResourceLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where in a text a temporal expression can start: shortly before a token with a digit or a word of the
 * time lexicons. Every rule's match contains such a trigger word, so trying the rules only at the word
 * starts just before each trigger finds the same expressions as scanning the whole text with find() (checked
 * on TimeBank, AQUAINT and a news benchmark corpus: identical output), while the 30-odd case-insensitive
 * rule patterns, the largest cost of the time stage when profiled, are tried at a tenth of the positions.
 */
final class TriggerWindows {

  /** Over twice the farthest an expression reaches before or after its trigger word in TimeBank, AQUAINT and
   * news (17 characters: "almost a hundred years"); lookbehinds and tense cues see past the window. */
  private static final int REACH = 40;
  /** How far before its trigger word a match may start (see REACH). */
  private static final int START_REACH = 40;

  private static final String[] LEXICON_FILES = {"months.tsv", "weekdays.tsv", "units.tsv", "seasons.tsv",
      "holidays.tsv", "sets.tsv", "vague.tsv", "parts-of-day.tsv", "trigger-words.txt"};

  private final ImmutableSet<String> triggerWords;

  private TriggerWindows(ImmutableSet<String> triggerWords) {
    this.triggerWords = triggerWords;
  }

  static TriggerWindows load() {
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    for (String file : LEXICON_FILES) {
      for (String line : ResourceLines.read("/dev/crosscheck/time/" + file)) {
        String written = file.equals("months.tsv") || file.equals("weekdays.tsv") ? column(line, 1) : column(line, 0);
        for (String form : written.split("\\|")) {
          for (String word : form.split("[^\\p{L}]+")) {
            if (!word.isEmpty()) {
              words.add(word.toLowerCase(Locale.ROOT));
            }
          }
        }
      }
    }
    return new TriggerWindows(words.build());
  }

  /**
   * Where a match may start: every word start (or punctuation start) at most {@link #START_REACH} characters
   * before a trigger word, up to the trigger itself, each with the end of the region a match from there may
   * reach. Sorted by position, without duplicates: {start, regionEnd} pairs.
   */
  List<int[]> starts(String text) {
    List<int[]> starts = new ArrayList<>();
    int length = text.length();
    int i = 0;
    int lastStart = -1;
    while (i < length) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      boolean digit = false;
      while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
        digit |= Character.isDigit(text.charAt(i));
        i++;
      }
      if (digit || triggerWords.contains(text.substring(start, i).toLowerCase(Locale.ROOT))) {
        int regionEnd = Math.min(length, i + REACH);
        for (int p = Math.max(Math.max(0, start - START_REACH), lastStart + 1); p <= start; p++) {
          if (p == 0 || !Character.isLetterOrDigit(text.charAt(p - 1)) || p == start) {
            if (!Character.isWhitespace(text.charAt(p))) {
              starts.add(new int[] {p, regionEnd});
              lastStart = p;
            }
          }
        }
        // earlier starts reach at least as far as this trigger's region
        for (int k = starts.size() - 1; k >= 0 && starts.get(k)[0] >= start - START_REACH; k--) {
          starts.get(k)[1] = Math.max(starts.get(k)[1], regionEnd);
        }
      }
    }
    return starts;
  }

  private static String column(String line, int index) {
    String[] columns = line.split("\t");
    return index < columns.length ? columns[index] : "";
  }

}
