package dev.crosscheck.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.compare.EventCluster;
import dev.crosscheck.compare.Finding;
import dev.crosscheck.compare.FindingSide;
import dev.crosscheck.corpus.Document;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The numbers and lines the CLI summary prints, computed once from an analysis whatever the output format.
 *
 * @param singleSourceClaimsByType claims resting in single-source findings, counted per claim type
 */
public record CorpusSummary(
    int documents,
    int sources,
    int claims,
    int events,
    ImmutableList<Line> conflicts,
    ImmutableList<Line> agreements,
    int singleSourceFindings,
    ImmutableSortedMap<String, Integer> singleSourceClaimsByType,
    ImmutableList<Skipped> skipped,
    ImmutableList<Publication> publications) {

  /** A finding as one summary entry: its topic and each value with the sources stating it. */
  /**
   * @param folded whether the finding is about a title only, listed folded after the others ("Also agreed")
   */
  public record Line(String id, String topic, ImmutableList<Value> values, boolean folded) {

    Line folded(boolean fold) {
      return new Line(id, topic, values, fold);
    }

    public Line(String id, String topic, ImmutableList<Value> values) {
      this(id, topic, values, false);
    }
  }

  public record Value(String value, ImmutableList<String> sources) {}

  public record Skipped(String path, String reason) {}

  /**
   * When a document was published, and how that is known: a reader weighs a finding by its sources' dates.
   *
   * @param date the day, or "" when the document is undated
   * @param basis {@code stated} (front matter, a meta tag), {@code stated in the text} (a dateline),
   *     {@code inferred} (from the events it reports) or {@code undated}
   */
  public record Publication(String documentId, String date, String basis) {

    static Publication of(Document document) {
      String basis = switch (document.published().basis()) {
        case METADATA -> "stated";
        case TEXT -> "stated in the text";
        case INFERRED -> "inferred";
        case UNKNOWN -> "undated";
      };
      return new Publication(document.id(), document.published().value().map(Object::toString).orElse(""), basis);
    }
  }

  /** A summary without publication dates (kept for callers that build one by hand). */
  public CorpusSummary(int documents, int sources, int claims, int events, ImmutableList<Line> conflicts,
      ImmutableList<Line> agreements, int singleSourceFindings, ImmutableSortedMap<String, Integer> singleSourceClaimsByType,
      ImmutableList<Skipped> skipped) {
    this(documents, sources, claims, events, conflicts, agreements, singleSourceFindings, singleSourceClaimsByType,
        skipped, ImmutableList.of());
  }

  public static CorpusSummary of(CorpusAnalysis analysis) {
    Map<String, String> sourceOfDocument = new HashMap<>();
    for (AnalysedDocument analysed : analysis.documents()) {
      sourceOfDocument.put(analysed.document().id(), SourceNames.of(analysed.document()));
    }
    Map<String, EventCluster> clusterById = new HashMap<>();
    analysis.clusters().forEach(cluster -> clusterById.put(cluster.id(), cluster));
    Map<String, Claim> claims = new HashMap<>();
    analysis.claims().forEach(claim -> claims.put(claim.id(), claim));

    ImmutableList.Builder<Line> conflicts = ImmutableList.builder();
    ImmutableList.Builder<Line> agreements = ImmutableList.builder();
    Map<String, Integer> singleByType = new TreeMap<>();
    int singles = 0;
    for (Finding finding : analysis.findings().stream().sorted(FindingOrder.of(analysis.clusters())).toList()) {
      switch (finding.verdict()) {
        case CONFLICT -> conflicts.add(line(finding, sourceOfDocument, claims));
        case AGREEMENT -> agreements.add(line(finding, sourceOfDocument, claims)
            .folded(FindingOrder.isTitle(finding, clusterById)));
        case SINGLE_SOURCE -> {
          singles++;
          for (String claimId : finding.claimIds()) {
            Claim claim = claims.get(claimId);
            if (claim != null) {
              singleByType.merge(claim.type().jsonName(), 1, Integer::sum);
            }
          }
        }
      }
    }
    ImmutableList<Skipped> skipped = analysis.skipped().stream()
        .map(file -> new Skipped(ReportJsonWriter.portablePath(file.path()), file.reason()))
        .sorted(Comparator.comparing(Skipped::path))
        .collect(ImmutableList.toImmutableList());
    return new CorpusSummary(analysis.documents().size(), Set.copyOf(sourceOfDocument.values()).size(),
        analysis.claims().size(), analysis.clusters().size(), conflicts.build(), agreements.build(), singles,
        ImmutableSortedMap.copyOf(singleByType), skipped,
        analysis.documents().stream().map(analysed -> Publication.of(analysed.document()))
            .sorted(Comparator.comparing(Publication::documentId)).collect(ImmutableList.toImmutableList()));
  }

  public int singleSourceClaims() {
    return singleSourceClaimsByType.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static Line line(Finding finding, Map<String, String> sourceOfDocument, Map<String, Claim> claims) {
    ImmutableList.Builder<Value> values = ImmutableList.builder();
    for (FindingSide side : finding.sides()) {
      Set<String> sources = new LinkedHashSet<>();
      side.documentIds().forEach(id -> sources.add(sourceOfDocument.getOrDefault(id, id)));
      side.claimIds().stream().map(claims::get).filter(claim -> claim != null)
          .forEach(claim -> sources.add(sourceOfDocument.getOrDefault(claim.documentId(), claim.documentId())));
      values.add(new Value(side.value(), ImmutableList.copyOf(sources)));
    }
    return new Line(finding.id(), finding.topic(), values.build(), false);
  }
}
