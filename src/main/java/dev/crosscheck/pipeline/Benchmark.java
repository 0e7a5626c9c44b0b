package dev.crosscheck.pipeline;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.compare.ComparisonResult;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.CorpusListing;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.DocumentReader;
import dev.crosscheck.index.SentenceIndexer;
import dev.crosscheck.report.AnalysedDocument;
import dev.crosscheck.report.CorpusAnalysis;
import dev.crosscheck.report.ReportFiles;
import dev.crosscheck.text.Sentence;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs each stage of the pipeline over a corpus, then the whole report job, timing each and recording the
 * peak heap it reached. Stages run one after another on the same inputs, as the report job chains them.
 */
public final class Benchmark {

  /**
   * One measured stage.
   *
   * @param items what the stage produced that is worth counting (sentences, time expressions, claims,
   *     findings)
   * @param peakHeapBytes the largest heap in use at any time during the stage
   */
  public record StageResult(String stage, int documents, long textBytes, long sentences, long items,
      String itemName, long wallNanos, long peakHeapBytes) {

    public double seconds() {
      return wallNanos / 1e9;
    }

    public double documentsPerSecond() {
      return documents / seconds();
    }

    public double megabytesPerSecond() {
      return textBytes / 1e6 / seconds();
    }

    public double sentencesPerSecond() {
      return sentences / seconds();
    }
  }

  private final DocumentReader reader;

  public Benchmark(DocumentReader reader) {
    this.reader = reader;
  }

  /**
   * Each stage on its own (the whole corpus held in memory, to time stages apart), unless
   * {@code endToEndOnly}; then the report job four times: fresh, again with nothing changed, with one
   * document changed, and with one article added. The report runs on a linked copy of the corpus, so
   * changing a document there leaves the user's corpus alone.
   */
  public ImmutableList<StageResult> run(Path corpusFolder, Path workFolder, boolean endToEndOnly) throws IOException {
    Pipeline pipeline = new Pipeline(reader);
    ImmutableList.Builder<StageResult> results = ImmutableList.builder();
    if (!endToEndOnly) {
      stages(pipeline, corpusFolder, workFolder, results);
    }
    Path corpus = linkedCopy(corpusFolder, workFolder.resolve("corpus"));
    int count = CorpusListing.of(corpus).files().size();
    long bytes = textBytes(corpus);

    // each run keeps only its counts, so runs do not share the heap with the analyses of earlier ones
    Measured<Counts> endToEnd = measure(() -> Counts.of(report(pipeline, corpus, workFolder)));
    long sentenceCount = endToEnd.value().sentences();
    results.add(endToEnd.result("report, end to end (fresh)", count, bytes, sentenceCount,
        endToEnd.value().findings(), "findings"));

    Measured<Counts> rerun = measure(() -> Counts.of(report(pipeline, corpus, workFolder)));
    results.add(rerun.result("report again, nothing changed", count, bytes, sentenceCount,
        rerun.value().findings(), "findings"));

    changeOneDocument(corpus);
    Measured<Counts> changed = measure(() -> Counts.of(report(pipeline, corpus, workFolder)));
    results.add(changed.result("report again, one document changed", count, bytes, sentenceCount,
        changed.value().findings(), "findings"));

    addArticleNamingNewPeople(corpus);
    Measured<Counts> added = measure(() -> Counts.of(report(pipeline, corpus, workFolder)));
    results.add(added.result("report again, one article added", count + 1, bytes, sentenceCount,
        added.value().findings(), "findings"));
    return results.build();
  }

