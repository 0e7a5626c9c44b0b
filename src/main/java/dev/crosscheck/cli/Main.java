package dev.crosscheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: dispatches to one class per subcommand. */
@Command(
    name = "crosscheck",
    mixinStandardHelpOptions = true,
    version = "crosscheck 0.1.0",
    description = "Cross-checks the fact claims of a corpus of news articles and reports agreements and"
        + " conflicts, each backed by the exact sentences.",
    subcommands = {
      CommandLine.HelpCommand.class,
      ClaimsCommand.class,
    })
public final class Main {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns its exit code: 0 success, 1 bad input, 2 wrong usage. */
  public static int run(String... args) {
    return new CommandLine(new Main()).execute(args);
  }
}
