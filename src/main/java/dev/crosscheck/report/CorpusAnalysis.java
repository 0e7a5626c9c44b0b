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
    ImmutableList<Finding> findings) {}
