package dev.crosscheck.report;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.compare.EventCluster;
import dev.crosscheck.compare.Finding;
import dev.crosscheck.corpus.SkippedFile;

/** Everything one run found in a corpus: the input of report.json, report.html and the CLI summary. */
public record CorpusAnalysis(
    ImmutableList<AnalysedDocument> documents,
    ImmutableList<SkippedFile> skipped,
    ImmutableList<Claim> claims,
    ImmutableList<EventCluster> clusters,
    ImmutableList<Finding> findings) {

  /**
   * Corpora up to this many documents keep their texts in memory for the HTML report, which then shows
   * every document whole; larger ones stream, and the report shows the sentences its findings cite.
   */
  public static final int FULL_TEXT_DOCUMENTS = 500;
}
