package dev.crosscheck.cli;

import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.index.IndexUpdate;
import dev.crosscheck.report.Pipeline;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"The main job: indexes the corpus (incrementally) and prints a summary of it.", "",
        "Example:", "  crosscheck report --corpus corpus"})
final class ReportCommand implements Callable<Integer> {

  @Mixin CorpusOptions options;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = new Pipeline(options.reader());
    IndexUpdate update = pipeline.index(options.corpus, options.index, warning -> {});
    Corpus corpus = Corpus.read(options.corpus, options.reader());
    corpus.warnings().forEach(err::println);
    corpus.skipped().forEach(skipped -> err.println("skipped " + skipped.message()));
    out.printf("%d documents, %d skipped; index: %d new, %d changed, %d unchanged, %d removed%n",
        corpus.documents().size(), corpus.skipped().size(), update.added().size(), update.updated().size(),
        update.unchanged().size(), update.removed().size());
    for (Document document : corpus.documents()) {
      out.printf("  %-28s %-22s %-26s %3d sentences%n", document.id(),
          document.source().value().orElse("(source unknown)"),
          document.published().value().map(date -> date + " (" + document.published().basis().jsonName() + ")")
              .orElse("(no date)"),
          pipeline.sentences(document).size());
    }
    return corpus.skipped().isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
  }
}
