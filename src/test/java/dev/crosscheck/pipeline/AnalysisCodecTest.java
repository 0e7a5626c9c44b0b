package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.DocumentReader;
import dev.crosscheck.report.CorpusAnalysis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cached analysis reads back exactly as it was made, claims, times, names and all. */
class AnalysisCodecTest {

  @TempDir Path work;

  @Test
  void anEntryReadsBackEqual() throws Exception {
    Path corpus = work.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("001.txt"), """
        ---
        published: 2022-11-08
        ---
        WASHINGTON (AP) -- Senate Majority Leader Chuck Schumer said on Tuesday that 52 senators had voted for the bill.
        "We will not wait," Schumer told reporters, adding that the vote was "historic."
        The bill, worth $1.2 trillion, now goes to the House, where Speaker Nancy Pelosi expects a vote by Friday.
        """, StandardCharsets.UTF_8);
    CorpusAnalysis analysis = new Pipeline(new DocumentReader()).analyse(corpus, work.resolve("index"), w -> {});
    Document document = new DocumentReader().read(corpus.resolve("001.txt"));
    AnalysisCache.Entry entry = new AnalysisCache(work.resolve("analysis"), CodeFingerprint.value()).load(document)
        .orElseThrow();

    AnalysisCache.Entry again = AnalysisCodec.decode("001", AnalysisCodec.read(AnalysisCodec.encode(entry)));

    assertThat(again).isEqualTo(entry);
    assertThat(entry.claims()).isEqualTo(analysis.claims()).isNotEmpty();
    assertThat(entry.times()).isNotEmpty();
    assertThat(entry.names().fullNames()).isNotEmpty();
    assertThat(entry.nameAnswers()).isNotEmpty();
    assertThat(entry.agencyCredit()).isPresent();
  }
}
