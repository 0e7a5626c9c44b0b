package dev.crosscheck.cli;

import dev.crosscheck.report.CorpusAnalysis;
import dev.crosscheck.report.CorpusSummary;
import dev.crosscheck.pipeline.Pipeline;
import dev.crosscheck.pipeline.WrittenReports;
import dev.crosscheck.report.SummaryFormat;
import dev.crosscheck.report.SummaryPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"The main job: indexes the corpus (incrementally), extracts the claims of every document,"
        + " groups those about the same thing, and writes report.json and report.html with the agreements"
        + " and conflicts found; prints a summary.", "",
        "Examples:", "  crosscheck report", "  crosscheck report --corpus ~/story --out /tmp/story-report --format md"})
final class ReportCommand implements Callable<Integer> {

  @Mixin CorpusOptions options;

  @Option(names = "--claims", paramLabel = "DIR", defaultValue = "claims",
      description = "Where claims/<document id>.jsonl go. Default: ${DEFAULT-VALUE}")
  Path claims;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
      description = "Where report.json and report.html go. Default: ${DEFAULT-VALUE}")
  Path out;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "What the summary on stdout looks like: ${COMPLETION-CANDIDATES}. Default: text")
  SummaryFormat format;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    CorpusAnalysis analysis = new Pipeline(options.reader())
        .analyse(options.corpus, options.index, warning -> err.println("crosscheck: " + warning));
    analysis.skipped().forEach(skipped -> err.println("crosscheck: skipped " + skipped.message()));
    Path html = WrittenReports.write(analysis, options.index, claims, out);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(SummaryPrinter.forStdout(format).render(CorpusSummary.of(analysis), html));
    stdout.flush();
    return analysis.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }
}
