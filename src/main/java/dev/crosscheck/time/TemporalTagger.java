package dev.crosscheck.time;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * Finds the temporal expressions of a text and normalises them TimeML-style against the document's
 * creation time (DCT), reading the tense of each expression's clause to place bare weekdays and year-less
 * dates the way news is written.
 *
 * <p>Every rule is tried where its expression can start, shortly before a time word or a number of the
 * kind it rests on ({@link TriggerWindows}); where matches overlap the longest wins (then the earliest), so
 * "Monday, Oct. 26" is one date, not a weekday and a date. Anaphoric rules ("that day", clock times) run
 * second, against the dates kept by the first pass. Built once (it loads the lexicons and compiles
 * the rules); thread-safe.
 */
public final class TemporalTagger {

  private final ImmutableList<TemporalRule> rules;
  /** Each rule's trigger kinds as bits, by rule index. */
  private final int[] triggerBits;
  private final TenseDetector tenseDetector;
  /** Where each rule is tried in a text: near its triggers, or (for tests of that shortcut) everywhere. */
  private final Function<String, TriggerWindows.Windows> windowsOf;

  public TemporalTagger() {
    this(TriggerWindows.load()::scan);
  }

  TemporalTagger(Function<String, TriggerWindows.Windows> windowsOf) {
    this.windowsOf = windowsOf;
    TimeLexicon lexicon = TimeLexicon.load();
    this.rules = TemporalRules.build(lexicon);
    this.triggerBits = rules.stream().mapToInt(rule -> TriggerWindows.bits(rule.triggers())).toArray();
    this.tenseDetector = new TenseDetector(lexicon);
  }

  /**
   * Every temporal expression of {@code text} in document order.
   *
   * @param dct the document's creation (publication) date; without it, what depends on it keeps X
   *     placeholders (XXXX-07-06) rather than a guessed year
   */
  public ImmutableList<TimeExpression> tag(String documentId, String text, Optional<LocalDate> dct) {
    checkArgument(!documentId.isBlank(), "document id must not be blank");
    TriggerWindows.Windows windows = windowsOf.apply(text);
    List<Candidate> kept = keepLongest(match(text, windows, dct, false, List.of()), List.of(), text.length());
    kept = keepLongest(match(text, windows, dct, true, kept), kept, text.length());
    return kept.stream()
        .map(c -> new TimeExpression(documentId, c.start, c.end, text.substring(c.start, c.end),
            c.time.type(), c.time.value(), c.time.interval()))
        .collect(ImmutableList.toImmutableList());
  }

  /** Every match of the plain (or the anaphoric) rules; anaphoric ones see what was kept before them. */
  private List<Candidate> match(String text, TriggerWindows.Windows windows, Optional<LocalDate> dct,
      boolean anaphoric, List<Candidate> found) {
    List<Candidate> candidates = new ArrayList<>();
    for (int ruleIndex = 0; ruleIndex < rules.size(); ruleIndex++) {
      TemporalRule rule = rules.get(ruleIndex);
      if (rule.anaphoric() != anaphoric) {
        continue;
      }
      Matcher match = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      int nextFree = 0;
      for (int index : windows.startsFor(triggerBits[ruleIndex])) {
        int start = windows.start(index);
        if (start < nextFree) {
          continue;
        }
        match.region(start, windows.regionEnd(index));
        if (match.lookingAt() && match.end() > match.start()) {
          collect(rule, ruleIndex, match, text, dct, found, candidates);
          nextFree = match.end();
        }
      }
    }
    return candidates;
  }

  /** The longest candidates that do not overlap each other or what is already kept, in text order. */
  private static List<Candidate> keepLongest(List<Candidate> candidates, List<Candidate> alreadyKept, int length) {
    candidates.sort(Comparator.comparingInt((Candidate c) -> c.start - c.end)
        .thenComparingInt(c -> c.start)
        .thenComparingInt(c -> c.ruleIndex));
    BitSet covered = new BitSet(length);
    alreadyKept.forEach(c -> covered.set(c.start, c.end));
    List<Candidate> kept = new ArrayList<>(alreadyKept);
    for (Candidate candidate : candidates) {
      if (covered.get(candidate.start, candidate.end).isEmpty()) {
        covered.set(candidate.start, candidate.end);
        kept.add(candidate);
      }
    }
    kept.sort(Comparator.comparingInt(c -> c.start));
    return kept;
  }

  private void collect(TemporalRule rule, int ruleIndex, Matcher match, String text, Optional<LocalDate> dct,
      List<Candidate> found, List<Candidate> candidates) {
    int start = trimStart(text, rule.spanStart(match), rule.spanEnd(match));
    int end = trimEnd(text, start, rule.spanEnd(match));
    List<NormalisedTime> earlier = found.stream().filter(c -> c.end <= start).map(c -> c.time).toList();
    RuleContext context = new RuleContext(text, start, end, dct, tenseDetector, earlier);
    Optional<NormalisedTime> normalised = rule.normaliser().normalise(match, context);
    if (normalised.isPresent()) {
      candidates.add(new Candidate(start, end, ruleIndex, normalised.get()));
    }
  }

  private static int trimStart(String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return start;
  }

  private static int trimEnd(String text, int start, int end) {
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
      end--;
    }
    return end;
  }

  private record Candidate(int start, int end, int ruleIndex, NormalisedTime time) {}
}
