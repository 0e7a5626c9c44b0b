package dev.crosscheck.time;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableMap;
import dev.crosscheck.corpus.ResourceLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where in a text a temporal expression can start: shortly before a token with a digit or a word of the
 * time lexicons. Every rule's match contains such a trigger word, so trying the rules only at the word
 * starts just before each trigger finds the same expressions as scanning the whole text with find() (checked
 * on TimeBank, AQUAINT and a news benchmark corpus: identical output), while the 30-odd case-insensitive
 * rule patterns, the largest cost of the time stage when profiled, are tried at a tenth of the positions.
 *
 * <p>One scan of the tokens looks each word up once in a map from trigger word to its kinds
 * ({@link TriggerKind}); a rule is then tried only at the starts near a trigger of its own kinds (the month
 * rules near month names, the clock rules near digits), which cut the time stage's cost by more than half
 * again. The windows themselves (where a start is, how far its match may reach) stay those of every
 * trigger, so a rule tried at a start sees the same region whichever kinds it rests on.
 */
final class TriggerWindows {

  /** Over twice the farthest an expression reaches before or after its trigger word in TimeBank, AQUAINT and
   * news (17 characters: "almost a hundred years"); lookbehinds and tense cues see past the window. */
  private static final int REACH = 40;
  /** How far before its trigger word a match may start (see REACH). */
  private static final int START_REACH = 40;

  /** Each lexicon file, the column of its written forms, and the kind of trigger its words are. */
  private static final List<Source> SOURCES = List.of(
      new Source("months.tsv", 1, TriggerKind.MONTH, false),
      new Source("weekdays.tsv", 1, TriggerKind.WEEKDAY, false),
      new Source("units.tsv", 0, TriggerKind.UNIT, false),
      new Source("seasons.tsv", 0, TriggerKind.SEASON, false),
      new Source("holidays.tsv", 0, TriggerKind.HOLIDAY, true),
      new Source("sets.tsv", 0, TriggerKind.SET, false),
      new Source("vague.tsv", 0, TriggerKind.VAGUE, true),
      new Source("parts-of-day.tsv", 0, TriggerKind.PART_OF_DAY, false));
  private static final String TRIGGER_WORDS = "trigger-words.tsv";

  /**
   * Every trigger word, lower-cased, with the bits of its kinds ({@link TriggerKind#bit}); a word of a lexicon
   * phrase that is not the phrase's key word ("the" of "the past") has only {@link TriggerKind#ANY}.
   */
  private final ImmutableMap<String, Integer> kindsByWord;

  private TriggerWindows(ImmutableMap<String, Integer> kindsByWord) {
    this.kindsByWord = kindsByWord;
  }

  static TriggerWindows load() {
    Map<String, Integer> kinds = new HashMap<>();
    for (Source source : SOURCES) {
      for (String line : ResourceLines.read("/dev/crosscheck/time/" + source.file)) {
        for (String form : column(line, source.column).split("\\|")) {
          List<String> words = words(form);
          words.forEach(word -> kinds.merge(word, TriggerKind.ANY.bit(), (a, b) -> a | b));
          // a phrase is found only where its every word is: its longest word stands for it
          List<String> keys = source.phrases
              ? words.stream().max(Comparator.comparingInt(String::length)).stream().toList() : words;
          keys.forEach(word -> kinds.merge(word, source.kind.bit(), (a, b) -> a | b));
        }
      }
    }
    for (String line : ResourceLines.read("/dev/crosscheck/time/" + TRIGGER_WORDS)) {
      int bits = TriggerKind.ANY.bit() | TriggerKind.named(column(line, 1)).bit();
      words(column(line, 0)).forEach(word -> kinds.merge(word, bits, (a, b) -> a | b));
    }
    return new TriggerWindows(ImmutableMap.copyOf(kinds));
  }

  /** The bits of a rule's trigger kinds, to pass to {@link Windows#startsFor}. */
  static int bits(Collection<TriggerKind> kinds) {
    return kinds.stream().mapToInt(TriggerKind::bit).reduce(0, (a, b) -> a | b);
  }

