package dev.crosscheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.check.CheckResult;
import dev.crosscheck.check.Evidence;
import com.google.common.collect.ImmutableList;
import dev.crosscheck.pipeline.ClaimChecker;
import dev.crosscheck.report.HtmlReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"What the corpus says for and against a claim: supported, contradicted, disputed or no evidence,"
        + " with the evidence sentences of each side, best first.", "",
        "Examples:", "  crosscheck check \"Kim Jong Un's letter to Trump was dated July 6.\"",
        "  crosscheck check --claims-file claims.txt --json --out reports"})
final class CheckCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(arity = "0..1", paramLabel = "CLAIM", description = "The claim to check, as a sentence.")
  String claim;

  @Option(names = "--claims-file", paramLabel = "FILE", description = "Claims to check, one a line.")
  Path claimsFile;

  @Option(names = "--json", description = "JSON Lines: {claim, verdict, support: [evidence], contradict: [evidence]}.")
  boolean json;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Also write DIR/check.html: each claim with its verdict and evidence, in the report's style.")
  Path outFolder;

  @Mixin CorpusOptions corpus;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    List<String> claims = new ArrayList<>();
    if (claim != null) {
      claims.add(claim);
    }
    if (claimsFile != null) {
      try {
        Files.readAllLines(claimsFile, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
            .forEach(claims::add);
      } catch (NoSuchFileException e) {
        spec.commandLine().getErr().println("crosscheck check: " + claimsFile + ": no such claims file");
        return ExitCodes.BAD_INPUT;
      }
    }
    if (claims.isEmpty() || claims.stream().allMatch(String::isBlank)) {
      spec.commandLine().getErr().println("crosscheck check: the claim is empty: give a sentence to check"
          + " (crosscheck check \"CLAIM\") or --claims-file FILE");
      return ExitCodes.BAD_INPUT;
    }
    PrintWriter out = spec.commandLine().getOut();
    List<CheckResult> results = new ArrayList<>();
    try (ClaimChecker checker = ClaimChecker.open(corpus.corpus, corpus.index, corpus.reader(),
        warning -> spec.commandLine().getErr().println(warning))) {
      for (String text : claims) {
        CheckResult result = checker.check(text);
        results.add(result);
        out.println(json ? jsonLine(result) : text(result));
        out.flush();
      }
    }
    if (outFolder != null) {
      Files.createDirectories(outFolder);
      HtmlReportWriter.writeCheck(ImmutableList.copyOf(results), outFolder);
    }
    return ExitCodes.OK;
  }

  private static String jsonLine(CheckResult result) throws IOException {
    ObjectNode line = JSON.createObjectNode();
    line.put("claim", result.claim());
    line.put("verdict", result.verdict().label());
    evidence(line.putArray("support"), result.support());
    evidence(line.putArray("contradict"), result.contradict());
    result.note().ifPresent(note -> line.put("note", note));
    return JSON.writeValueAsString(line);
  }

  private static void evidence(ArrayNode array, List<Evidence> evidence) {
    for (Evidence item : evidence) {
      ObjectNode node = array.addObject();
      node.put("document", item.document());
      node.put("sentence", item.sentence());
      node.put("start", item.start());
      node.put("end", item.end());
      node.put("text", item.text());
      node.put("value", item.value());
      if (item.published().isPresent()) {
        node.put("published", item.published().get());
      } else {
        node.putNull("published");
      }
    }
  }

  private static String text(CheckResult result) {
    StringBuilder out = new StringBuilder();
    out.append(result.verdict().label().toUpperCase(java.util.Locale.ROOT)).append(": ").append(result.claim())
        .append('\n');
    result.note().ifPresent(note -> out.append("  (").append(note).append(")\n"));
    side(out, "for", result.support());
    side(out, "against", result.contradict());
    return out.toString();
  }

  private static void side(StringBuilder out, String label, List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      return;
    }
    out.append("  ").append(label).append(":\n");
    for (Evidence item : evidence) {
      out.append("    ").append(item.document()).append(" sentence ").append(item.sentence())
          .append(item.published().map(day -> " (" + day + ")").orElse(" (undated)")).append(": ")
          .append(item.value()).append("\n      \"").append(item.text().replaceAll("\\s+", " ")).append("\"\n");
    }
  }
}
