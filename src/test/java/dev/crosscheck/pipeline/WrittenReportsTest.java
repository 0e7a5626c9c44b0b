package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.corpus.DocumentReader;
import dev.crosscheck.report.CorpusAnalysis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report files are written again only when what they would hold, or what is on disk, has changed. */
class WrittenReportsTest {

  private static final String STORM = """
      ---
      published: 2023-09-14
      ---
      The storm made landfall near Cedar Key at 7:45 a.m. on Wednesday, the National Hurricane Center said.
      """;
  private static final String LANDFALL = """
      ---
      published: 2023-09-14
      ---
      Forecasters said the hurricane came ashore near Cedar Key at 7:45 a.m. on Wednesday.
      """;

  @TempDir Path work;

  @Test
  void anUnchangedAnalysisLeavesTheFilesAloneAndAnyChangeWritesThemAgain() throws Exception {
    Path corpus = work.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("001.txt"), STORM, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("002.txt"), LANDFALL, StandardCharsets.UTF_8);
    Pipeline pipeline = new Pipeline(new DocumentReader());
    Path index = work.resolve("index");
    Path claims = work.resolve("claims");
    Path out = work.resolve("out");
    WrittenReports.write(pipeline.analyse(corpus, index, w -> {}), index, claims, out);
    Path json = out.resolve("report.json");
    byte[] written = Files.readAllBytes(json);
    FileTime touched = FileTime.fromMillis(1_000_000_000_000L);

    Files.setLastModifiedTime(json, touched);
    WrittenReports.write(pipeline.analyse(corpus, index, w -> {}), index, claims, out);
    assertThat(Files.getLastModifiedTime(json)).isNotEqualTo(touched);
    assertThat(Files.readAllBytes(json)).isEqualTo(written);
    FileTime rewritten = Files.getLastModifiedTime(json);
    WrittenReports.write(pipeline.analyse(corpus, index, w -> {}), index, claims, out);
    assertThat(Files.getLastModifiedTime(json)).isEqualTo(rewritten);

    Files.writeString(json, "{}");
    WrittenReports.write(pipeline.analyse(corpus, index, w -> {}), index, claims, out);
    assertThat(Files.readAllBytes(json)).isEqualTo(written);

    Files.writeString(corpus.resolve("002.txt"), LANDFALL.replace("7:45", "8:15"), StandardCharsets.UTF_8);
    CorpusAnalysis changed = pipeline.analyse(corpus, index, w -> {});
    WrittenReports.write(changed, index, claims, out);
    assertThat(Files.readString(json)).contains("8:15");
    assertThat(Files.readString(claims.resolve("002.jsonl"))).contains("8:15");
  }
}
