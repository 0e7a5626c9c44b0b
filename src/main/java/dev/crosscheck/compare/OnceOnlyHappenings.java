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

  /** What a value times: the once-only happenings of its sentence, and the sentence's common words. */
  record Timed(Set<String> happenings, Set<String> words) {

    /** Whether two values time one happening of one thing: a happening and another common word shared. */
    boolean sameHappening(Timed other) {
      return happenings.stream().anyMatch(other.happenings::contains)
          && words.stream().anyMatch(other.words::contains);
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
        timesBySentence.computeIfAbsent(valued.get(i).documentId() + "#" + valued.get(i).sentence(),
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
          timed(clock, ValueKind.CLOCK).ifPresent(what -> timed.put(clock.id(), what));
        }
      } else if (clocks.isEmpty() && durations.size() == 1) {
        Claim duration = valued.get(durations.get(0));
        timed(duration, ValueKind.DURATION).ifPresent(what -> timed.put(duration.id(), what));
      }
    }
    return timed;
  }

  private Optional<Timed> timed(Claim value, ValueKind kind) {
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
    Set<String> words = new HashSet<>();
    contexts.words(sentence, false).forEach((word, offset) -> {
      boolean ofHappening = spans.stream().anyMatch(span -> offset >= span[0] && offset < span[1]);
      // lower-case words only: names say who or where, not what befell
      if (!ofHappening && Character.isLowerCase(sentence.charAt(offset)) && !lightWords.contains(word)) {
        words.add(word);
      }
    });
    return Optional.of(new Timed(found, words));
  }
}
