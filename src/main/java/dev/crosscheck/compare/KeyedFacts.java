package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the sentences that state one fact read into a key ("investigators FAA,NTSB", "first reported by
 * tmz"): sentences of two documents or more with one key agree on it, each document by its first such
 * sentence. Different keys are never set against each other: they may be facts that all hold.
 */
final class KeyedFacts {

  /** A sentence's statement claim, the fact's key, its label as the sentence words it, and its words. */
  record Keyed(Claim claim, String key, String label, String excerpt) {}

  private KeyedFacts() {}

  /** One agreeing group per key two documents or more state, labelled as its first sentence words it. */
  static ImmutableList<ClusterDraft> drafts(List<Keyed> facts, String facetName) {
    Map<String, Map<String, Keyed>> byKey = new LinkedHashMap<>();
    for (Keyed fact : facts) {
      byKey.computeIfAbsent(fact.key(), key -> new LinkedHashMap<>()).putIfAbsent(fact.claim().documentId(), fact);
    }
    ImmutableList.Builder<ClusterDraft> drafts = ImmutableList.builder();
    for (Map<String, Keyed> group : byKey.values()) {
      if (group.size() < 2) {
        continue;
      }
      List<Keyed> members = group.values().stream()
          .sorted((a, b) -> ClaimOrder.COMPARATOR.compare(a.claim(), b.claim())).toList();
      ImmutableList<Statement> statements = members.stream()
          .map(member -> new Statement(member.claim(), new StatementAlignment.FactValue(member.key(), member.excerpt())))
          .collect(ImmutableList.toImmutableList());
      drafts.add(new ClusterDraft("fact", members.get(0).label(),
          members.stream().map(Keyed::claim).collect(ImmutableList.toImmutableList()),
          ImmutableList.of(new Facet(facetName, FacetKind.STATEMENT, statements, false)), false));
    }
    return drafts.build();
  }
}
