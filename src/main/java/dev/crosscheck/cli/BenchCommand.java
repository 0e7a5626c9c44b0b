package dev.crosscheck.cli;

import dev.crosscheck.pipeline.Benchmark;
import dev.crosscheck.pipeline.Benchmark.StageResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Times each stage of the pipeline and the whole report job on a corpus: documents/s, MB/s"
        + " of text, sentences/s, what each stage produced, wall time and peak heap. Writes only under --work.",
        "", "Example:", "  python3 ../shared/tools/make_bench_corpus.py /tmp/bench10k 10000",
        "  crosscheck bench --corpus /tmp/bench10k",
        "  JAVA_OPTS=-Xmx1g crosscheck bench --corpus /tmp/bench100k --end-to-end-only"})
final class BenchCommand implements Callable<Integer> {

  @Mixin CorpusOptions options;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Scratch folder for the benchmark's index and reports. Default: a new temporary folder")
  Path work;

  @Option(names = "--end-to-end-only",
      description = "Skip timing the stages one by one (that holds the whole corpus in memory); time only the"
          + " report job: fresh, unchanged, one document changed, one article added")
  boolean endToEndOnly;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path workFolder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("crosscheck-bench");
    List<StageResult> results = new Benchmark(options.reader()).run(options.corpus, workFolder, endToEndOnly);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("corpus %s, %d processors, max heap %d MB%n", options.corpus,
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    out.printf("%-40s %8s %9s %7s %11s %10s %9s %9s  %s%n", "stage", "docs", "docs/s", "MB/s", "sentences/s",
        "produced", "wall s", "peak MB", "");
    for (StageResult result : results) {
      out.printf("%-40s %8d %9.0f %7.2f %11.0f %10d %9.2f %9d  %s%n", result.stage(), result.documents(),
          result.documentsPerSecond(), result.megabytesPerSecond(), result.sentencesPerSecond(), result.items(),
          result.seconds(), result.peakHeapBytes() / (1024 * 1024), result.itemName());
    }
    return ExitCodes.OK;
  }
}
