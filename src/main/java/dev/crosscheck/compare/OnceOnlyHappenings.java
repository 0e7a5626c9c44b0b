package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.TypedValue;
import dev.crosscheck.claim.ValueKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of something that happens to a thing once: "At 7:49 p.m., the spire ... broke apart and fell" and
 * "the spire would collapse an hour later at 8.10pm" give two minutes for one fall; "after 12-hour battle to
 * extinguish" and "put out ... around 15 hours after it first broke out" two lengths of time until one fire
 * was out. Their sentences share little else, so the wording alone would not join them; the happening
 * ({@code once-only-happenings.tsv}) and a common word of the thing it befalls, in both sentences, do.
 *
 * <p>A value times its sentence's happening only when it is the sentence's one value of its kind and no other
 * time of day or length of time stands apart from it: "smoke rose at 6.50pm, with the spire collapsing just
 * over an hour later" times the smoke, not the fall; "an hour later at 8.10pm" is one moment said twice.
 */
final class OnceOnlyHappenings {

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
  /** Characters between a length of time and the clock it leads to ("an hour later at 8.10pm"). */
  private static final int LEAD_GAP = 12;

  /** One class of happening, the kinds of value that time it, and its forms as one pattern. */
  private record Happening(String name, Set<ValueKind> kinds, Pattern forms) {}

  private final ImmutableList<Happening> happenings;
  private final ImmutableSet<String> lightWords;
  private final StatementContexts contexts;

  private OnceOnlyHappenings(ImmutableList<Happening> happenings, ImmutableSet<String> lightWords,
      StatementContexts contexts) {
    this.happenings = happenings;
    this.lightWords = lightWords;
    this.contexts = contexts;
  }

  static OnceOnlyHappenings load(StatementContexts contexts) {
    ImmutableList.Builder<Happening> happenings = ImmutableList.builder();
    for (List<String> row : LexiconFiles.rows("once-only-happenings.tsv", 3)) {
      Set<ValueKind> kinds = new HashSet<>();
      for (String kind : row.get(1).split(",")) {
        kinds.add(ValueKind.ofJsonName(kind.strip()));
      }
      List<String> forms = new ArrayList<>();
      for (String form : row.get(2).split(",")) {
        forms.add(Pattern.quote(form.strip().toLowerCase(Locale.ROOT)));
      }
      happenings.add(new Happening(row.get(0), Set.copyOf(kinds),
          Pattern.compile("(?<![\\p{L}-])(?:" + String.join("|", forms) + ")(?![\\p{L}-])")));
    }
    // "took", "came", "likely": too light to name the thing something befell
    ImmutableSet<String> light = LexiconFiles.lines("statement-light-words.txt").stream()
        .map(word -> StatementContexts.stem(word.strip().toLowerCase(Locale.ROOT)))
        .collect(ImmutableSet.toImmutableSet());
    return new OnceOnlyHappenings(happenings.build(), light, contexts);
  }

  /**
   * What a value times: the once-only happenings of its sentence, by name, and the sentence's common words
   * (light-stemmed, each with its form as written).
   */
  record Timed(Set<String> happenings, Map<String, String> words) {

    /** Whether two values time one happening of one thing: a happening and another common word shared. */
    boolean sameHappening(Timed other) {
      return happenings.stream().anyMatch(other.happenings::contains)
          && words.keySet().stream().anyMatch(other.words::containsKey);
    }

    /** For a reader: "both time the collapse of the spire, which happens once", with at most two shared words. */
    String describeShared(Timed other) {
      String happening = happenings.stream().filter(other.happenings::contains).sorted().findFirst().orElse("");
      List<String> shared = words.entrySet().stream().filter(word -> other.words.containsKey(word.getKey()))
          .map(word -> min(word.getValue(), other.words.get(word.getKey()))).sorted().limit(2).toList();
      return "both time the " + happening + " of the " + String.join(", ", shared) + ", which happens once";
    }

    private static String min(String a, String b) {
      return a.compareTo(b) <= 0 ? a : b;
    }
  }

  /**
   * For each clock time and length of time that times a once-only happening of its sentence, what it times.
   *
   * @param valued the corpus's value claims, with their values, in the same order
   */
  Map<String, Timed> of(List<Claim> valued, List<TypedValue> values) {
    Map<String, List<Integer>> timesBySentence = new HashMap<>();
    for (int i = 0; i < valued.size(); i++) {
      ValueKind kind = values.get(i).kind();
      if (kind == ValueKind.CLOCK || kind == ValueKind.DURATION) {
        timesBySentence.computeIfAbsent(valued.get(i).sentenceKey(),
            key -> new ArrayList<>()).add(i);
      }
    }
    Map<String, Timed> timed = new HashMap<>();
    for (List<Integer> times : timesBySentence.values()) {
      List<Integer> clocks = times.stream().filter(i -> values.get(i).kind() == ValueKind.CLOCK).toList();
      List<Integer> durations = times.stream().filter(i -> values.get(i).kind() == ValueKind.DURATION).toList();
      if (clocks.size() == 1) {
        Claim clock = valued.get(clocks.get(0));
        boolean alone = durations.stream()
            .allMatch(i -> valued.get(i).end() <= clock.start() && clock.start() - valued.get(i).end() <= LEAD_GAP);
        if (alone) {
          timed(clock, ValueKind.CLOCK, times(times, valued)).ifPresent(what -> timed.put(clock.id(), what));
        }
      } else if (clocks.isEmpty() && durations.size() == 1) {
        Claim duration = valued.get(durations.get(0));
        timed(duration, ValueKind.DURATION, times(times, valued)).ifPresent(what -> timed.put(duration.id(), what));
      }
    }
    return timed;
  }

  /** Where a sentence's times of day and lengths of time are written in it, as spans of the sentence. */
  private static List<int[]> times(List<Integer> members, List<Claim> valued) {
    List<int[]> spans = new ArrayList<>();
    for (int i : members) {
      Claim time = valued.get(i);
      int at = time.sentenceText().indexOf(time.object());
      if (at >= 0) {
        spans.add(new int[] {at, at + time.object().length()});
      }
    }
    return spans;
  }

  /**
   * @param timeSpans where the sentence's times are written: their words ("12-hour", "an hour later") say how
   *     long or when, not what befell
   */
  private Optional<Timed> timed(Claim value, ValueKind kind, List<int[]> timeSpans) {
    String sentence = value.sentenceText();
    String lower = sentence.toLowerCase(Locale.ROOT);
    Set<String> found = new HashSet<>();
    List<int[]> spans = new ArrayList<>();
    for (Happening happening : happenings) {
      if (!happening.kinds().contains(kind)) {
        continue;
      }
      Matcher matcher = happening.forms().matcher(lower);
      while (matcher.find()) {
        found.add(happening.name());
        spans.add(new int[] {matcher.start(), matcher.end()});
      }
    }
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> words = new TreeMap<>();
    contexts.words(sentence, false).forEach((word, offset) -> {
      boolean ofHappening = spans.stream().anyMatch(span -> offset >= span[0] && offset < span[1])
          || timeSpans.stream().anyMatch(span -> offset >= span[0] && offset < span[1]);
      // lower-case words only: names say who or where, not what befell
      if (!ofHappening && Character.isLowerCase(sentence.charAt(offset)) && !lightWords.contains(word)) {
        Matcher written = WORD.matcher(lower);
        words.put(word, written.find(offset) ? written.group() : word);
      }
    });
    return Optional.of(new Timed(found, words));
  }
}
