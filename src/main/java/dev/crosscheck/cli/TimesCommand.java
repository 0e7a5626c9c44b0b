package dev.crosscheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.claim.ClaimJson;
import dev.crosscheck.corpus.BadDocumentException;
import dev.crosscheck.corpus.Basis;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.DocumentReader;
import dev.crosscheck.corpus.MetadataValue;
import dev.crosscheck.time.PublicationDateInference;
import dev.crosscheck.time.TemporalTagger;
import dev.crosscheck.time.TimeExpression;
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

@Command(name = "times", mixinStandardHelpOptions = true,
    description = {"Lists the temporal expressions of each file, normalised TimeML-style (TIMEX3 type and value)"
        + " against the document's date.",
        "Without --dct the date comes from the document's metadata (front matter, date header, meta tags);"
        + " when it has none, dates whose year depends on it keep X placeholders (XXXX-07-06).", "",
        "Examples:", "  crosscheck times corpus/000_514d203ebf6b1bcd.txt",
        "  crosscheck times --json --dct 2019-06-23 article.txt"})
final class TimesCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text, Markdown or HTML article files.")
  List<Path> files;

  @Option(names = "--dct", paramLabel = "YYYY-MM-DD",
      description = "The document creation time to resolve relative dates against, for every FILE.")
  LocalDate dct;

  @Option(names = "--json", description = "JSON Lines: {document, text, start, end, type, value, earliest,"
      + " latest}, offsets into the document's cleaned text.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DocumentReader reader = new DocumentReader();
    TemporalTagger tagger = new TemporalTagger();
    PublicationDateInference inference = new PublicationDateInference(tagger);
    int exitCode = ExitCodes.OK;
    for (Path file : files) {
      Document document;
      try {
        document = reader.read(file, warning -> err.println("crosscheck: " + warning));
      } catch (BadDocumentException e) {
        err.println("crosscheck: " + e.getMessage());
        exitCode = ExitCodes.BAD_INPUT;
        continue;
      }
      Optional<LocalDate> documentDate = Optional.ofNullable(dct).or(() -> document.published().value());
      List<TimeExpression> expressions = tagger.tag(document.id(), document.text(), documentDate);
      if (json) {
        for (TimeExpression expression : expressions) {
          out.println(JSON.writeValueAsString(jsonLine(expression)));
        }
      } else {
        printTable(out, document, documentDate, expressions, inference);
      }
    }
    out.flush();
    return exitCode;
  }

  /** The spec's line: the document, then the time as claims carry it (one writer for both). */
  private static ObjectNode jsonLine(TimeExpression expression) {
    ObjectNode line = JSON.createObjectNode();
    line.put("document", expression.documentId());
    line.setAll(ClaimJson.timeJson(expression));
    return line;
  }


  private void printTable(PrintWriter out, Document document, Optional<LocalDate> documentDate,
      List<TimeExpression> expressions, PublicationDateInference inference) {
    String dateNote;
    if (dct != null) {
      dateNote = "dct " + dct + " (--dct)";
    } else if (documentDate.isPresent()) {
      dateNote = "dct " + documentDate.get() + " (" + document.published().basis().jsonName() + ")";
    } else {
      MetadataValue<LocalDate> inferred = inference.infer(document.id(), document.text());
      dateNote = inferred.basis() == Basis.INFERRED
          ? "no dct; publication inferred " + inferred.value().get() + " from \""
              + inferred.evidence() + "\" (not used to resolve)"
          : "no dct";
    }
    out.printf("%s  [%s]%n", document.id(), dateNote);
    for (TimeExpression expression : expressions) {
      String days = expression.interval()
          .map(interval -> interval.earliest().equals(interval.latest()) ? interval.earliest().toString()
              : interval.earliest() + ".." + interval.latest())
          .orElse("");
      out.printf("  %6d-%-6d %-9s %-16s %-24s %s%n", expression.start(), expression.end(),
          expression.type(), expression.value(), days, expression.text().replaceAll("\\s+", " "));
    }
    if (expressions.isEmpty()) {
      out.println("  no temporal expression");
    }
  }
}
