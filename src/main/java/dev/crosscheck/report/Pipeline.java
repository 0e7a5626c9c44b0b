package dev.crosscheck.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.crosscheck.corpus.CorpusListing;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.DocumentReader;
import dev.crosscheck.index.IndexUpdate;
import dev.crosscheck.index.IndexableDocument;
import dev.crosscheck.index.SentenceIndexer;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.text.SentenceSplitter;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The stages composed: corpus → sentences (indexed) → times → claims → findings. Each stage object is
 * built once and reused for every document.
 */
public final class Pipeline {

  private final DocumentReader reader;
  private final SentenceSplitter splitter = new SentenceSplitter();

  public Pipeline(DocumentReader reader) {
    this.reader = reader;
  }

  /** Brings the sentence index in {@code indexFolder} up to date with {@code corpusFolder}. */
  public IndexUpdate index(Path corpusFolder, Path indexFolder, Consumer<String> warnings) {
    CorpusListing listing = CorpusListing.of(corpusFolder);
    return new SentenceIndexer(indexFolder, reader, this::indexable).update(listing, warnings);
  }

  public ImmutableList<Sentence> sentences(Document document) {
    return splitter.split(document.id(), document.text());
  }

  IndexableDocument indexable(Document document) {
    ImmutableList<Sentence> sentences = sentences(document);
    return new IndexableDocument(document, sentences, ImmutableListMultimap.of());
  }
}
