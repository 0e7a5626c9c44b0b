package dev.crosscheck.cli;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimExtraction;
import dev.crosscheck.claim.ClaimJson;
import dev.crosscheck.claim.DocumentContext;
import dev.crosscheck.corpus.BadDocumentException;
import dev.crosscheck.corpus.DocumentReader;
import dev.crosscheck.report.Pipeline;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    DocumentReader reader = new DocumentReader();
    // The same per-document stages as `crosscheck report`, so the claims printed here are the ones it writes.
    Pipeline pipeline = new Pipeline(reader);
    List<DocumentContext> corpus = new ArrayList<>();
    int exitCode = ExitCodes.OK;
    for (Path file : files) {
      try {
        Pipeline.DocumentStages stages = pipeline.documentStages(reader.read(file, w -> err.println("crosscheck: " + w)));
        corpus.add(new DocumentContext(stages.document(), stages.sentences(), stages.times()));
      } catch (BadDocumentException e) {
        // Like `times`: a broken file is reported and skipped, the others still get their claims.
        err.println("crosscheck: " + e.getMessage());
        exitCode = ExitCodes.BAD_INPUT;
      }
    }
    ImmutableList<Claim> claims = new ClaimExtraction().extract(corpus);
    if (out != null) {
      int written = write(claims, corpus, err);
      return written != ExitCodes.OK ? written : exitCode;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    for (Claim claim : claims) {
      stdout.println(json ? ClaimJson.toJson(claim).toString() : readable(claim));
    }
    stdout.flush();
    return exitCode;
  }

  private int write(List<Claim> claims, List<DocumentContext> corpus, PrintWriter err) {
    Map<String, StringBuilder> byDocument = new LinkedHashMap<>();
    corpus.forEach(document -> byDocument.put(document.id(), new StringBuilder()));
    claims.forEach(claim -> byDocument.get(claim.documentId()).append(ClaimJson.toJson(claim)).append('\n'));
    try {
      Files.createDirectories(out);
      for (Map.Entry<String, StringBuilder> document : byDocument.entrySet()) {
        Files.writeString(out.resolve(document.getKey() + ".jsonl"), document.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      err.println(out + ": cannot write: " + e.getMessage());
      return ExitCodes.BAD_INPUT;
    }
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
