package dev.crosscheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.index.SearchHit;
import dev.crosscheck.index.SentenceSearcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Finds the sentences that match a query, best first, with the matching words highlighted.",
        "Words are stemmed and OR-ed; \"quoted phrases\", +required and -excluded words work.", "",
        "Examples:", "  crosscheck search \"Pompeo Pyongyang visit\"",
        "  crosscheck search letter --from 2018-07-01 --to 2018-07-31 --json"})
final class SearchCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The words to look for.")
  List<String> query;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N results. Default: ${DEFAULT-VALUE}")
  int limit;

  @Option(names = "--json", description = "JSON Lines: {document, sentence, start, end, text, score, highlighted}.")
  boolean json;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only sentences that speak of a day on or after this.")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only sentences that speak of a day on or before this.")
  LocalDate to;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = ".crosscheck/index",
      description = "Sentence index folder. Default: ${DEFAULT-VALUE}")
  Path index;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (SentenceSearcher searcher = SentenceSearcher.open(index)) {
      List<SearchHit> hits = searcher.search(String.join(" ", query), limit, Optional.ofNullable(from),
          Optional.ofNullable(to));
      for (SearchHit hit : hits) {
        if (json) {
          ObjectNode line = JSON.createObjectNode();
          line.put("document", hit.documentId());
          line.put("sentence", hit.sentence() + 1); // numbered from 1, as the report and check number them
          line.put("start", hit.start());
          line.put("end", hit.end());
          line.put("text", hit.text());
          line.put("score", hit.score());
          line.put("highlighted", hit.highlighted());
          out.println(JSON.writeValueAsString(line));
        } else {
          out.printf("%.3f  %s sentence %d  %s%n", hit.score(), hit.documentId(), hit.sentence() + 1, hit.highlighted());
        }
      }
      if (hits.isEmpty() && !json) {
        out.println("no sentence matches");
      }
    }
    return ExitCodes.OK;
  }
}
