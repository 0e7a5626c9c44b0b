package dev.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class TimexCalendarTest {

  @Test
  void easterFollowsTheGregorianComputus() {
    assertThat(TimexCalendar.easter(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
    assertThat(TimexCalendar.easter(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
    assertThat(TimexCalendar.easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(TimexCalendar.easter(1998)).isEqualTo(LocalDate.of(1998, 4, 12));
  }

  @Test
  void thePastWeekIsTheSevenDaysBeforeTheDct() {
    NormalisedTime pastWeek = TimexCalendar.sevenDaysBefore(LocalDate.of(2000, 4, 14));
    assertThat(pastWeek.value()).isEqualTo("2000-W15");
    assertThat(pastWeek.interval()).contains(new TimeInterval(LocalDate.of(2000, 4, 7), LocalDate.of(2000, 4, 13)));
  }

  @Test
  void isoWeekValueIsZeroPaddedAndSpansMondayToSunday() {
    NormalisedTime week = TimexCalendar.week(LocalDate.of(2000, 2, 16));
    assertThat(week.value()).isEqualTo("2000-W07");
    assertThat(week.interval()).contains(new TimeInterval(LocalDate.of(2000, 2, 14), LocalDate.of(2000, 2, 20)));
  }

  @Test
  void newsWeekdaysLookBackInThePastAndAheadInTheFuture() {
    LocalDate sunday = LocalDate.of(2019, 6, 23);
    assertThat(TimexCalendar.weekday(DayOfWeek.SUNDAY, sunday, Tense.PAST)).isEqualTo(sunday);
    assertThat(TimexCalendar.weekday(DayOfWeek.SATURDAY, sunday, Tense.PAST)).isEqualTo("2019-06-22");
    assertThat(TimexCalendar.weekday(DayOfWeek.WEDNESDAY, sunday, Tense.FUTURE)).isEqualTo("2019-06-26");
  }

  @Test
  void yearlessDateCrossesTheYearBoundaryOnlyWhenTheTenseSaysSo() {
    LocalDate dct = LocalDate.of(2019, 1, 3);
    assertThat(TimexCalendar.yearOf(MonthDay.of(12, 28), dct, Tense.PAST)).isEqualTo(2018);
    assertThat(TimexCalendar.yearOf(MonthDay.of(1, 10), dct, Tense.PAST)).isEqualTo(2019);
    assertThat(TimexCalendar.yearOf(MonthDay.of(12, 28), LocalDate.of(2019, 11, 3), Tense.FUTURE)).isEqualTo(2019);
  }

  @Test
  void earlyMidLateSplitAMonthAtTheTenthAndTwentieth() {
    TimeInterval july = TimexCalendar.month(java.time.YearMonth.of(2018, 7)).interval().orElseThrow();
    assertThat(TimexCalendar.narrow(july, "early")).isEqualTo(new TimeInterval(LocalDate.of(2018, 7, 1), LocalDate.of(2018, 7, 10)));
    assertThat(TimexCalendar.narrow(july, "late")).isEqualTo(new TimeInterval(LocalDate.of(2018, 7, 21), LocalDate.of(2018, 7, 31)));
  }
}
