package dev.crosscheck.cli;

import dev.crosscheck.corpus.SkippedFile;
import dev.crosscheck.index.IndexUpdate;
import dev.crosscheck.pipeline.Pipeline;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"(Re)builds the sentence index of a corpus; unchanged files are not re-read.", "",
        "Example:", "  crosscheck index --corpus corpus --index .crosscheck/index"})
final class IndexCommand implements Callable<Integer> {

  @Mixin CorpusOptions options;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    IndexUpdate update = new Pipeline(options.reader()).index(options.corpus, options.index, err::println);
    update.skipped().forEach(skipped -> err.println("skipped " + skipped.message()));
    spec.commandLine().getOut().printf("indexed %s: %d new, %d changed, %d unchanged, %d removed, %d skipped;"
            + " %d sentences written%n", options.index, update.added().size(), update.updated().size(),
        update.unchanged().size(), update.removed().size(), update.skipped().size(), update.sentencesWritten());
    return update.skipped().isEmpty() ? 0 : ExitCodes.BAD_INPUT;
  }
}
