package dev.crosscheck.corpus;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A corpus folder read whole: the documents that could be used, the files skipped and why, and warnings
 * about files that were used despite an oddity (a windows-1252 fallback).
 */
public record Corpus(ImmutableList<Document> documents, ImmutableList<SkippedFile> skipped,
    ImmutableList<String> warnings) {

  /**
   * Reads every document of {@code folder}, in parallel (files are independent) but into a list in file
   * order; one bad file is skipped and reported, never fatal.
   */
  public static Corpus read(Path folder, DocumentReader reader) {
    CorpusListing listing = CorpusListing.of(folder);
    List<Outcome> outcomes = listing.files().parallelStream().map(file -> {
      List<String> fileWarnings = new ArrayList<>(0);
      try {
        return new Outcome(Optional.of(reader.read(file, fileWarnings::add)), Optional.empty(), fileWarnings);
      } catch (BadDocumentException e) {
        return new Outcome(Optional.empty(), Optional.of(e.toSkippedFile()), fileWarnings);
      }
    }).toList();
    ImmutableList.Builder<Document> documents = ImmutableList.builder();
    ImmutableList.Builder<SkippedFile> skipped = ImmutableList.<SkippedFile>builder().addAll(listing.clashes());
    ImmutableList.Builder<String> warnings = ImmutableList.builder();
    for (Outcome outcome : outcomes) {
      outcome.document().ifPresent(documents::add);
      outcome.skipped().ifPresent(skipped::add);
      warnings.addAll(outcome.warnings());
    }
    return new Corpus(documents.build(),
        skipped.build().stream().sorted(java.util.Comparator.comparing(SkippedFile::path)).collect(ImmutableList.toImmutableList()),
        warnings.build());
  }

  private record Outcome(Optional<Document> document, Optional<SkippedFile> skipped, List<String> warnings) {}
}
