package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimJson;
import dev.crosscheck.corpus.DocumentReader;
import dev.crosscheck.report.CorpusAnalysis;
import dev.crosscheck.report.HtmlReportWriter;
import dev.crosscheck.report.ReportJsonWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report job over whole corpora: the cache of earlier runs, and corpora too large to keep in memory. */
class PipelineTest {

  private static final String LETTER = """
      ---
      published: 2019-06-23
      ---
      Secretary of State Mike Pompeo said on Sunday that Kim Jong Un had sent a letter to President Trump.
      The letter was dated June 12, according to a White House spokesperson.
      """;
  private static final String SUMMIT = """
      ---
      published: 2019-06-24
      ---
      Trump and Kim met in Singapore on June 12, 2018, for their first summit.
      White House press secretary Sarah Sanders confirmed on Monday that the letter had arrived.
      """;

  @TempDir Path work;

  private final Pipeline pipeline = new Pipeline(new DocumentReader());

  @Test
  void aRerunGivesTheSameAnalysisFromTheCache() throws Exception {
    Path corpus = corpus(List.of(LETTER, SUMMIT));
    CorpusAnalysis fresh = pipeline.analyse(corpus, work.resolve("index"), warning -> {});
    assertThat(work.resolve("analysis").resolve("001.json")).exists();

    CorpusAnalysis again = pipeline.analyse(corpus, work.resolve("index"), warning -> {});

    assertThat(again.claims()).isEqualTo(fresh.claims()).isNotEmpty();
    assertThat(again.findings()).isEqualTo(fresh.findings());
    assertThat(ReportJsonWriter.toBytes(again)).isEqualTo(ReportJsonWriter.toBytes(fresh));
  }

  @Test
  void aCachedEntryIsWhatARerunUses() throws Exception {
    Path corpus = corpus(List.of(LETTER, SUMMIT));
    pipeline.analyse(corpus, work.resolve("index"), warning -> {});
    Path entry = work.resolve("analysis").resolve("001.json");
    ObjectNode json = (ObjectNode) ClaimJson.MAPPER.readTree(entry.toFile());
    ((ObjectNode) json.withArray("claims").get(0)).put("object", "planted in the cache");
    Files.writeString(entry, ClaimJson.MAPPER.writeValueAsString(json));

    CorpusAnalysis again = pipeline.analyse(corpus, work.resolve("index"), warning -> {});

    assertThat(again.claims()).extracting(Claim::object).contains("planted in the cache");
  }

  @Test
  void aChangedDocumentIsAnalysedAgainAndABrokenEntryIsIgnored() throws Exception {
    Path corpus = corpus(List.of(LETTER, SUMMIT));
    pipeline.analyse(corpus, work.resolve("index"), warning -> {});
    Files.writeString(work.resolve("analysis").resolve("002.json"), "{ not json");
    Files.writeString(corpus.resolve("001.txt"), LETTER.replace("June 12", "June 14"));

    CorpusAnalysis again = pipeline.analyse(corpus, work.resolve("index"), warning -> {});
    CorpusAnalysis uncached = pipeline.analyse(corpus, work.resolve("other/index"), warning -> {});

    assertThat(again.claims()).isEqualTo(uncached.claims());
    assertThat(again.claims()).anySatisfy(claim -> assertThat(claim.sentenceText()).contains("June 14"));
  }

  @Test
  void aRemovedDocumentLeavesTheCache() throws Exception {
    Path corpus = corpus(List.of(LETTER, SUMMIT));
    pipeline.analyse(corpus, work.resolve("index"), warning -> {});
    Files.delete(corpus.resolve("002.txt"));

    pipeline.analyse(corpus, work.resolve("index"), warning -> {});

    assertThat(work.resolve("analysis").resolve("002.json")).doesNotExist();
  }

