package dev.crosscheck.cli;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimExtraction;
import dev.crosscheck.claim.ClaimJson;
import dev.crosscheck.claim.DocumentContext;
import dev.crosscheck.corpus.Document;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
    List<DocumentContext> corpus = new ArrayList<>();
    for (Path file : files) {
      try {
        Document document = InterimTextPipeline.read(file);
        corpus.add(new DocumentContext(document, InterimTextPipeline.split(document.id(), document.text()),
            ImmutableList.of()));
      } catch (IOException | UncheckedIOException e) {
        err.println(file + ": cannot read: " + e.getMessage());
        return 1;
      }
    }
    ImmutableList<Claim> claims = new ClaimExtraction().extract(corpus);
    if (out != null) {
      return write(claims, corpus, err);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    for (Claim claim : claims) {
      stdout.println(json ? ClaimJson.toJson(claim).toString() : readable(claim));
    }
    stdout.flush();
    return 0;
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
      return 1;
    }
    return 0;
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
