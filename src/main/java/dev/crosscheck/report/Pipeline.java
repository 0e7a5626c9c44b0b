package dev.crosscheck.report;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimExtraction;
import dev.crosscheck.claim.DocumentContext;
import dev.crosscheck.compare.Comparison;
import dev.crosscheck.compare.ComparisonResult;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.CorpusListing;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.DocumentReader;
import dev.crosscheck.corpus.MetadataValue;
import dev.crosscheck.entity.EntityIndex;
import dev.crosscheck.index.DateRange;
import dev.crosscheck.index.IndexUpdate;
import dev.crosscheck.index.IndexableDocument;
import dev.crosscheck.index.SentenceIndexer;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.text.SentenceSplitter;
import dev.crosscheck.time.PublicationDateInference;
import dev.crosscheck.time.TemporalTagger;
import dev.crosscheck.time.TimeExpression;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Consumer;

/**
 * The stages composed: corpus → sentences (indexed) → times → claims → findings. Each stage object is
 * built once and reused; documents are independent until claims are grouped, so the per-document
 * stages run in parallel.
 */
public final class Pipeline {

  private final DocumentReader reader;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final TemporalTagger tagger = new TemporalTagger();
  private final PublicationDateInference dateInference = new PublicationDateInference(tagger);
  private final ClaimExtraction claimExtraction = new ClaimExtraction();
  private final Comparison comparison = Comparison.withDefaultLexicons();

  public Pipeline(DocumentReader reader) {
    this.reader = reader;
  }

  /** One document through the per-document stages. */
  public record DocumentStages(Document document, ImmutableList<Sentence> sentences,
      ImmutableList<TimeExpression> times) {}

  /** Brings the sentence index in {@code indexFolder} up to date with {@code corpusFolder}. */
  public IndexUpdate index(Path corpusFolder, Path indexFolder, Consumer<String> warnings) {
    CorpusListing listing = CorpusListing.of(corpusFolder);
    return new SentenceIndexer(indexFolder, reader, this::indexable).update(listing, warnings);
  }

  /**
   * The whole job short of writing: every document through the per-document stages, the index brought
   * up to date with them (reusing their sentences and times, not recomputing), then claims and findings
   * across the corpus.
   */
  public CorpusAnalysis analyse(Path corpusFolder, Path indexFolder, Consumer<String> warnings) {
    Corpus corpus = Corpus.read(corpusFolder, reader);
    corpus.warnings().forEach(warnings);
    Map<String, DocumentStages> stagesById;
    try (Progress progress = Progress.onStderr("Reading documents", corpus.documents().size())) {
      stagesById = corpus.documents().parallelStream()
          .map(document -> {
            DocumentStages stages = documentStages(document);
            progress.step();
            return stages;
          })
          .collect(Collectors.toMap(stages -> stages.document().id(), stages -> stages));
    }
    CorpusListing listing = CorpusListing.of(corpusFolder);
    SentenceIndexer.Analysis reuse = document -> {
      DocumentStages stages = stagesById.get(document.id());
      return stages != null && stages.document().contentHash().equals(document.contentHash())
          ? indexable(stages) : indexable(document);
    };
    new SentenceIndexer(indexFolder, reader, reuse).update(listing, warning -> {});
    ImmutableList<DocumentStages> documents = corpus.documents().stream()
        .map(document -> stagesById.get(document.id()))
        .collect(toImmutableList());
    ImmutableList<AnalysedDocument> analysed = documents.stream()
        .map(stages -> new AnalysedDocument(stages.document(), stages.sentences()))
        .collect(toImmutableList());
    ImmutableList<Claim> claims = claims(documents);
    ComparisonResult result = compare(claims, corpus.documents());
    return new CorpusAnalysis(analysed, corpus.skipped(), claims, result.clusters(), result.findings());
  }

  /**
   * The claims of the whole corpus, in document order. Names are gathered from every document first (one
   * cheap pass), so each document can then be read on its own, in parallel, against the merged names.
   */
  public ImmutableList<Claim> claims(List<DocumentStages> documents) {
    List<DocumentContext> contexts = documents.stream()
        .map(stages -> new DocumentContext(stages.document(), stages.sentences(), stages.times()))
        .sorted(Comparator.comparing(DocumentContext::id))
        .toList();
    EntityIndex.Builder names = EntityIndex.builder();
    contexts.forEach(context -> claimExtraction.collectNames(context, names));
    EntityIndex entities = names.build();
    try (Progress progress = Progress.onStderr("Extracting claims", contexts.size())) {
      return contexts.parallelStream()
          .flatMap(context -> {
            ImmutableList<Claim> documentClaims = claimExtraction.extractDocument(context, entities);
            progress.step();
            return documentClaims.stream();
          })
          .collect(toImmutableList());
    }
  }

  /** Claims grouped by what they speak of, and judged. */
  public ComparisonResult compare(List<Claim> claims, List<Document> documents) {
    return comparison.compare(claims, documents);
  }

  public ImmutableList<Sentence> sentences(Document document) {
    return splitter.split(document.id(), document.text());
  }

  /**
   * Sentences and times of one document. Times resolve against the stated publication date only: an
   * inferred date is a lower bound ("on or after"), too loose to resolve "on Sunday" with, so it is
   * recorded for the reader and nothing else.
   */
  public DocumentStages documentStages(Document document) {
    ImmutableList<TimeExpression> times = tagger.tag(document.id(), document.text(), document.published().value());
    Document dated = document;
    if (!document.published().isKnown()) {
      MetadataValue<LocalDate> inferred = dateInference.infer(document.id(), document.text());
      dated = document.withPublished(inferred);
    }
    return new DocumentStages(dated, sentences(document), times);
  }

  IndexableDocument indexable(Document document) {
    return indexable(documentStages(document));
  }

  private static IndexableDocument indexable(DocumentStages stages) {
    return new IndexableDocument(stages.document(), stages.sentences(), datesBySentence(stages));
  }

  /** Each bounded time expression, filed under the sentence it occurs in. */
  private static ImmutableListMultimap<Integer, DateRange> datesBySentence(DocumentStages stages) {
    ImmutableListMultimap.Builder<Integer, DateRange> dates = ImmutableListMultimap.builder();
    List<Sentence> sentences = stages.sentences();
    int sentence = 0;
    for (TimeExpression time : stages.times()) {
      while (sentence < sentences.size() - 1 && sentences.get(sentence).end() <= time.start()) {
        sentence++;
      }
      int index = sentence;
      time.interval().ifPresent(interval -> dates.put(index, new DateRange(interval.earliest(), interval.latest())));
    }
    return dates.build();
  }
}
