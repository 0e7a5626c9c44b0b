package dev.crosscheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CalendarDateTest {

  @Test
  void monthsApartExcludeEachOtherEvenWithoutAYear() {
    CalendarDate september = CalendarDate.parse("XXXX-09").orElseThrow();
    CalendarDate earlyJuly = CalendarDate.parse("XXXX-07").orElseThrow();
    assertThat(september.excludes(earlyJuly)).isTrue();
    assertThat(september.statedBy(earlyJuly)).isFalse();
  }

  @Test
  void aDayIsStatedOnlyByTheSameDay() {
    CalendarDate sixth = CalendarDate.parse("XXXX-07-06").orElseThrow();
    assertThat(sixth.statedBy(CalendarDate.parse("XXXX-07-06").orElseThrow())).isTrue();
    assertThat(sixth.statedBy(CalendarDate.parse("XXXX-07").orElseThrow())).isFalse();
    assertThat(sixth.excludes(CalendarDate.parse("XXXX-07-09").orElseThrow())).isTrue();
  }

  @Test
  void aMonthIsStatedByAnyDayOfIt() {
    assertThat(CalendarDate.parse("XXXX-07").orElseThrow().statedBy(CalendarDate.parse("2018-07-06").orElseThrow()))
        .isTrue();
  }

  @Test
  void aKnownYearAgainstAnUnknownOneIsNotAConflict() {
    assertThat(CalendarDate.parse("2018-07").orElseThrow().excludes(CalendarDate.parse("XXXX-07").orElseThrow()))
        .isFalse();
  }

  @Test
  void weeksAndVagueReferencesAreNoCalendarDate() {
    assertThat(CalendarDate.parse("2019-W25")).isEmpty();
    assertThat(CalendarDate.parse("XXXX-XX-XXT17:50")).isEmpty();
    assertThat(CalendarDate.parse("PAST_REF")).isEmpty();
    assertThat(CalendarDate.parse("XXXX")).isEmpty();
  }

  @Test
  void aWeekdayIsStatedByTheSameWeekdayOrByADateFallingOnIt() {
    CalendarDate tuesday = CalendarDate.parse("XXXX-WXX-2").orElseThrow();
    assertThat(tuesday.statedBy(CalendarDate.parse("XXXX-WXX-2").orElseThrow())).isTrue();
    assertThat(tuesday.statedBy(CalendarDate.parse("2017-05-09").orElseThrow())).isTrue(); // a Tuesday
    assertThat(tuesday.statedBy(CalendarDate.parse("2017-05").orElseThrow())).isFalse();
  }

  @Test
  void aWeekdayExcludesADateFallingOnAnotherDay() {
    CalendarDate monday = CalendarDate.parse("XXXX-WXX-1").orElseThrow();
    assertThat(monday.excludes(CalendarDate.parse("2019-04-16").orElseThrow())).isTrue(); // a Tuesday
    assertThat(monday.excludes(CalendarDate.parse("2019-04").orElseThrow())).isFalse();
    assertThat(monday.excludes(CalendarDate.parse("XXXX-WXX-3").orElseThrow())).isTrue();
  }

  @Test
  void aTimeOfDayAfterTheDateKeepsTheDate() {
    assertThat(CalendarDate.parse("2019-04-15TEV").orElseThrow().statedBy(CalendarDate.parse("2019-04-15").orElseThrow()))
        .isTrue();
    assertThat(CalendarDate.parse("XXXX-WXX-1").orElseThrow().statedBy(CalendarDate.parse("2019-04-15TEV").orElseThrow()))
        .isTrue();
  }
}
