package dev.crosscheck.corpus;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
    Each<Document> each = readEach(CorpusListing.of(folder), reader, document -> document);
    return new Corpus(each.results(), each.skipped(), each.warnings());
  }

  /** What is made of one document as soon as it is read; it may give up on the document, saying why. */
  @FunctionalInterface
  public interface PerDocument<T> {
    T apply(Document document) throws BadDocumentException;
  }

  /**
   * Reads every file of {@code listing} and hands each document to {@code perDocument} as soon as it is
   * read, keeping only what that returns: a corpus larger than memory streams through, its texts never all
   * held at once. Files run in parallel, results come back in file order.
   *
   * <p>One document never ends the run: a file that cannot be read, or whose analysis fails in any way
   * (an exception, a stack overflow in a pattern, a budget overrun), is skipped with a one-line reason,
   * and every other document is kept.
   */
  public static <T> Each<T> readEach(CorpusListing listing, DocumentReader reader, PerDocument<T> perDocument) {
    List<Outcome<T>> outcomes = listing.files().parallelStream().map(file -> {
      List<String> fileWarnings = new ArrayList<>(0);
      try {
        Document document = reader.read(file, fileWarnings::add);
        return new Outcome<T>(Optional.of(perDocument.apply(document)), Optional.empty(), fileWarnings);
      } catch (BadDocumentException e) {
        return new Outcome<T>(Optional.empty(), Optional.of(e.toSkippedFile()), fileWarnings);
      } catch (RuntimeException | StackOverflowError e) {
        return new Outcome<T>(Optional.empty(), Optional.of(SkippedFile.failed(file, e)), fileWarnings);
      }
    }).toList();
    ImmutableList.Builder<T> results = ImmutableList.builder();
    ImmutableList.Builder<SkippedFile> skipped = ImmutableList.<SkippedFile>builder().addAll(listing.clashes());
    ImmutableList.Builder<String> warnings = ImmutableList.builder();
    for (Outcome<T> outcome : outcomes) {
      outcome.result().ifPresent(results::add);
      outcome.skipped().ifPresent(skipped::add);
      warnings.addAll(outcome.warnings());
    }
    return new Each<>(results.build(),
        skipped.build().stream().sorted(Comparator.comparing(SkippedFile::path)).collect(ImmutableList.toImmutableList()),
        warnings.build());
  }

  /** What {@link #readEach} kept of each readable document, the files it skipped, and its warnings. */
  public record Each<T>(ImmutableList<T> results, ImmutableList<SkippedFile> skipped, ImmutableList<String> warnings) {}

  private record Outcome<T>(Optional<T> result, Optional<SkippedFile> skipped, List<String> warnings) {}
}
