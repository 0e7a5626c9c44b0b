package dev.crosscheck.pipeline;

import dev.crosscheck.claim.Claim;
import dev.crosscheck.compare.Finding;
import dev.crosscheck.compare.Verdict;
import dev.crosscheck.corpus.DocumentReader;
import dev.crosscheck.report.CorpusAnalysis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A corpus written by a test, one document a text, all published the same day, run through the whole
 * pipeline; and the verdicts of the findings that join two of its sentences.
 */
final class WrittenCorpus {

  private WrittenCorpus() {}

  /**
   * Analyses one document per text, each published on {@code published} (so that "on Tuesday" is the same
   * day in every source) and opening with {@code lead} (the story every source tells).
   */
  static CorpusAnalysis analyse(Path work, String published, String lead, String... texts) throws Exception {
    Path corpus = work.resolve("corpus");
    Files.createDirectories(corpus);
    for (int i = 0; i < texts.length; i++) {
      String text = "---\npublished: " + published + "\n---\n" + lead + texts[i] + "\n";
      Files.writeString(corpus.resolve(String.format("%03d.txt", i + 1)), text, StandardCharsets.UTF_8);
    }
    return new Pipeline(new DocumentReader()).analyse(corpus, work.resolve("index"), warning -> {});
  }

  /** Verdicts of the findings that rest on a claim in each of two sentences, found by the words they hold. */
  static List<Verdict> verdictsJoining(CorpusAnalysis analysis, String first, String second) {
    Map<String, Claim> byId = analysis.claims().stream().collect(Collectors.toMap(Claim::id, claim -> claim));
    return analysis.findings().stream()
        .filter(finding -> holds(finding, byId, first) && holds(finding, byId, second))
        .map(Finding::verdict).toList();
  }

  private static boolean holds(Finding finding, Map<String, Claim> byId, String words) {
    return finding.claimIds().stream().map(byId::get).anyMatch(claim -> claim.sentenceText().contains(words));
  }
}
