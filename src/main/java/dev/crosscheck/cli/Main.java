package dev.crosscheck.cli;

import dev.crosscheck.corpus.CorpusException;
import dev.crosscheck.index.IndexMissingException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: dispatches to one class per subcommand; turns user errors into one line and exit code 1. */
@Command(
    name = "crosscheck",
    mixinStandardHelpOptions = true,
    version = "crosscheck 0.1.0",
    description = "Cross-checks the fact claims of a corpus of news articles and reports agreements and"
        + " conflicts, each backed by the exact sentences.",
    subcommands = {
      ReportCommand.class,
      IndexCommand.class,
      SearchCommand.class,
      CheckCommand.class,
      TimesCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class,
      ClaimsCommand.class,
    })
public final class Main implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns its exit code: 0 success, 1 bad input, 2 wrong usage. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    return new CommandLine(new Main())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
          if (exception instanceof CorpusException || exception instanceof IndexMissingException
              || exception instanceof java.io.UncheckedIOException) {
            commandLine.getErr().println("crosscheck: " + exception.getMessage());
            return ExitCodes.BAD_INPUT;
          }
          throw exception;
        });
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: crosscheck report)");
  }
}
