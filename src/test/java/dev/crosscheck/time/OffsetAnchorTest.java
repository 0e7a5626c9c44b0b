package dev.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OffsetAnchorTest {

  @Test
  void agoAndHenceCountFromThePublicationDate() {
    assertThat(OffsetAnchor.measuresAGap("ago", "Y", ", the plant closed.")).isFalse();
    assertThat(OffsetAnchor.measuresAGap("hence", "Y", ".")).isFalse();
  }

  @Test
  void aComparisonOrANamedEventAfterTheAmountMakesItAGap() {
    assertThat(OffsetAnchor.measuresAGap("earlier", "W", " than planned.")).isTrue();
    assertThat(OffsetAnchor.measuresAGap("later", "D", " than the rules allow")).isTrue();
    assertThat(OffsetAnchor.measuresAGap("before", "D", " the vote was held")).isTrue();
    assertThat(OffsetAnchor.measuresAGap("from now", "Y", " the mine")).isTrue();
  }

  @Test
  void yearsAndMonthsEarlierCompareWithThePublicationsPeriod() {
    assertThat(OffsetAnchor.measuresAGap("earlier", "Y", ".")).isFalse();
    assertThat(OffsetAnchor.measuresAGap("before", "M", ", when the talks broke down")).isFalse();
  }

  @Test
  void laterAndDaysOrWeeksEarlierCountFromTheStorysLastEvent() {
    assertThat(OffsetAnchor.measuresAGap("later", "Y", ", the mine closed.")).isTrue();
    assertThat(OffsetAnchor.measuresAGap("earlier", "D", ", trucks crossed the border.")).isTrue();
    assertThat(OffsetAnchor.measuresAGap("before", "W", ".")).isTrue();
  }

  @Test
  void hoursAndMinutesAreAlwaysAGap() {
    assertThat(OffsetAnchor.measuresAGap("later", "H", ", he was dead.")).isTrue();
    assertThat(OffsetAnchor.measuresAGap("earlier", "MIN", ".")).isTrue();
  }
}