  /**
   * Where a match may start: every word start (or punctuation start) at most {@link #START_REACH} characters
   * before a trigger word, up to the trigger itself, each with the end of the region a match from there may
   * reach; and the triggers themselves, with their kinds, so each rule can keep the starts near its own.
   */
  Windows scan(String text) {
    IntList starts = new IntList();
    IntList regionEnds = new IntList();
    IntList triggerStarts = new IntList();
    IntList triggerKinds = new IntList();
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
      int kinds = digit ? TriggerKind.ANY.bit() | TriggerKind.DIGIT.bit() | letterRunKinds(text, start, i)
          : kindsByWord.getOrDefault(text.substring(start, i).toLowerCase(Locale.ROOT), 0);
      if (kinds != 0) {
        triggerStarts.add(start);
        triggerKinds.add(kinds);
        int regionEnd = Math.min(length, i + REACH);
        for (int p = Math.max(Math.max(0, start - START_REACH), lastStart + 1); p <= start; p++) {
          if (p == 0 || !Character.isLetterOrDigit(text.charAt(p - 1)) || p == start) {
            if (!Character.isWhitespace(text.charAt(p))) {
              starts.add(p);
              regionEnds.add(regionEnd);
              lastStart = p;
            }
          }
        }
        // earlier starts reach at least as far as this trigger's region
        for (int k = starts.size - 1; k >= 0 && starts.values[k] >= start - START_REACH; k--) {
          regionEnds.values[k] = Math.max(regionEnds.values[k], regionEnd);
        }
      }
    }
    return new Windows(starts.toArray(), regionEnds.toArray(), triggerStarts.toArray(), triggerKinds.toArray());
  }

  /** The kinds of the words inside a token with digits: "Sept" in "Sept5" is a month, as in "Sept 5". */
  private int letterRunKinds(String text, int start, int end) {
    int kinds = 0;
    int i = start;
    while (i < end) {
      if (!Character.isLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int runStart = i;
      while (i < end && Character.isLetter(text.charAt(i))) {
        i++;
      }
      kinds |= kindsByWord.getOrDefault(text.substring(runStart, i).toLowerCase(Locale.ROOT), 0);
    }
    return kinds;
  }

  /**
   * The starts of one text, and for each set of trigger kinds the starts near a trigger of those kinds. A
   * start is near a trigger when the trigger begins at most {@link #START_REACH} characters after it: the
   * same test that made it a start, so a rule's starts are the starts its own triggers would have made.
   */
  static final class Windows {
    private final int[] starts;
    private final int[] regionEnds;
    private final int[] triggerStarts;
    private final int[] triggerKinds;
    /** The key under which a full scan's starts stand for every rule's (no kind has every bit). */
    private static final int EVERY_RULE = -1;
    private final Map<Integer, int[]> startIndexesByKinds = new HashMap<>();

    private Windows(int[] starts, int[] regionEnds, int[] triggerStarts, int[] triggerKinds) {
      this.starts = starts;
      this.regionEnds = regionEnds;
      this.triggerStarts = triggerStarts;
      this.triggerKinds = triggerKinds;
    }

    /**
     * Windows that try every rule at each of {@code starts}, reaching to the matching {@code regionEnds}: how a
     * test tries the rules at every position of a text, the full scan the trigger windows stand in for.
     */
    static Windows everyRuleAt(int[] starts, int[] regionEnds) {
      checkArgument(starts.length == regionEnds.length, "%s starts but %s region ends", starts.length,
          regionEnds.length);
      Windows windows = new Windows(starts.clone(), regionEnds.clone(), new int[0], new int[0]);
      int[] everyIndex = new int[starts.length];
      Arrays.setAll(everyIndex, index -> index);
      windows.startIndexesByKinds.put(EVERY_RULE, everyIndex);
      return windows;
    }

    int start(int index) {
      return starts[index];
    }

    int regionEnd(int index) {
      return regionEnds[index];
    }

    /** The indexes of the starts near a trigger of one of the kinds, in text order. */
    int[] startsFor(int kindBits) {
      int[] everyStart = startIndexesByKinds.get(EVERY_RULE);
      return everyStart != null ? everyStart : startIndexesByKinds.computeIfAbsent(kindBits, this::near);
    }

    private int[] near(int kindBits) {
      IntList near = new IntList();
      int trigger = 0;
      for (int index = 0; index < starts.length; index++) {
        int position = starts[index];
        while (trigger < triggerStarts.length
            && (triggerStarts[trigger] < position || (triggerKinds[trigger] & kindBits) == 0)) {
          trigger++;
        }
        if (trigger == triggerStarts.length) {
          break;
        }
        if (triggerStarts[trigger] - position <= START_REACH) {
          near.add(index);
        }
      }
      return near.toArray();
    }
  }

  private record Source(String file, int column, TriggerKind kind, boolean phrases) {}

  private static List<String> words(String form) {
    List<String> words = new ArrayList<>();
    for (String word : form.split("[^\\p{L}]+")) {
      if (!word.isEmpty()) {
        words.add(word.toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  private static String column(String line, int index) {
    String[] columns = line.split("\t");
    return index < columns.length ? columns[index] : "";
  }

  /** A growing int array: the scan makes tens of thousands of starts per long text, boxed they cost. */
  private static final class IntList {
    private int[] values = new int[64];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int[] toArray() {
      return Arrays.copyOf(values, size);
    }
  }
}
