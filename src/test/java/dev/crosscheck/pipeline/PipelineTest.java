package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.DocumentReader;
import dev.crosscheck.report.CorpusAnalysis;
import dev.crosscheck.report.HtmlReportWriter;
import dev.crosscheck.report.ReportJsonWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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
    assertThat(cache().load(read(corpus, "001"))).isPresent();

    CorpusAnalysis again = pipeline.analyse(corpus, work.resolve("index"), warning -> {});

    assertThat(again.claims()).isEqualTo(fresh.claims()).isNotEmpty();
    assertThat(again.findings()).isEqualTo(fresh.findings());
    assertThat(ReportJsonWriter.toBytes(again)).isEqualTo(ReportJsonWriter.toBytes(fresh));
  }

  @Test
  void aCachedEntryIsWhatARerunUses() throws Exception {
    Path corpus = corpus(List.of(LETTER, SUMMIT));
    pipeline.analyse(corpus, work.resolve("index"), warning -> {});
    plantInCache(corpus, "001");

    CorpusAnalysis again = pipeline.analyse(corpus, work.resolve("index"), warning -> {});

    assertThat(again.claims()).extracting(Claim::object).contains("planted in the cache");
  }

  @Test
  void anArticleNamingOtherPeopleLeavesTheClaimsOfTheOthersCached() throws Exception {
    Path corpus = corpus(List.of(LETTER, SUMMIT));
    pipeline.analyse(corpus, work.resolve("index"), warning -> {});
    plantInCache(corpus, "001");
    write(corpus.resolve("003.txt"), """
        Treasury Secretary Steven Mnuchin said on Tuesday that the sanctions would stay in place.
        """);

    CorpusAnalysis again = pipeline.analyse(corpus, work.resolve("index"), warning -> {});

    assertThat(again.claims()).extracting(Claim::object).contains("planted in the cache");
    assertThat(again.claims()).anySatisfy(claim -> assertThat(claim.subject()).isEqualTo("Steven Mnuchin"));
  }

  @Test
  void anArticleThatChangesWhoANameIsHasTheOthersAnalysedAgain() throws Exception {
    Path corpus = corpus(List.of(LETTER, SUMMIT));
    pipeline.analyse(corpus, work.resolve("index"), warning -> {});
    plantInCache(corpus, "001");
    // "President Trump" of the letter's article is now Donald Trump, named in full
    write(corpus.resolve("003.txt"), """
        President Donald Trump said on Tuesday that he had received a beautiful letter.
        """);

    CorpusAnalysis again = pipeline.analyse(corpus, work.resolve("index"), warning -> {});
    CorpusAnalysis fresh = pipeline.analyse(corpus, work.resolve("fresh/index"), warning -> {});

    assertThat(again.claims()).extracting(Claim::object).doesNotContain("planted in the cache");
    assertThat(again.claims()).isEqualTo(fresh.claims());
    assertThat(again.claims()).anySatisfy(claim -> {
      assertThat(claim.documentId()).isEqualTo("001");
      assertThat(claim.slots().getOrDefault("entities", "")).contains("Donald Trump");
    });
  }

  /** Replaces the object of a document's first cached claim, so that a test sees whether a rerun used it. */
  private void plantInCache(Path corpus, String documentId) throws Exception {
    AnalysisCache cache = cache();
    AnalysisCache.Entry entry = cache.load(read(corpus, documentId)).orElseThrow();
    Claim first = entry.claims().get(0);
    cache.store(new AnalysisCache.Entry(entry.documentId(), entry.contentHash(), entry.published(), entry.sentences(),
        entry.times(), entry.names(), entry.entities(), entry.nameAnswers(), ImmutableList.<Claim>builder()
            .add(new Claim(first.id(), first.documentId(), first.sentence(), first.sentenceText(), first.start(),
                first.end(), first.type(), first.subject(), first.predicate(), "planted in the cache", first.time(),
                first.attribution(), first.slots()))
            .addAll(entry.claims().subList(1, entry.claims().size())).build(), entry.agencyCredit()));
    cache.commit(Set.of("001", "002"));
  }

  @Test
  void aChangedDocumentIsAnalysedAgainAndABrokenCacheIsIgnored() throws Exception {
    Path corpus = corpus(List.of(LETTER, SUMMIT));
    pipeline.analyse(corpus, work.resolve("index"), warning -> {});
    try (Stream<Path> segments = Files.list(work.resolve("analysis"))) {
      for (Path segment : segments.toList()) {
        byte[] bytes = Files.readAllBytes(segment);
        Files.write(segment, Arrays.copyOf(bytes, bytes.length / 2));
      }
    }
    Files.writeString(work.resolve("comparison.bin"), "{ not smile");
    Files.writeString(corpus.resolve("001.txt"), LETTER.replace("June 12", "June 14"));

    CorpusAnalysis again = pipeline.analyse(corpus, work.resolve("index"), warning -> {});
    CorpusAnalysis uncached = pipeline.analyse(corpus, work.resolve("other/index"), warning -> {});

    assertThat(again.claims()).isEqualTo(uncached.claims());
    assertThat(again.findings()).isEqualTo(uncached.findings());
    assertThat(again.claims()).anySatisfy(claim -> assertThat(claim.sentenceText()).contains("June 14"));
  }

  @Test
  void aRemovedDocumentLeavesTheCache() throws Exception {
    Path corpus = corpus(List.of(LETTER, SUMMIT));
    pipeline.analyse(corpus, work.resolve("index"), warning -> {});
    Document removed = read(corpus, "002");
    Files.delete(corpus.resolve("002.txt"));

    pipeline.analyse(corpus, work.resolve("index"), warning -> {});

    assertThat(cache().load(removed)).isEmpty();
    assertThat(cache().load(read(corpus, "001"))).isPresent();
  }

  /**
   * A rerun reuses every analysis it can, and the previous comparison when nothing it reads has moved; after
   * any change its findings are still exactly those of a run on the changed corpus from scratch.
   */
  @Test
  void aRerunAfterChangingAddingOrRemovingADocumentReportsWhatAFreshRunReports() throws Exception {
    String denial = """
        ---
        published: 2019-06-25
        ---
        A White House spokesperson said on Tuesday that the letter was dated June 14, not June 12.
        Kim Jong Un had sent the letter to President Trump, the spokesperson said.
        """;
    Path corpus = corpus(List.of(LETTER, SUMMIT));
    pipeline.analyse(corpus, work.resolve("index"), warning -> {});
    List<Runnable> changes = List.of(
        () -> write(corpus.resolve("003.txt"), denial),
        () -> write(corpus.resolve("001.txt"), LETTER + "The letter was carried by hand.\n"),
        () -> write(corpus.resolve("002.txt"), SUMMIT.replace("Monday", "Tuesday")),
        () -> delete(corpus.resolve("001.txt")),
        () -> { });
    int step = 0;
    for (Runnable change : changes) {
      change.run();
      CorpusAnalysis again = pipeline.analyse(corpus, work.resolve("index"), warning -> {});
      CorpusAnalysis fresh = pipeline.analyse(corpus, work.resolve("fresh" + step++ + "/index"), warning -> {});

      assertThat(again.claims()).isEqualTo(fresh.claims());
      assertThat(again.clusters()).isEqualTo(fresh.clusters());
      assertThat(again.findings()).isEqualTo(fresh.findings());
      assertThat(ReportJsonWriter.toBytes(again)).isEqualTo(ReportJsonWriter.toBytes(fresh));
    }
  }

  private AnalysisCache cache() {
    return new AnalysisCache(work.resolve("analysis"), CodeFingerprint.value());
  }

  private static Document read(Path corpus, String id) throws Exception {
    return new DocumentReader().read(corpus.resolve(id + ".txt"));
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.delete(file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
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
