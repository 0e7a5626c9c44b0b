package dev.crosscheck.check;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.compare.ComparisonResult;
import dev.crosscheck.compare.Finding;
import dev.crosscheck.compare.FindingSide;
import dev.crosscheck.compare.Verdict;
import dev.crosscheck.corpus.Document;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a comparison in which the user's claim took part as one more source: a finding that agrees with
 * the claim's statement is support, and in a conflict the sides against the claim's side are
 * contradiction. The claim thus goes through every stage a corpus sentence goes through, and is judged by
 * the same rules.
 */
public final class ClaimJudge {

  /** The evidence sentences listed per side; a claim the whole corpus repeats needs no more to be read. */
  static final int MAX_EVIDENCE = 25;

  private ClaimJudge() {}

  /**
   * @param claimDocument the id of the document the user's claim was read as
   * @param claims every claim compared, the user's among them
   * @param documents the documents compared, for publication dates
   */
  public static CheckResult judge(String claimText, String claimDocument, List<Claim> claims,
      List<Document> documents, ComparisonResult comparison) {
    Map<String, Claim> byId = claims.stream().collect(Collectors.toMap(Claim::id, claim -> claim, (a, b) -> a));
    Set<String> own = claims.stream().filter(claim -> claim.documentId().equals(claimDocument)).map(Claim::id)
        .collect(Collectors.toSet());
    if (own.isEmpty()) {
      return new CheckResult(claimText, CheckVerdict.NO_EVIDENCE, ImmutableList.of(), ImmutableList.of(),
          Optional.of("nothing checkable in the claim: no event, figure, date, title or attribution was found in it"));
    }
    Map<String, String> published = documents.stream().filter(document -> document.published().value().isPresent())
        .collect(Collectors.toMap(Document::id, document -> document.published().value().get().toString()));
    Map<String, Evidence> support = new LinkedHashMap<>();
    Map<String, Evidence> contradict = new LinkedHashMap<>();
    for (Finding finding : comparison.findings()) {
      if (finding.claimIds().stream().noneMatch(own::contains)) {
        continue;
      }
      for (FindingSide side : finding.sides()) {
        boolean claimsSide = side.claimIds().stream().anyMatch(own::contains);
        if (finding.verdict() == Verdict.AGREEMENT || finding.verdict() == Verdict.SINGLE_SOURCE && claimsSide) {
          add(claimsSide || finding.verdict() == Verdict.AGREEMENT ? support : contradict, side, byId, own, published);
        } else if (finding.verdict() == Verdict.CONFLICT) {
          add(claimsSide ? support : contradict, side, byId, own, published);
        }
      }
    }
    // a sentence on both sides (one source stating two values) speaks against the claim only if it does not also support it
    contradict.keySet().removeAll(support.keySet());
    return new CheckResult(claimText, CheckVerdict.of(!support.isEmpty(), !contradict.isEmpty()),
        ImmutableList.copyOf(support.values().stream().limit(MAX_EVIDENCE).toList()),
        ImmutableList.copyOf(contradict.values().stream().limit(MAX_EVIDENCE).toList()), Optional.empty());
  }

  private static void add(Map<String, Evidence> evidence, FindingSide side, Map<String, Claim> byId, Set<String> own,
      Map<String, String> published) {
    for (String id : side.claimIds()) {
      Claim claim = byId.get(id);
      if (claim == null || own.contains(id) || claim.slot("mood").isPresent()) {
        continue; // "Kim might travel to the United States" is no evidence that he went
      }
      evidence.putIfAbsent(claim.documentId() + "#" + claim.sentence(), new Evidence(claim.documentId(),
          claim.sentence() + 1, claim.start(), claim.end(), claim.sentenceText(), side.value(),
          Optional.ofNullable(published.get(claim.documentId()))));
    }
  }
}
