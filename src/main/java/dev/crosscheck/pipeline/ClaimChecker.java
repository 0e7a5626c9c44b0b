package dev.crosscheck.pipeline;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.check.CheckResult;
import dev.crosscheck.check.ClaimJudge;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.compare.ComparisonResult;
import dev.crosscheck.corpus.BadDocumentException;
import dev.crosscheck.corpus.Basis;
import dev.crosscheck.corpus.CorpusListing;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.DocumentReader;
import dev.crosscheck.corpus.MetadataValue;
import dev.crosscheck.index.SearchHit;
import dev.crosscheck.index.SentenceSearcher;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.time.TimeExpression;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a corpus says for and against a claim a user types. The sentence index finds the documents that
 * speak of the claim's words; the claim is read as a one-sentence document with the same stages as any
 * corpus text, compared with those documents' claims, and judged by the findings it takes part in
 * ({@link ClaimJudge}). Only the candidate documents are read again, so a claim costs the same in a
 * corpus of ten documents or of ten thousand once the index exists.
 */
public final class ClaimChecker implements Closeable {

  /** The id the claim is read under; no corpus file can have it (ids are file names, which have no '<'). */
  static final String CLAIM_DOCUMENT = "<claim>";
  /** Sentences asked of the index per claim; their documents are the candidates. */
  private static final int SEARCHED_SENTENCES = 60;
  /** Candidate documents read per claim. */
  private static final int MAX_CANDIDATES = 12;

  private final Pipeline pipeline;
  private final DocumentReader reader;
  private final SentenceSearcher searcher;
  private final Map<String, Path> fileById = new HashMap<>();
  private final Map<String, Pipeline.DocumentStages> stagesById = new HashMap<>();

  private ClaimChecker(Pipeline pipeline, DocumentReader reader, SentenceSearcher searcher, CorpusListing listing) {
    this.pipeline = pipeline;
    this.reader = reader;
    this.searcher = searcher;
    for (Path file : listing.files()) {
      fileById.put(dev.crosscheck.corpus.CorpusFiles.documentId(file), file);
    }
  }

  /** Brings the index up to date with the corpus and opens it for checking claims. */
  public static ClaimChecker open(Path corpusFolder, Path indexFolder, DocumentReader reader, Consumer<String> warnings) {
    Pipeline pipeline = new Pipeline(reader);
    pipeline.index(corpusFolder, indexFolder, warnings);
    return new ClaimChecker(pipeline, reader, SentenceSearcher.open(indexFolder), CorpusListing.of(corpusFolder));
  }

  public CheckResult check(String claimText) {
    Document claimDocument = new Document(CLAIM_DOCUMENT, Path.of(CLAIM_DOCUMENT), "", claimText.strip(),
        MetadataValue.unknown(), MetadataValue.of("the claim checked", Basis.METADATA, "typed by the user"),
        MetadataValue.unknown(), MetadataValue.unknown());
    List<Pipeline.DocumentStages> stages = new ArrayList<>();
    stages.add(pipeline.documentStages(claimDocument));
    for (String id : candidates(claimText)) {
      stagesOf(id).ifPresent(stages::add);
    }
    ImmutableList<Claim> claims = pipeline.claims(stages);
    List<Document> documents = stages.stream().map(Pipeline.DocumentStages::document).toList();
    ComparisonResult comparison = pipeline.compare(claims, documents);
    List<Sentence> sentences = stages.stream().skip(1).flatMap(stage -> stage.sentences().stream()).toList();
    List<TimeExpression> times = stages.stream().flatMap(stage -> stage.times().stream()).toList();
    return ClaimJudge.judge(claimText.strip(), CLAIM_DOCUMENT, claims, documents, sentences, times, comparison);
  }

  /** The documents whose sentences best match the claim's words, best first. */
  private List<String> candidates(String claimText) {
    String words = claimText.replaceAll("[^\\p{L}\\p{N}\\s]", " ").toLowerCase(Locale.ROOT).strip();
    if (words.isEmpty()) {
      return List.of();
    }
    Set<String> documents = new LinkedHashSet<>();
    for (SearchHit hit : searcher.search(words, SEARCHED_SENTENCES, Optional.empty(), Optional.empty())) {
      documents.add(hit.documentId());
      if (documents.size() == MAX_CANDIDATES) {
        break;
      }
    }
    return List.copyOf(documents);
  }

  /** A candidate's sentences and times, read once per run; a file that went bad since indexing is left out. */
  private Optional<Pipeline.DocumentStages> stagesOf(String id) {
    Pipeline.DocumentStages known = stagesById.get(id);
    if (known != null) {
      return Optional.of(known);
    }
    Path file = fileById.get(id);
    if (file == null) {
      return Optional.empty();
    }
    try {
      Pipeline.DocumentStages stages = pipeline.documentStages(reader.read(file, warning -> {}));
      stagesById.put(id, stages);
      return Optional.of(stages);
    } catch (BadDocumentException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() throws IOException {
    searcher.close();
  }
}
