package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.check.CheckResult;
import dev.crosscheck.check.CheckVerdict;
import dev.crosscheck.corpus.DocumentReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims checked against three short reports written for this test on a fire at an old abbey. */
class ClaimCheckerWrittenStoryTest {

  @TempDir static Path work;
  private static ClaimChecker checker;

  @BeforeAll
  static void open() throws IOException {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Files.writeString(corpus.resolve("01_wire.txt"), """
        A fire broke out at Kelsford Abbey on Tuesday evening, destroying much of its roof.
        Firefighters fought the fire through the night and brought it under control early on Wednesday.
        The 700-year-old abbey had reopened to visitors only last spring after a long restoration.
        One firefighter was treated for smoke inhalation at the scene.
        The fire service said the cause of the fire was not yet known.
        """);
    Files.writeString(corpus.resolve("02_local.txt"), """
        Crowds gathered in the market square as the fire spread across the roof of Kelsford Abbey.
        The fire began in the bell tower, witnesses said, and spread within an hour.
        Fire crews from three counties were called to the abbey.
        The 700-year-old building was evacuated before the roof gave way.
        The abbey's organ, built in 1862, was saved by volunteers.
        """);
    Files.writeString(corpus.resolve("03_daily.txt"), """
        The fire at Kelsford Abbey was the worst in the county for a decade.
        The bishop thanked the fire crews and said the abbey would be rebuilt.
        Services will be held in the parish church while the abbey is closed.
        Insurers said the fire damage to the abbey would take years to assess.
        Townspeople left flowers at the gates of the abbey on Thursday.
        """);
    checker = ClaimChecker.open(corpus, work.resolve("index"), new DocumentReader(), warning -> {});
  }

  @AfterAll
  static void close() throws Exception {
    checker.close();
  }

  @Test
  void aWeekdayTypedWithoutADateIsStatedByTheSameWeekday() {
    CheckResult result = checker.check("The fire at Kelsford Abbey broke out on Tuesday.");
    assertThat(result.verdict()).isEqualTo(CheckVerdict.SUPPORTED);
    assertThat(result.support()).anyMatch(evidence -> evidence.text().contains("on Tuesday evening"));
  }

  @Test
  void anAgeOfTheThingTheReportIsAboutSupportsAndContradicts() {
    CheckResult supported = checker.check("The abbey is 700 years old.");
    assertThat(supported.verdict()).isEqualTo(CheckVerdict.SUPPORTED);
    assertThat(supported.support()).anyMatch(evidence -> evidence.text().contains("700-year-old building"));

    CheckResult contradicted = checker.check("Kelsford Abbey is 400 years old.");
    assertThat(contradicted.verdict()).isEqualTo(CheckVerdict.CONTRADICTED);
  }

  @Test
  void aClaimWithNothingTypedIsSupportedByTheSentenceRestatingIt() {
    CheckResult result = checker.check("One firefighter was treated for smoke inhalation.");
    assertThat(result.verdict()).isEqualTo(CheckVerdict.SUPPORTED);
    assertThat(result.support()).singleElement()
        .satisfies(evidence -> assertThat(evidence.text()).startsWith("One firefighter was treated"));
  }

  @Test
  void aClaimWithNothingTypedThatNoSentenceRestatesHasNoEvidence() {
    assertThat(checker.check("The bishop was injured in the fire.").verdict()).isEqualTo(CheckVerdict.NO_EVIDENCE);
  }
}
