package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.check.CheckResult;
import dev.crosscheck.check.CheckVerdict;
import dev.crosscheck.check.Evidence;
import dev.crosscheck.corpus.DocumentReader;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Claims written for the sample corpus (corpus/: three articles on the Trump–Kim letters). */
class ClaimCheckerTest {

  @TempDir static Path work;
  private static ClaimChecker checker;

  @BeforeAll
  static void open() {
    checker = ClaimChecker.open(Path.of("corpus"), work.resolve("index"), new DocumentReader(), warning -> {});
  }

  @AfterAll
  static void close() throws Exception {
    checker.close();
  }

  @Test
  void aDateStatedThroughAnotherMentionOfTheLetterSupportsIt() {
    CheckResult result = checker.check("The letter Kim sent Trump is dated July 6.");
    assertThat(result.verdict()).isEqualTo(CheckVerdict.SUPPORTED);
    assertThat(result.support()).anyMatch(evidence -> evidence.text().contains("Dated July 6"));
  }

  @Test
  void anOrdinalPinnedToAnotherPlaceContradicts() {
    CheckResult result = checker.check("Kim and Trump held their first meeting in Hanoi.");
    assertThat(result.verdict()).isEqualTo(CheckVerdict.CONTRADICTED);
    assertThat(result.contradict()).anyMatch(evidence -> evidence.text().contains("Singapore"));
  }

  @Test
  void theSameTripMonthsApartContradicts() {
    CheckResult result = checker.check("Pompeo visited Pyongyang in October.");
    assertThat(result.verdict()).isEqualTo(CheckVerdict.CONTRADICTED);
    assertThat(result.contradict()).anyMatch(evidence -> evidence.text().contains("early July"));
  }

  @Test
  void someoneElsesTripIsNoEvidence() {
    assertThat(checker.check("Moon Jae-in traveled to Pyongyang in September.").verdict())
        .isEqualTo(CheckVerdict.NO_EVIDENCE);
  }

  @Test
  void aVisitTheCorpusNeverMentionsIsNoEvidence() {
    assertThat(checker.check("Kim Jong Un flew to Paris in March 2019.").verdict()).isEqualTo(CheckVerdict.NO_EVIDENCE);
  }

  @Test
  void evidenceSentencesAreCountedFromOne() {
    CheckResult result = checker.check("Pompeo traveled to Pyongyang in early July.");
    assertThat(result.support()).isNotEmpty().allMatch(evidence -> evidence.sentence() >= 1);
  }

  @Test
  void theEvidenceSharingMostOfTheClaimComesFirst() {
    CheckResult result = checker.check("Pompeo traveled to Pyongyang in early July.");
    Evidence first = result.support().get(0);
    assertThat(first.text()).contains("Pompeo").contains("Pyongyang");
  }

  @Test
  void aFigureTheCorpusGivesOtherwiseForTheSameFactContradicts() {
    CheckResult result = checker.check("Ten caskets arrived in Hawaii on Wednesday.");
    assertThat(result.verdict()).isEqualTo(CheckVerdict.CONTRADICTED);
    assertThat(result.contradict()).anyMatch(evidence -> evidence.text().startsWith("Fifty-five caskets"));
  }

  @Test
  void theSameFigureSupports() {
    assertThat(checker.check("55 caskets arrived in Hawaii.").verdict()).isEqualTo(CheckVerdict.SUPPORTED);
  }

  @Test
  void aDurationOfTheSameFactGivenOtherwiseContradicts() {
    CheckResult result = checker.check("North Korea has not tested missiles for the past three months.");
    assertThat(result.verdict()).isEqualTo(CheckVerdict.CONTRADICTED);
    assertThat(result.contradict()).anyMatch(evidence -> evidence.text().contains("the past eight months"));
  }
}
