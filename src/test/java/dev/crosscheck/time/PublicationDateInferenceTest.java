package dev.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.corpus.Basis;
import dev.crosscheck.corpus.MetadataValue;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicationDateInferenceTest {

  private final PublicationDateInference inference = new PublicationDateInference(new TemporalTagger());

  @Test
  void yearlessDateCountsOnlyWhenTheTextStatesTheYear() {
    String text = "Trump on Thursday revealed a letter from Kim. Dated July 6, the note followed their summit"
        + " in Singapore, the first since the 1950-53 war ended. The two met in 2018 for the first time.";
    MetadataValue<LocalDate> published = inference.infer("doc", text);
    assertThat(published.basis()).isEqualTo(Basis.INFERRED);
    assertThat(published.value()).contains(LocalDate.of(2018, 7, 6));
    assertThat(published.evidence()).contains("July 6").contains("2018");
  }

  @Test
  void neverInventsAYear() {
    String text = "Trump on Thursday revealed a letter from Kim. Dated July 6, the note was the latest.";
    assertThat(inference.infer("doc", text)).isEqualTo(MetadataValue.unknown());
  }

  @Test
  void latestReportedDateBoundsThePublication() {
    String text = "The summit took place on June 12, 2018. Pompeo flew to Pyongyang on July 6, 2018."
        + " The next round will be held on Sept. 30, 2018.";
    MetadataValue<LocalDate> published = inference.infer("doc", text);
    assertThat(published.value()).contains(LocalDate.of(2018, 7, 6));
    assertThat(published.evidence()).contains("July 6, 2018");
  }

  @Test
  void wireDatelineDatesTheStoryInTheYearAfterWhatItLooksBackOn() {
    String text = "The night the mill burned\n\nLyon, Feb 3 (AFP): Friday, November 12, 2021. A guard smells smoke"
        + " in the old spinning mill shortly after ten.";
    MetadataValue<LocalDate> published = inference.infer("doc", text);
    assertThat(published.value()).contains(LocalDate.of(2022, 2, 3));
    assertThat(published.evidence()).contains("dateline").contains("Feb 3");
  }

  @Test
  void dateInTheFirstSentenceIsNoDateline() {
    String text = "Lyon, Feb 3 was the day the mill burned, and on November 12, 2021 it was sold.";
    assertThat(inference.infer("doc", text).evidence()).doesNotContain("dateline");
  }

  @Test
  void yearlessDatelineIsTheFirstSuchDayAfterTheLatestReportedDay() {
    String text = "The night the museum burned\n\nLONDON, March 3 (Reuters) - Sunday, November 24, 2024. The alarm"
        + " sounded at 9:10 pm, and nobody hurried.";
    MetadataValue<LocalDate> published = inference.infer("doc", text);
    assertThat(published.basis()).isEqualTo(Basis.INFERRED);
    assertThat(published.value()).contains(LocalDate.of(2025, 3, 3));
    assertThat(published.evidence()).contains("dateline").contains("March 3");
  }

  @Test
  void aDayInsideTheTextIsNoDateline() {
    String text = "The museum burned on Sunday, November 24, 2024.\nInvestigators said on March 3 that the wiring"
        + " was old.";
    assertThat(inference.infer("doc", text).value()).contains(LocalDate.of(2024, 11, 24));
  }
}
