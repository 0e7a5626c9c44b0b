package dev.crosscheck.cli;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimJson;
import dev.crosscheck.corpus.BadDocumentException;
import dev.crosscheck.corpus.DocumentReader;
import dev.crosscheck.report.ClaimFiles;
import dev.crosscheck.pipeline.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code crosscheck claims FILE... [--json] [--out DIR]}: the claims of some files, for review and debugging. */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the claims extracted from the given files (entities are merged across all of them).",
      "Example: crosscheck claims corpus/*.txt --json"
    })
public final class ClaimsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files to read.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--json", description = "JSON Lines, one claim per line, as in claims/<document>.jsonl.")
  boolean json;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write <document id>.jsonl for each file into DIR instead of printing.")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    DocumentReader reader = new DocumentReader();
    Pipeline pipeline = new Pipeline(reader);
    List<Pipeline.DocumentStages> documents = new ArrayList<>();
    for (Path file : files) {
      try {
        documents.add(pipeline.documentStages(reader.read(file, warning -> err.println("crosscheck: " + warning))));
      } catch (BadDocumentException e) {
        err.println("crosscheck: " + e.getMessage());
        return ExitCodes.BAD_INPUT;
      }
    }
    ImmutableList<Claim> claims = pipeline.claims(documents);
    if (out != null) {
      Files.createDirectories(out);
      Map<String, List<Claim>> byDocument = claims.stream().collect(Collectors.groupingBy(Claim::documentId));
      for (Pipeline.DocumentStages document : documents) {
        String id = document.document().id();
        Files.write(out.resolve(id + ClaimFiles.EXTENSION), ClaimFiles.toBytes(byDocument.getOrDefault(id, List.of())));
      }
      return ExitCodes.OK;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    for (Claim claim : claims) {
      stdout.println(json ? ClaimJson.toJson(claim).toString() : readable(claim));
    }
    stdout.flush();
    return ExitCodes.OK;
  }

  private static String readable(Claim claim) {
    StringBuilder line = new StringBuilder()
        .append(claim.id()).append("  ").append(claim.type().jsonName()).append("  ")
        .append(claim.subject()).append(" | ").append(claim.predicate()).append(" | ").append(claim.object());
    claim.time().ifPresent(time -> line.append("  @").append(time.value()).append(" (").append(time.text()).append(')'));
    claim.attribution().ifPresent(a -> line.append("  <").append(a.speaker()).append(' ').append(a.cue())
        .append(a.polarity().name().equals("NEGATED") ? " NEG" : "")
        .append(a.chain().isEmpty() ? "" : " via " + a.chain()).append('>'));
    claim.slots().forEach((key, value) -> {
      if (!key.equals("entities")) {
        line.append("  ").append(key).append('=').append(value);
      }
    });
    return line.toString();
  }
}
