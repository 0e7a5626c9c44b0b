package dev.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.time.TimeExpression;
import dev.crosscheck.time.TimeInterval;
import dev.crosscheck.time.TimexType;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatingTest {

  @Test
  void dayOfUnknownYearMatchesTheSameDayOfAKnownYear() {
    assertThat(unknownYear("XXXX-07-06").relate(known("2018-07-06", "2018-07-06"), 0, 1))
        .isEqualTo(TimeRelation.COMPATIBLE);
  }

  @Test
  void dayOfUnknownYearOutsideAKnownMonthIsApart() {
    assertThat(unknownYear("XXXX-07-06").relate(known("2019-06-01", "2019-06-30"), 0, 1))
        .isEqualTo(TimeRelation.APART);
  }

  @Test
  void weekdayInsideEarlyJulyIsCompatible() {
    assertThat(known("2018-07-07", "2018-07-08").relate(known("2018-07-01", "2018-07-10"), 0, 1))
        .isEqualTo(TimeRelation.COMPATIBLE);
  }

  @Test
  void adjacentPreciseDaysAreCloseButDisjoint() {
    assertThat(known("2018-09-09", "2018-09-09").relate(known("2018-09-10", "2018-09-10"), 0, 1))
        .isEqualTo(TimeRelation.CLOSE_BUT_DISJOINT);
  }

  @Test
  void adjacentDaysOfARecurringKindAreApart() {
    assertThat(known("2018-09-09", "2018-09-09").relate(known("2018-09-10", "2018-09-10"), 0, 0))
        .isEqualTo(TimeRelation.APART);
  }

  @Test
  void adjacentMonthsAreNeverAConflictAtThatPrecision() {
    assertThat(known("2018-06-01", "2018-06-30").relate(known("2018-07-01", "2018-07-31"), 0, 1))
        .isEqualTo(TimeRelation.APART);
  }

  @Test
  void slackLetsAVisitSpanTheDaysAround() {
    assertThat(known("2018-07-07", "2018-07-08").relate(known("2018-07-06", "2018-07-06"), 0, 1))
        .isEqualTo(TimeRelation.CLOSE_BUT_DISJOINT);
    assertThat(known("2018-07-07", "2018-07-08").relate(known("2018-07-06", "2018-07-06"), 2, 1))
        .isEqualTo(TimeRelation.COMPATIBLE);
  }

  @Test
  void valueWithoutIntervalIsReadFromTheTimexValue() {
    Dating week = Dating.of(new TimeExpression("d", 0, 9, "last week", TimexType.DATE, "2018-W30", Optional.empty()));

    assertThat(week.interval()).contains(new TimeInterval(LocalDate.parse("2018-07-23"), LocalDate.parse("2018-07-29")));
  }

  @Test
  void vagueReferenceIsUnknownAndComparesToNothing() {
    Dating recently = Dating.of(new TimeExpression("d", 0, 8, "recently", TimexType.DATE, "PAST_REF", Optional.empty()));

    assertThat(recently.isKnown()).isFalse();
    assertThat(recently.relate(known("2018-07-06", "2018-07-06"), 0, 1)).isEqualTo(TimeRelation.UNKNOWN);
  }

  @Test
  void weekdayOfUnknownWeekFitsADayOnThatWeekday() {
    // 2021-03-14 was a Sunday
    assertThat(unknownYear("XXXX-WXX-7").relate(known("2021-03-14", "2021-03-14"), 0, 1))
        .isEqualTo(TimeRelation.COMPATIBLE);
    assertThat(known("2021-03-14", "2021-03-14").relate(unknownYear("XXXX-WXX-7TEV"), 0, 1))
        .as("'Sunday night' is still a Sunday").isEqualTo(TimeRelation.COMPATIBLE);
  }

  @Test
  void weekdayOfUnknownWeekNeverConflicts() {
    // "on Friday" in an undated article may be of another week than Sunday, March 14
    assertThat(unknownYear("XXXX-WXX-5").relate(known("2021-03-14", "2021-03-14"), 0, 1))
        .isEqualTo(TimeRelation.UNKNOWN);
    assertThat(unknownYear("XXXX-WXX-5").relate(unknownYear("XXXX-WXX-4"), 0, 1)).isEqualTo(TimeRelation.UNKNOWN);
    assertThat(unknownYear("XXXX-WXX-5").relate(known("2021-03-08", "2021-03-14"), 0, 1))
        .as("a week holds every weekday: 'last week' is no Friday").isEqualTo(TimeRelation.UNKNOWN);
  }

  @Test
  void sameWeekdayAtAnotherGrainIsCompatible() {
    assertThat(unknownYear("XXXX-WXX-2").relate(unknownYear("XXXX-WXX-2TAF"), 0, 1))
        .isEqualTo(TimeRelation.COMPATIBLE);
  }

  private static Dating known(String earliest, String latest) {
    return Dating.of(new TimeExpression("d", 0, 1, "x", TimexType.DATE, earliest,
        Optional.of(new TimeInterval(LocalDate.parse(earliest), LocalDate.parse(latest)))));
  }

  private static Dating unknownYear(String value) {
    return Dating.of(new TimeExpression("d", 0, 1, "x", TimexType.DATE, value, Optional.empty()));
  }
}
