package dev.crosscheck.time;

import static dev.crosscheck.time.TriggerKind.MONTH;
import static dev.crosscheck.time.TriggerKind.PART_OF_DAY;
import static dev.crosscheck.time.TriggerKind.SEASON;
import static dev.crosscheck.time.TriggerKind.SET;
import static dev.crosscheck.time.TriggerKind.UNIT;
import static dev.crosscheck.time.TriggerKind.VAGUE;
import static dev.crosscheck.time.TriggerKind.WEEKDAY;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;

/** Sets and vague references: every year, daily, twice a week, recently, now, the past. */
final class SetRules extends RuleFamily {

  SetRules(TimeLexicon lexicon) {
    super(lexicon);
  }

  @Override
  ImmutableList<TemporalRule> rules() {
    return ImmutableList.<TemporalRule>builder()
        .addAll(setsAndVague())
        .build();
  }

  // ---- sets and vague references: every year, daily, twice a week, recently, now, the past ----

  private ImmutableList<TemporalRule> setsAndVague() {
    return ImmutableList.of(
        rule("every", on(UNIT, WEEKDAY, PART_OF_DAY, SEASON, MONTH), "\\b(?:every|each)\\s+(?:other\\s+)?(?:(?<n>{NUM})\\s+)?(?<u>{UNIT}|{WEEKDAY}|{POD}|{SEASON}"
                + "|{MONTH})\\b",
            (m, c) -> {
              String written = m.group("u");
              Optional<Integer> month = lexicon.month(written);
              if (month.isPresent()) {
                return Optional.of(NormalisedTime.unbounded(TimexType.SET,
                    String.format(Locale.ROOT, "XXXX-%02d", month.get())));
              }
              Optional<String> unit = lexicon.unit(written);
              Optional<Integer> weekday = lexicon.weekday(written);
              if (weekday.isPresent()) {
                return Optional.of(NormalisedTime.unbounded(TimexType.SET, "XXXX-WXX-" + weekday.get()));
              }
              if (unit.isPresent()) {
                double amount = m.group("n") == null ? 1 : lexicon.number(m.group("n")).orElse(1.0);
                if (m.group("n") != null && lexicon.number(m.group("n")).isEmpty()) {
                  return Optional.empty();
                }
                return Optional.of(durationOf(amount, unit.get()).withType(TimexType.SET));
              }
              return Optional.of(NormalisedTime.unbounded(TimexType.SET, lexicon.season(written)
                  .map(season -> "XXXX-" + season)
                  .orElseGet(() -> "XXXX-XX-XXT" + lexicon.partOfDay(written).orElseThrow())));
            }),
        rule("times-per", on(UNIT), "\\b(?:once|twice|[\\w-]+\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<u>{UNIT})\\b",
            (m, c) -> Optional.of(durationOf(1, lexicon.unit(m.group("u")).orElseThrow()).withType(TimexType.SET))),
        rule("set-word", on(SET), "\\b(?<w>{SETWORD})\\b",
            (m, c) -> Optional.of(NormalisedTime.unbounded(TimexType.SET, lexicon.set(m.group("w")).orElseThrow()))),
        rule("vague", on(VAGUE), "\\b(?<v>{VAGUE})\\b",
            (m, c) -> nameParts.dayWordInName(m.group("v"), c) || isNoTimeOfItsOwn(m.group("v"), c) ? Optional.empty()
                : lexicon.vague(m.group("v"))));
  }
}
