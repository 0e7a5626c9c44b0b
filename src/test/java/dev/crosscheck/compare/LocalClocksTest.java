package dev.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.claim.TypedValue;
import dev.crosscheck.claim.ValueKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalClocksTest {

  /** 8.10pm in the zone's own clock, as the claim stage keeps it for an undated article. */
  private static final TypedValue TEN_PAST_EIGHT_IN_MADRID =
      new TypedValue(ValueKind.CLOCK, "Europe/Madrid", 20 * 60 + 9.5, 20 * 60 + 10.5, "", "");

  @Test
  void aLocalClockIsReadAtTheOffsetOfTheStorysDays() {
    TypedValue utc = LocalClocks.of(List.of(LocalDate.of(2024, 7, 2), LocalDate.of(2024, 7, 3)))
        .inUtc(TEN_PAST_EIGHT_IN_MADRID);

    // Madrid keeps summer time in July: UTC+2
    assertThat(utc.unit()).isEqualTo("UTC");
    assertThat((utc.low() + utc.high()) / 2).isEqualTo(18 * 60 + 10.0);
  }

  @Test
  void aClockJustAfterMidnightLocallyIsTheEveningBeforeInUtc() {
    TypedValue quarterPastMidnight = new TypedValue(ValueKind.CLOCK, "Europe/Madrid", 14.5, 15.5, "", "");

    TypedValue utc = LocalClocks.of(List.of(LocalDate.of(2024, 1, 10))).inUtc(quarterPastMidnight);

    assertThat((utc.low() + utc.high()) / 2).isEqualTo(23 * 60 + 15.0);
  }

  @Test
  void daysOnBothSidesOfAChangeOfOffsetLeaveTheClockInItsZone() {
    TypedValue kept = LocalClocks.of(List.of(LocalDate.of(2024, 3, 20), LocalDate.of(2024, 4, 5)))
        .inUtc(TEN_PAST_EIGHT_IN_MADRID);

    assertThat(kept).isEqualTo(TEN_PAST_EIGHT_IN_MADRID);
  }

  @Test
  void withoutStatedDaysTheClockStaysInItsZone() {
    assertThat(LocalClocks.of(List.of()).inUtc(TEN_PAST_EIGHT_IN_MADRID)).isEqualTo(TEN_PAST_EIGHT_IN_MADRID);
  }
}
