package dev.crosscheck.time;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The stretches of a text where a temporal expression can be: around a token with a digit or a word of the
 * time lexicons. Every rule's match contains such a word, so running the rules only inside these windows
 * finds the same expressions as running them over the whole text, while most of a news text (the parts
 * with no date, number or time word) is never scanned by the 30-odd case-insensitive rule patterns — the
 * single largest cost of the time stage when measured.
 */
final class TriggerWindows {

  /** Over twice the farthest an expression reaches before or after its trigger word in TimeBank, AQUAINT and
   * news (17 characters: "almost a hundred years"); lookbehinds and tense cues see past the window. */
  private static final int REACH = 40;

  private static final String[] LEXICON_FILES = {"months.tsv", "weekdays.tsv", "units.tsv", "seasons.tsv",
      "holidays.tsv", "sets.tsv", "vague.tsv", "parts-of-day.tsv", "trigger-words.txt"};

  private final ImmutableSet<String> triggerWords;

  private TriggerWindows(ImmutableSet<String> triggerWords) {
    this.triggerWords = triggerWords;
  }

  static TriggerWindows load() {
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    for (String file : LEXICON_FILES) {
      for (String line : lines("/dev/crosscheck/time/" + file)) {
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

  /** Disjoint {start, end} windows in text order. */
  List<int[]> windows(String text) {
    List<int[]> windows = new ArrayList<>();
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
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
        int windowStart = Math.max(0, start - REACH);
        int windowEnd = Math.min(length, i + REACH);
        int[] last = windows.isEmpty() ? null : windows.get(windows.size() - 1);
        if (last != null && windowStart <= last[1]) {
          last[1] = windowEnd;
        } else {
          windows.add(new int[] {windowStart, windowEnd});
        }
      }
    }
    return windows;
  }

  private static String column(String line, int index) {
    String[] columns = line.split("\t");
    return index < columns.length ? columns[index] : "";
  }

  private static ImmutableList<String> lines(String resource) {
    try (InputStream in = TriggerWindows.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon on the classpath: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .collect(ImmutableList.toImmutableList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
