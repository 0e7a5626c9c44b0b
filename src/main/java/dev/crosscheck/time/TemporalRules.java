package dev.crosscheck.time;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The recognition rules, one family of expressions per class, written over the lexicon's word lists. Every
 * pattern is compiled once, when the tagger is built. Overlaps between rules are settled by the tagger
 * (longest match wins, then the earliest, then the rule listed first), so a rule may match a part of a longer
 * expression another rule covers.
 */
final class TemporalRules {

  private TemporalRules() {}

  static ImmutableList<TemporalRule> build(TimeLexicon lexicon) {
    List<RuleFamily> families = List.of(new DateRules(lexicon), new DayRules(lexicon), new DurationRules(lexicon),
        new PeriodRules(lexicon), new ClockRules(lexicon), new SetRules(lexicon), new AnaphoraRules(lexicon));
    return families.stream().flatMap(family -> family.rules().stream()).collect(ImmutableList.toImmutableList());
  }
}