  private void stages(Pipeline pipeline, Path corpusFolder, Path workFolder, ImmutableList.Builder<StageResult> results) {

    Measured<Corpus> corpus = measure(() -> Corpus.read(corpusFolder, reader));
    List<Document> documents = corpus.value().documents();
    int count = documents.size();
    long bytes = documents.stream().mapToLong(d -> d.text().getBytes(StandardCharsets.UTF_8).length).sum();
    results.add(corpus.result("read", count, bytes, 0, count, "documents"));

    Measured<List<ImmutableList<Sentence>>> sentences =
        measure(() -> documents.parallelStream().map(pipeline::sentences).toList());
    long sentenceCount = sentences.value().stream().mapToLong(List::size).sum();
    results.add(sentences.result("sentences", count, bytes, sentenceCount, sentenceCount, "sentences"));

    Measured<List<Pipeline.DocumentStages>> stages =
        measure(() -> documents.parallelStream().map(pipeline::documentStages).toList());
    long times = stages.value().stream().mapToLong(s -> s.times().size()).sum();
    results.add(stages.result("sentences + times", count, bytes, sentenceCount, times, "time expressions"));

    Measured<ImmutableList<Claim>> claims = measure(() -> pipeline.claims(stages.value()));
    results.add(claims.result("claims", count, bytes, sentenceCount, claims.value().size(), "claims"));

    Measured<ComparisonResult> comparison = measure(() -> pipeline.compare(claims.value(), documents));
    results.add(comparison.result("compare", count, bytes, sentenceCount, comparison.value().findings().size(),
        "findings"));

    CorpusAnalysis analysis = new CorpusAnalysis(stages.value().stream()
        .map(stage -> new AnalysedDocument(stage.document(), stage.sentences())).collect(toImmutableList()),
        corpus.value().skipped(), claims.value(), comparison.value().clusters(), comparison.value().findings());
    Measured<CorpusAnalysis> written = measure(() -> write(analysis, workFolder.resolve("stage-output")));
    results.add(written.result("write claims, report.json, report.html", count, bytes, sentenceCount,
        analysis.findings().size(), "findings"));

    Measured<?> index = measure(() -> new SentenceIndexer(workFolder.resolve("stage-index"), reader,
        pipeline::indexable).update(CorpusListing.of(corpusFolder), warning -> {}));
    results.add(index.result("index (fresh)", count, bytes, sentenceCount, sentenceCount, "sentences"));
  }

  /** The corpus's files hard-linked into {@code copy} (copied where links are not possible). */
  private static Path linkedCopy(Path corpusFolder, Path copy) throws IOException {
    Files.createDirectories(copy);
    for (Path file : CorpusListing.of(corpusFolder).files()) {
      Path target = copy.resolve(file.getFileName().toString());
      Files.deleteIfExists(target);
      try {
        Files.createLink(target, file);
      } catch (IOException | UnsupportedOperationException e) {
        Files.copy(file, target);
      }
    }
    return copy;
  }

  /** Replaces the first file of the copy (never the linked original) by its text plus one sentence. */
  private static void changeOneDocument(Path corpus) throws IOException {
    Path first = CorpusListing.of(corpus).files().get(0);
    String text = Files.readString(first, StandardCharsets.UTF_8);
    Files.delete(first);
    Files.writeString(first, text + "\nThe benchmark added this sentence on Monday.\n", StandardCharsets.UTF_8);
  }

  /**
   * A new article, naming people no document named before: the common change to a story's corpus, and one
   * that changes the corpus's names, which every document's claims are resolved against.
   */
  private static void addArticleNamingNewPeople(Path corpus) throws IOException {
    Files.writeString(corpus.resolve("zz-benchmark-added-article.txt"), """
        The benchmark added this article on Tuesday, spokeswoman Jordan Avery said.
        Avery told reporters that Deputy Director Sam Okafor would answer questions on Wednesday.
        """, StandardCharsets.UTF_8);
  }

  /** Bytes of the files, front matter included: a few percent more than their texts. */
  private static long textBytes(Path corpus) throws IOException {
    long bytes = 0;
    for (Path file : CorpusListing.of(corpus).files()) {
      bytes += Files.size(file);
    }
    return bytes;
  }

  /** As the report command runs it: files written only when they would change. */
  private static CorpusAnalysis report(Pipeline pipeline, Path corpusFolder, Path workFolder) {
    Path index = workFolder.resolve("index");
    CorpusAnalysis analysis = pipeline.analyse(corpusFolder, index, warning -> {});
    try {
      WrittenReports.write(analysis, index, workFolder.resolve("claims"), workFolder.resolve("reports"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return analysis;
  }

  private static CorpusAnalysis write(CorpusAnalysis analysis, Path folder) {
    try {
      ReportFiles.write(analysis, folder.resolve("claims"), folder.resolve("reports"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return analysis;
  }

  private record Counts(long sentences, long findings) {
    static Counts of(CorpusAnalysis analysis) {
      return new Counts(analysis.documents().stream().mapToLong(d -> d.sentences().size()).sum(),
          analysis.findings().size());
    }
  }

  private record Measured<T>(T value, long wallNanos, long peakHeapBytes) {
    StageResult result(String stage, int documents, long bytes, long sentences, long items, String itemName) {
      return new StageResult(stage, documents, bytes, sentences, items, itemName, wallNanos, peakHeapBytes);
    }
  }

  private static <T> Measured<T> measure(Supplier<T> stage) {
    System.gc();
    List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .collect(toImmutableList());
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    T value = stage.get();
    long wall = System.nanoTime() - start;
    long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    return new Measured<>(value, wall, peak);
  }
}
