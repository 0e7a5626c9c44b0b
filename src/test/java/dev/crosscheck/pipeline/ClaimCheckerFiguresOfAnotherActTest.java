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

/** A sale whose price differs from an earlier offer's, in three short reports written for this test. */
class ClaimCheckerFiguresOfAnotherActTest {

  @TempDir static Path work;
  private static ClaimChecker checker;

  @BeforeAll
  static void open() throws IOException {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Files.writeString(corpus.resolve("01_wire.txt"), """
        The diocese of Kelsford agreed on Monday to sell the abbey's farmland to Harlow Homes for $4 million, the bishop said.
        Harlow Homes plans to build 200 houses on the farmland.
        """);
    Files.writeString(corpus.resolve("02_local.txt"), """
        In March, Harlow Homes offered to buy the abbey's farmland from the diocese of Kelsford for $3 million.
        The diocese of Kelsford sold the abbey's farmland to Harlow Homes for $4 million this week.
        """);
    Files.writeString(corpus.resolve("03_daily.txt"), """
        Harlow Homes will pay the diocese of Kelsford $3 million for the abbey's farmland, a source said.
        The farmland has been owned by the abbey since 1420.
        """);
    checker = ClaimChecker.open(corpus, work.resolve("index"), new DocumentReader(), warning -> {});
  }

  @AfterAll
  static void close() throws Exception {
    checker.close();
  }

  @Test
  void anOffersPriceDoesNotContradictTheSalesPrice() {
    CheckResult result = checker.check("The diocese agreed to sell the abbey's farmland to Harlow Homes for $4 million.");
    assertThat(result.verdict()).isEqualTo(CheckVerdict.SUPPORTED);
    assertThat(result.contradict()).isEmpty();
  }

  @Test
  void aSalePriceGivenOtherwiseForTheSameSaleContradicts() {
    CheckResult result = checker.check("The diocese agreed to sell the abbey's farmland to Harlow Homes for $9 million.");
    assertThat(result.verdict()).isEqualTo(CheckVerdict.CONTRADICTED);
    assertThat(result.contradict()).anyMatch(evidence -> evidence.text().contains("agreed on Monday to sell"));
  }
}
