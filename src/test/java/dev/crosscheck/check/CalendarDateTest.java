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
    assertThat(CalendarDate.parse("XXXX-WXX-4")).isEmpty();
    assertThat(CalendarDate.parse("PAST_REF")).isEmpty();
    assertThat(CalendarDate.parse("XXXX")).isEmpty();
  }
}
