package dev.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class TriggerWindowsTest {

  /** One sentence or more for every rule (checked below), in the ways news writes them. */
  private static final String NEWS = String.join(" ",
      "Pompeo traveled to Pyongyang over the weekend and met officials on Saturday, July 7, 2018.",
      "The letter, dated July 6, was released on Thursday afternoon; the summit was held on 12 June 2018.",
      "Talks resumed on 2019-06-23 and again in June 2019, after the 1950-53 war and the 1990s.",
      "Earlier in June, Trump said that in May he had written; last week and last month were quiet.",
      "He turned 73 on June 14, and the remains of war dead returned 60 years ago, after nearly a decade.",
      "North Korea has not tested for the past eight months and meets every year, twice a year, daily.",
      "The ceremony begins at 6:08 PM on Christmas, in the spring, in the third quarter of fiscal 2018.",
      "Prices rose 3 percent a year; officials now say recently that yesterday and today and tomorrow",
      "tonight at noon or midnight, early July, late last year, next month, this year, the following day.",
      "The 55 caskets arrived; Kim may meet Trump again, in the past, three times a week, for several years.",
      "The form was filed on 6/23/2019 and the hearings run on April 24 and 25, then June 14-16 and June 14 to 16,",
      "and again between 14 and 16 June; the season runs from December to February.",
      "She was born in nineteen ninety-four, married in January nineteen ninety-seven and left in the winter of",
      "nineteen ninety-four. The '80s and the nineties gave way to the 20th century's end.",
      "The market closes on Mondays and on Tuesday nights, and the vote came the day before last Tuesday.",
      "This morning and last night the board met; the current fiscal year ends at the end of the year, a year-end",
      "review the week of March 4. The year-earlier quarter and the 2017 period compare with the latest quarter",
      "and its first half. He has led for years and, over the years, through decades-long talks and a day-long",
      "meeting. Sales of spring 2020 peaked near Thanksgiving Day and St. Patrick's Day.",
      "The plane landed at 10:30 a.m. on Friday; the march starts at 6pm local time (1700 GMT) on 3 March;",
      "guards woke at 4 in the morning and left at noon on Tuesday. The group meets each Monday and every spring.",
      "That same day, and the day after, officials called; the previous Friday they met, the following month",
      "they signed, in the early afternoon they spoke, and later that year they parted. The talks of Sept5",
      "were moved to Oct.26, and the late-night session ran more than two hours.");

  private static final List<Optional<LocalDate>> DCTS =
      List.of(Optional.of(LocalDate.of(2018, 7, 12)), Optional.empty());

  /** The reference the shortcut stands in for: every rule tried at every position, up to the end. */
  private static TemporalTagger fullScan() {
    return new TemporalTagger(text -> {
      int[] starts = new int[text.length()];
      Arrays.setAll(starts, position -> position);
      int[] ends = new int[text.length()];
      Arrays.fill(ends, text.length());
      return TriggerWindows.Windows.everyRuleAt(starts, ends);
    });
  }

  @Test
  void triggerShortcutFindsExactlyWhatAFullScanFinds() {
    for (Optional<LocalDate> dct : DCTS) {
      assertThat(new TemporalTagger().tag("doc", NEWS, dct))
          .hasSizeGreaterThan(80)
          .isEqualTo(fullScan().tag("doc", NEWS, dct));
    }
  }

  /**
   * Every rule tried at every start near any trigger, whatever its kinds: the windows before rules rested on
   * kinds of trigger. (A full scan finds more in a short text: "its first half" at its end, with no time word
   * after it, is found only near other time words.)
   */
  private static TemporalTagger everyRuleNearEveryTrigger() {
    TriggerWindows triggers = TriggerWindows.load();
    return new TemporalTagger(text -> {
      TriggerWindows.Windows windows = triggers.scan(text);
      int[] near = windows.startsFor(TriggerWindows.bits(List.of(TriggerKind.ANY)));
      return TriggerWindows.Windows.everyRuleAt(Arrays.stream(near).map(windows::start).toArray(),
          Arrays.stream(near).map(windows::regionEnd).toArray());
    });
  }

  @Test
  void eachSentenceAloneIsTaggedAsWhenEveryRuleRanNearEveryTrigger() {
    TemporalTagger shortcut = new TemporalTagger();
    TemporalTagger reference = everyRuleNearEveryTrigger();
    for (String sentence : NEWS.split("(?<=[.;])\\s+")) {
      for (Optional<LocalDate> dct : DCTS) {
        assertThat(shortcut.tag("doc", sentence, dct)).as(sentence).isEqualTo(reference.tag("doc", sentence, dct));
      }
    }
  }

  @Test
  void everyRuleMatchesSomewhereInTheNews() {
    ImmutableList<TemporalRule> rules = TemporalRules.build(TimeLexicon.load());
    assertThat(rules).allSatisfy(rule -> assertThat(rule.pattern().matcher(NEWS).find()).as(rule.name()).isTrue());
  }

  /** What makes the shortcut exact: a rule's every match has a trigger of its kinds near its start. */
  @Test
  void everyMatchOfARuleStartsNearATriggerOfItsKinds() {
    TriggerWindows triggers = TriggerWindows.load();
    TriggerWindows.Windows windows = triggers.scan(NEWS);
    for (TemporalRule rule : TemporalRules.build(TimeLexicon.load())) {
      int[] ruleStarts = Arrays.stream(windows.startsFor(TriggerWindows.bits(rule.triggers())))
          .map(windows::start).toArray();
      int[] allStarts = Arrays.stream(windows.startsFor(TriggerWindows.bits(List.of(TriggerKind.ANY))))
          .map(windows::start).toArray();
      Matcher match = rule.pattern().matcher(NEWS);
      while (match.find()) {
        if (match.end() > match.start() && Arrays.binarySearch(allStarts, match.start()) >= 0) {
          assertThat(Arrays.binarySearch(ruleStarts, match.start())).as(rule.name() + ": " + match.group())
              .isNotNegative();
        }
      }
    }
  }

  @Test
  void aMonthGluedToItsDayIsAMonthTrigger() {
    TriggerWindows.Windows windows = TriggerWindows.load().scan("talks of Sept5 ended");
    int[] monthStarts = Arrays.stream(windows.startsFor(TriggerWindows.bits(List.of(TriggerKind.MONTH))))
        .map(windows::start).toArray();
    assertThat(monthStarts).contains("talks of ".length());
  }
}
