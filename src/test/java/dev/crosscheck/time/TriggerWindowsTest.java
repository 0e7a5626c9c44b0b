package dev.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TriggerWindowsTest {

  /** One sentence or more for every family of expression the rules know. */
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
      "The 55 caskets arrived; Kim may meet Trump again, in the past, three times a week, for several years.");

  @Test
  void triggerShortcutFindsExactlyWhatAFullScanFinds() {
    for (Optional<LocalDate> dct : List.of(Optional.of(LocalDate.of(2018, 7, 12)), Optional.<LocalDate>empty())) {
      assertThat(new TemporalTagger().tag("doc", NEWS, dct))
          .hasSizeGreaterThan(30)
          .isEqualTo(new TemporalTagger(true).tag("doc", NEWS, dct));
    }
  }
}