  @Test
  void aCorpusTooLargeToKeepInMemoryStreamsWithTheSameClaims() throws Exception {
    int documents = CorpusAnalysis.FULL_TEXT_DOCUMENTS + 1;
    Path corpus = work.resolve("large");
    Files.createDirectories(corpus);
    for (int i = 0; i < documents; i++) {
      Files.writeString(corpus.resolve(String.format("%04d.txt", i)), i % 2 == 0 ? LETTER : SUMMIT,
          StandardCharsets.UTF_8);
    }

    CorpusAnalysis large = pipeline.analyse(corpus, work.resolve("index"), warning -> {});

    assertThat(large.documents()).hasSize(documents)
        .allSatisfy(analysed -> assertThat(analysed.document().text()).isEmpty());
    CorpusAnalysis small = pipeline.analyse(corpus(List.of(LETTER, SUMMIT)), work.resolve("small/index"), w -> {});
    assertThat(large.claims().stream().filter(claim -> claim.documentId().equals("0000")).map(Claim::sentenceText))
        .containsExactlyElementsOf(small.claims().stream().filter(claim -> claim.documentId().equals("001"))
            .map(Claim::sentenceText).toList());
    String html = HtmlReportWriter.render(large);
    assertThat(html).contains("only the documents and sentences the findings cite")
        .containsPattern("<span class=\"who\">[^<]* and \\d+ more</span>");
  }

  @Test
  void aDocumentOverItsTextBudgetIsAnalysedUpToItWhileTheOthersAreWhole() throws Exception {
    String longLetter = LETTER + "The letter was delivered by hand at the border village of Panmunjom.\n".repeat(20);
    Path corpus = corpus(List.of(longLetter, SUMMIT));
    Pipeline budgeted = new Pipeline(new DocumentReader(), new DocumentBudget(400, 5_000, Duration.ofMinutes(1)));

    CorpusAnalysis analysis = budgeted.analyse(corpus, work.resolve("index"), warning -> {});

    assertThat(analysis.documents()).extracting(analysed -> analysed.document().id()).containsExactly("001", "002");
    assertThat(analysis.documents().get(0).sentences()).allSatisfy(sentence -> assertThat(sentence.end()).isLessThanOrEqualTo(400));
    assertThat(analysis.claims()).filteredOn(claim -> claim.documentId().equals("002")).isNotEmpty();
    assertThat(analysis.skipped()).singleElement().satisfies(skipped -> {
      assertThat(skipped.path()).isEqualTo(corpus.resolve("001.txt"));
      assertThat(skipped.reason()).startsWith("1,5").contains("characters, over the budget of 400 per document");
    });
  }

  @Test
  void claimsOverTheBudgetAreLeftOutAndSaidSoOnEveryRun() throws Exception {
    Path corpus = corpus(List.of(LETTER, SUMMIT));
    Pipeline budgeted = new Pipeline(new DocumentReader(), new DocumentBudget(1_000_000, 2, Duration.ofMinutes(1)));

    CorpusAnalysis fresh = budgeted.analyse(corpus, work.resolve("index"), warning -> {});
    CorpusAnalysis again = budgeted.analyse(corpus, work.resolve("index"), warning -> {});

    for (CorpusAnalysis analysis : List.of(fresh, again)) {
      assertThat(analysis.claims()).filteredOn(claim -> claim.documentId().equals("001")).hasSize(2);
      assertThat(analysis.skipped()).extracting(skipped -> skipped.path().getFileName().toString())
          .containsExactly("001.txt", "002.txt");
      assertThat(analysis.skipped().get(0).reason()).contains("claims, over the budget of 2 per document");
    }
  }

  @Test
  void documentsOverTheirTimeAreSkippedAndTheRunStillEnds() throws Exception {
    Path corpus = corpus(List.of(LETTER, SUMMIT));
    Pipeline hurried = new Pipeline(new DocumentReader(), new DocumentBudget(1_000_000, 5_000, Duration.ofNanos(1)));

    CorpusAnalysis analysis = hurried.analyse(corpus, work.resolve("index"), warning -> {});

    assertThat(analysis.documents()).isEmpty();
    assertThat(analysis.skipped()).hasSize(2).allSatisfy(skipped -> assertThat(skipped.reason())
        .startsWith("analysis took").contains("over the budget of 0 s per document; the document is skipped"));
  }

  private Path corpus(List<String> texts) throws Exception {
    Path corpus = work.resolve("corpus");
    Files.createDirectories(corpus);
    for (int i = 0; i < texts.size(); i++) {
      Files.writeString(corpus.resolve(String.format("%03d.txt", i + 1)), texts.get(i), StandardCharsets.UTF_8);
    }
    return corpus;
  }
}
