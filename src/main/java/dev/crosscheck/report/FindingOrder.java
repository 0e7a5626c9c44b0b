package dev.crosscheck.report;

import dev.crosscheck.compare.EventCluster;
import dev.crosscheck.compare.Finding;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order findings are shown in, everywhere: what a fact-checker should read first. Findings about what
 * happened (events, dates, figures) come before who said what, and those before people's titles, which
 * sources repeat without its being news ("23 sources call Trump 'president'"); within each, those more
 * independent sources weigh in on first, then by id.
 */
final class FindingOrder {

  /** Only by weight of sources, for callers that know no clusters. */
  static final Comparator<Finding> WEIGHTIEST_FIRST =
      Comparator.comparingInt(Finding::independentSources).reversed()
          .thenComparing(Finding::id, IdOrder.INSTANCE);

  private FindingOrder() {}

  /** By what the finding concerns, then by weight of sources. */
  static Comparator<Finding> of(List<EventCluster> clusters) {
    Map<String, Integer> rankOfEvent = new HashMap<>();
    clusters.forEach(cluster -> rankOfEvent.put(cluster.id(), rank(cluster.kind())));
    return Comparator.comparingInt((Finding finding) -> rankOfEvent.getOrDefault(finding.eventId(), 0))
        .thenComparing(WEIGHTIEST_FIRST);
  }

  /** Whether a finding is about a title only: shown folded, after the rest ("Also agreed"). */
  static boolean isTitle(Finding finding, Map<String, EventCluster> clusterById) {
    EventCluster cluster = clusterById.get(finding.eventId());
    return cluster != null && cluster.kind().equals("role");
  }

  private static int rank(String kind) {
    return switch (kind) {
      case "role" -> 2;
      case "statement", "quote" -> 1;
      default -> 0; // events and typed values: what happened, when, how many
    };
  }
}
