package dev.crosscheck.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Everything a report run writes: {@code claims/<id>.jsonl}, report.json and report.html. The three are
 * independent, so they are written side by side (each atomically, so an interrupted run leaves each file
 * either old or new, never half-written).
 */
public final class ReportFiles {

  private ReportFiles() {}

  @FunctionalInterface
  private interface Writing {
    void write() throws IOException;
  }

  /** Writes all three and returns the path of report.html. */
  public static Path write(CorpusAnalysis analysis, Path claimsFolder, Path outputFolder) throws IOException {
    Path html = outputFolder.resolve(HtmlReportWriter.FILE_NAME);
    List<Writing> writings = List.of(
        () -> ClaimFiles.write(analysis, claimsFolder),
        () -> ReportJsonWriter.write(analysis, outputFolder),
        () -> HtmlReportWriter.write(analysis, outputFolder));
    try {
      CompletableFuture.allOf(writings.stream()
          .map(writing -> CompletableFuture.runAsync(() -> {
            try {
              writing.write();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }))
          .toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
    }
    return html;
  }
}
