package dev.crosscheck.corpus;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;

/**
 * A corpus folder read whole: the documents that could be used, the files skipped and why, and warnings
 * about files that were used despite an oddity (a windows-1252 fallback).
 */
public record Corpus(ImmutableList<Document> documents, ImmutableList<SkippedFile> skipped,
    ImmutableList<String> warnings) {

  /** Reads every document of {@code folder}; one bad file is skipped and reported, never fatal. */
  public static Corpus read(Path folder, DocumentReader reader) {
    CorpusListing listing = CorpusListing.of(folder);
    ImmutableList.Builder<Document> documents = ImmutableList.builder();
    ImmutableList.Builder<SkippedFile> skipped = ImmutableList.<SkippedFile>builder().addAll(listing.clashes());
    ImmutableList.Builder<String> warnings = ImmutableList.builder();
    for (Path file : listing.files()) {
      try {
        documents.add(reader.read(file, warnings::add));
      } catch (BadDocumentException e) {
        skipped.add(e.toSkippedFile());
      }
    }
    return new Corpus(documents.build(),
        skipped.build().stream().sorted(java.util.Comparator.comparing(SkippedFile::path)).collect(ImmutableList.toImmutableList()),
        warnings.build());
  }
}
