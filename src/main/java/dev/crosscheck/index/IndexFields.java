package dev.crosscheck.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** Field names and types of the sentence index, shared by the writer and the searcher. */
final class IndexFields {

  /** "sentence" for a sentence, "file" for the per-file manifest entry that drives incremental runs. */
  static final String KIND = "kind";
  static final String KIND_SENTENCE = "sentence";
  static final String KIND_FILE = "file";

  static final String DOCUMENT = "document";
  static final String SENTENCE = "sentence";
  static final String START = "start";
  static final String END = "end";
  static final String SOURCE = "source";
  static final String PUBLISHED = "published";
  static final String TEXT = "text";
  static final String TIME = "time";

  static final String MANIFEST = "manifest";
  static final String PATH = "path";
  static final String HASH = "hash";
  static final String SIZE = "size";
  static final String MODIFIED = "modified";

  /** Stored for display, analysed for search, with offsets so the highlighter need not re-analyse. */
  static final FieldType SEARCHABLE_TEXT = searchableText();

  private IndexFields() {}

  /** English stemming: "visit" finds "visited", "letters" finds "letter". */
  static Analyzer analyzer() {
    return new EnglishAnalyzer();
  }

  private static FieldType searchableText() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }
}
