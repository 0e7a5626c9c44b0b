package dev.crosscheck.index;

import com.google.common.collect.ImmutableList;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** Full-text search over the sentence index, best match first, with the matching words highlighted. */
public final class SentenceSearcher implements Closeable {

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer analyzer = IndexFields.analyzer();

  private SentenceSearcher(Directory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /** Opens the last committed state of the index in {@code indexFolder}. */
  public static SentenceSearcher open(Path indexFolder) {
    try {
      Directory directory = FSDirectory.open(indexFolder);
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw new IndexMissingException("no sentence index in " + indexFolder + " (run: crosscheck index)");
      }
      return new SentenceSearcher(directory, DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the sentence index in " + indexFolder + ": " + e.getMessage(), e);
    }
  }

  /**
   * Sentences matching {@code queryText} (words are OR-ed, stemmed; "quoted phrases", +required and
   * -excluded words work), optionally only those that speak of a day in {@code from..to}.
   */
  public ImmutableList<SearchHit> search(String queryText, int limit, Optional<LocalDate> from,
      Optional<LocalDate> to) {
    Query text = new SimpleQueryParser(analyzer, IndexFields.TEXT).parse(queryText);
    if (text == null) {
      text = new MatchNoDocsQuery("the query has no searchable words");
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_SENTENCE)), BooleanClause.Occur.FILTER);
    if (from.isPresent() || to.isPresent()) {
      long min = from.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
      long max = to.map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      query.add(LongRange.newIntersectsQuery(IndexFields.TIME, new long[] {min}, new long[] {max}),
          BooleanClause.Occur.FILTER);
    }
    Query built = query.build();
    try {
      TopDocs top = searcher.search(built, Math.max(1, limit));
      UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
          .withFormatter(new DefaultPassageFormatter("**", "**", " … ", false))
          .withBreakIterator(org.apache.lucene.search.uhighlight.WholeBreakIterator::new)
          .withMaxLength(Integer.MAX_VALUE - 1)
          .build();
      String[] highlights = highlighter.highlight(IndexFields.TEXT, built, top);
      StoredFields stored = reader.storedFields();
      ImmutableList.Builder<SearchHit> hits = ImmutableList.builder();
      for (int i = 0; i < top.scoreDocs.length; i++) {
        ScoreDoc scoreDoc = top.scoreDocs[i];
        org.apache.lucene.document.Document hit = stored.document(scoreDoc.doc);
        String sentenceText = hit.get(IndexFields.TEXT);
        hits.add(new SearchHit(hit.get(IndexFields.DOCUMENT),
            hit.getField(IndexFields.SENTENCE).numericValue().intValue(),
            hit.getField(IndexFields.START).numericValue().intValue(),
            hit.getField(IndexFields.END).numericValue().intValue(),
            sentenceText,
            highlights[i] == null ? sentenceText : highlights[i],
            scoreDoc.score));
      }
      return hits.build();
    } catch (IOException e) {
      throw new UncheckedIOException("search failed: " + e.getMessage(), e);
    }
  }

  /** Number of sentences in the committed index. */
  public int sentenceCount() {
    try {
      return searcher.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.KIND_SENTENCE)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
