package dev.crosscheck.compare;

import com.google.common.collect.ImmutableMap;
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

/**
 * The clock time of something that happens to a thing once: "At 7:49 p.m., the spire ... broke apart and fell"
 * and "the spire would collapse an hour later at 8.10pm" give two minutes for one fall. Their sentences share
 * little else, so the wording alone would not join them; the happening ({@code once-only-happenings.tsv}) and
 * the thing it befalls (a common noun both sentences hold) do.
 *
 * <p>A clock dates its sentence's happening only when it is the sentence's one time of day and no length of
 * time stands apart from it: "smoke rose at 6.50pm, with the spire collapsing just over an hour later" dates the
 * smoke, not the fall; "an hour later at 8.10pm" is one moment said twice.
 */
final class OnceOnlyClocks {

  /** Characters between a length of time and the clock it leads to ("an hour later at 8.10pm"). */
  private static final int LEAD_GAP = 12;

  private final ImmutableMap<String, String> happeningOfWord;
  private final StatementContexts contexts;

  OnceOnlyClocks(ImmutableMap<String, String> happeningOfWord, StatementContexts contexts) {
    this.happeningOfWord = happeningOfWord;
    this.contexts = contexts;
  }

  static OnceOnlyClocks load(StatementContexts contexts) {
    Map<String, String> happenings = new HashMap<>();
    for (List<String> row : LexiconFiles.rows("once-only-happenings.tsv", 2)) {
      for (String form : row.get(1).split(",")) {
        happenings.putIfAbsent(StatementContexts.stem(form.strip().toLowerCase(Locale.ROOT)), row.get(0));
      }
      // a sentence's words come read as their class of word-classes.tsv where they have one ("=crash")
      happenings.putIfAbsent("=" + row.get(0), row.get(0));
    }
    return new OnceOnlyClocks(ImmutableMap.copyOf(happenings), contexts);
  }

  /** What a clock time dates, as the once-only happenings and the common nouns of its sentence. */
  record Dated(Set<String> happenings, Set<String> words) {

    /** Whether two clocks date one happening of one thing: a happening and another common word shared. */
    boolean sameHappening(Dated other) {
      return happenings.stream().anyMatch(other.happenings::contains)
          && words.stream().anyMatch(other.words::contains);
    }
  }

  /**
   * For each clock claim that dates a once-only happening of its sentence, what it dates.
   *
   * @param valued the corpus's value claims, with their values, in the same order
   */
  Map<String, Dated> of(List<Claim> valued, List<TypedValue> values) {
    Map<String, List<Integer>> timesBySentence = new HashMap<>();
    for (int i = 0; i < valued.size(); i++) {
      ValueKind kind = values.get(i).kind();
      if (kind == ValueKind.CLOCK || kind == ValueKind.DURATION) {
        timesBySentence.computeIfAbsent(valued.get(i).documentId() + "#" + valued.get(i).sentence(),
            key -> new ArrayList<>()).add(i);
      }
    }
    Map<String, Dated> dated = new HashMap<>();
    for (List<Integer> times : timesBySentence.values()) {
      List<Integer> clocks = times.stream().filter(i -> values.get(i).kind() == ValueKind.CLOCK).toList();
      if (clocks.size() != 1) {
        continue;
      }
      Claim clock = valued.get(clocks.get(0));
      boolean alone = times.stream().filter(i -> values.get(i).kind() == ValueKind.DURATION)
          .allMatch(i -> valued.get(i).end() <= clock.start() && clock.start() - valued.get(i).end() <= LEAD_GAP);
      if (alone) {
        dated(clock).ifPresent(what -> dated.put(clock.id(), what));
      }
    }
    return dated;
  }

  private Optional<Dated> dated(Claim clock) {
    Set<String> happenings = new HashSet<>();
    Set<String> words = new HashSet<>();
    String sentence = clock.sentenceText();
    contexts.words(sentence).forEach((word, offset) -> {
      String happening = happeningOfWord.get(word);
      if (happening != null) {
        happenings.add(happening);
      } else if (Character.isLowerCase(sentence.charAt(offset)) && !word.startsWith("=")) {
        // lower-case words only: names say who or where, not what befell
        words.add(word);
      }
    });
    return happenings.isEmpty() ? Optional.empty() : Optional.of(new Dated(happenings, words));
  }
}
