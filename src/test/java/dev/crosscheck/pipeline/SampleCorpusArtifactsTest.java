package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.claim.Claim;
import dev.crosscheck.corpus.DocumentReader;
import dev.crosscheck.report.AnalysedDocument;
import dev.crosscheck.report.ClaimFiles;
import dev.crosscheck.report.CorpusAnalysis;
import dev.crosscheck.report.HtmlReportWriter;
import dev.crosscheck.report.ReportJsonWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed claims/ and reports/ of the sample corpus are what the current code produces: when a change
 * alters them, they must be regenerated ({@code ./crosscheck report}) and the difference reviewed.
 */
class SampleCorpusArtifactsTest {

  @TempDir static Path work;
  private static CorpusAnalysis analysis;

  @BeforeAll
  static void analyseSampleCorpus() {
    analysis = new Pipeline(new DocumentReader()).analyse(Path.of("corpus"), work.resolve("index"), warning -> {});
  }

  @Test
  void committedClaimsAreNotStale() throws Exception {
    var byDocument = analysis.claims().stream().collect(Collectors.groupingBy(Claim::documentId));
    for (AnalysedDocument document : analysis.documents()) {
      String id = document.document().id();
      Path committed = Path.of("claims", id + ClaimFiles.EXTENSION);
      assertThat(committed).as("claims file of %s (run ./crosscheck report)", id).exists();
      String expected = new String(ClaimFiles.toBytes(byDocument.getOrDefault(id, List.of())), StandardCharsets.UTF_8);
      assertThat(Files.readString(committed)).as("%s is stale: run ./crosscheck report and review the diff", committed)
          .isEqualTo(expected);
    }
  }

  @Test
  void committedReportJsonIsNotStaleAndIsDeterministic() throws Exception {
    String regenerated = new String(ReportJsonWriter.toBytes(analysis), StandardCharsets.UTF_8);
    CorpusAnalysis again = new Pipeline(new DocumentReader()).analyse(Path.of("corpus"), work.resolve("index2"), w -> {});
    assertThat(new String(ReportJsonWriter.toBytes(again), StandardCharsets.UTF_8)).isEqualTo(regenerated);
    assertThat(HtmlReportWriter.render(again)).isEqualTo(HtmlReportWriter.render(analysis));
    assertThat(Files.readString(Path.of("reports", ReportJsonWriter.FILE_NAME)))
        .as("reports/report.json is stale: run ./crosscheck report and review the diff").isEqualTo(regenerated);
  }
}
