package dev.crosscheck.pipeline;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimExtraction;
import dev.crosscheck.claim.ClaimInterner;
import dev.crosscheck.claim.DocumentContext;
import dev.crosscheck.compare.Comparison;
import dev.crosscheck.compare.ComparisonResult;
import dev.crosscheck.corpus.BadDocumentException;
import dev.crosscheck.corpus.Corpus;
import dev.crosscheck.corpus.CorpusListing;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.DocumentReader;
import dev.crosscheck.corpus.MetadataValue;
import dev.crosscheck.corpus.SkippedFile;
import dev.crosscheck.entity.DocumentNames;
import dev.crosscheck.entity.EntityIndex;
import dev.crosscheck.entity.RecordedNameLookup;
import dev.crosscheck.index.DateRange;
import dev.crosscheck.index.IndexUpdate;
import dev.crosscheck.index.IndexableDocument;
import dev.crosscheck.index.SentenceIndexer;
import dev.crosscheck.report.AnalysedDocument;
import dev.crosscheck.report.CorpusAnalysis;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.text.SentenceSplitter;
import dev.crosscheck.time.PublicationDateInference;
import dev.crosscheck.time.TemporalTagger;
import dev.crosscheck.time.TimeExpression;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The stages composed: corpus → sentences (indexed) → times → claims → findings. Each stage object is
 * built once and reused; documents are independent until claims are grouped, so the per-document
 * stages run in parallel.
 */
public final class Pipeline {

  private final DocumentReader reader;
  private final DocumentBudget budget;
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final TemporalTagger tagger = new TemporalTagger();
  private final PublicationDateInference dateInference = new PublicationDateInference(tagger);
  private final ClaimExtraction claimExtraction = new ClaimExtraction();
  private final Comparison comparison = Comparison.withDefaultLexicons();

  public Pipeline(DocumentReader reader) {
    this(reader, DocumentBudget.DEFAULT);
  }

  public Pipeline(DocumentReader reader, DocumentBudget budget) {
    this.reader = reader;
    this.budget = budget;
  }

  /** One document through the per-document stages. */
  public record DocumentStages(Document document, ImmutableList<Sentence> sentences,
      ImmutableList<TimeExpression> times) {}

  /** Brings the sentence index in {@code indexFolder} up to date with {@code corpusFolder}. */
  public IndexUpdate index(Path corpusFolder, Path indexFolder, Consumer<String> warnings) {
    CorpusListing listing = CorpusListing.of(corpusFolder);
    return new SentenceIndexer(indexFolder, reader, document -> indexableOrNothing(document, warnings))
        .update(listing, warnings);
  }

  /**
   * A document's sentences to index, or none when its analysis fails: that document is named in a warning,
   * and the other documents are indexed (a crash that ends the run still leaves the previous index).
   */
  private IndexableDocument indexableOrNothing(Document document, Consumer<String> warnings) {
    try {
      return indexable(document);
    } catch (RuntimeException | StackOverflowError e) {
      synchronized (warnings) {
        warnings.accept(SkippedFile.failed(document.path(), e).message() + "; indexed without its sentences");
      }
      return new IndexableDocument(document, ImmutableList.of(), ImmutableListMultimap.of());
    }
  }

  /**
   * The whole job short of writing. It streams, so a corpus far larger than the heap goes through: the
   * first pass reads each document, splits it, tags its times and notes the names it gives people, then
   * drops its text; the index is brought up to date reusing those sentences and times; the second pass reads
   * each text again (cheap next to the stages) to extract its claims against the names of the whole corpus.
   * What stays in memory is compact: sentence offsets, times and claims, their strings shared.
   */
  public CorpusAnalysis analyse(Path corpusFolder, Path indexFolder, Consumer<String> warnings) {
    CorpusListing listing = CorpusListing.of(corpusFolder);
    boolean keepTexts = listing.files().size() <= CorpusAnalysis.FULL_TEXT_DOCUMENTS;
    ClaimInterner interner = new ClaimInterner();
    AnalysisCache cache = new AnalysisCache(cacheFolder(indexFolder), CodeFingerprint.value());
    Corpus.Each<FirstPass> firstPass;
    try (Progress progress = Progress.onStderr("Reading documents", listing.files().size())) {
      firstPass = Corpus.readEach(listing, reader, document -> {
        try {
          return firstPass(document, keepTexts, cache, interner);
        } finally {
          progress.step();
        }
      });
    }
    firstPass.warnings().forEach(warnings);
    Map<String, FirstPass> byId = new HashMap<>();
    firstPass.results().forEach(pass -> byId.put(pass.stages().document().id(), pass));
    SentenceIndexer.Analysis reuse = document -> {
      FirstPass pass = byId.get(document.id());
      return pass != null && pass.stages().document().contentHash().equals(document.contentHash())
          ? indexable(pass.stages().document().withText(document.text()), pass.stages())
          : indexableOrNothing(document, warning -> {});
    };
    // a file the first pass skipped is not indexed: it would be read, and perhaps fail, a second time
    Set<Path> unusable = firstPass.skipped().stream().map(SkippedFile::path).collect(Collectors.toSet());
    CorpusListing usable = new CorpusListing(listing.folder(),
        listing.files().stream().filter(file -> !unusable.contains(file)).collect(toImmutableList()), listing.clashes());
    new SentenceIndexer(indexFolder, reader, reuse).update(usable, warning -> {});

    ImmutableList<AnalysedDocument> analysed = firstPass.results().stream()
        .map(pass -> new AnalysedDocument(pass.stages().document(), pass.stages().sentences()))
        .collect(toImmutableList());
    List<SkippedFile> skipped = new ArrayList<>(firstPass.skipped());
    firstPass.results().forEach(pass -> pass.overrun().ifPresent(skipped::add));
    List<FirstPass> passes = firstPass.results().stream()
        .sorted(Comparator.comparing(pass -> pass.stages().document().id())).toList();
    firstPass = null;
    byId.clear();
    List<SecondPass> secondPass = secondPasses(passes, cache, interner);
    cache.commit(passes.stream().map(pass -> pass.stages().document().id()).collect(Collectors.toSet()));
    // the first pass's times and names are no longer needed: a large corpus needs their room for comparing
    passes = null;
    ImmutableList<Claim> claims = secondPass.stream().flatMap(pass -> pass.claims().stream())
        .collect(toImmutableList());
    Map<String, String> credits = new HashMap<>();
    secondPass.forEach(pass -> pass.agencyCredit().ifPresent(agency -> credits.put(pass.documentId(), agency)));
    Set<String> failed = new HashSet<>();
    for (SecondPass pass : secondPass) {
      pass.overrun().ifPresent(skipped::add);
      pass.failure().ifPresent(failure -> {
        skipped.add(failure);
        failed.add(pass.documentId());
      });
    }
    secondPass = null;
    if (!failed.isEmpty()) {
      analysed = analysed.stream().filter(document -> !failed.contains(document.document().id()))
          .collect(toImmutableList());
    }
    List<Document> documents = analysed.stream().map(AnalysedDocument::document).toList();
    ComparisonResult result = new ComparisonMemo(comparisonFile(indexFolder), CodeFingerprint.value())
        .compare(claims, documents, credits, () -> comparison.compare(claims, documents, credits));
    return new CorpusAnalysis(analysed, onePerFile(skipped), claims, result.clusters(), result.findings());
  }

  /** Skipped files in path order, one entry each: a file over two budgets says so in one line. */
  private static ImmutableList<SkippedFile> onePerFile(List<SkippedFile> skipped) {
    Map<Path, String> reasons = new TreeMap<>();
    skipped.forEach(file -> reasons.merge(file.path(), file.reason(), (first, second) -> first + "; " + second));
    return reasons.entrySet().stream().map(entry -> new SkippedFile(entry.getKey(), entry.getValue()))
        .collect(toImmutableList());
  }

  /** Every document's claims, against the names of the whole corpus; the index of names lives only here. */
  private List<SecondPass> secondPasses(List<FirstPass> passes, AnalysisCache cache, ClaimInterner interner) {
    String entitiesFingerprint = fingerprint(passes);
    // built only if a document's claims must be made again: a rerun served by the cache never needs it
    Supplier<EntityIndex> entities = Suppliers.memoize(() -> entityIndex(passes));
    try (Progress progress = Progress.onStderr("Extracting claims", passes.size())) {
      return passes.parallelStream().map(pass -> {
        SecondPass claims = secondPass(pass, entities, entitiesFingerprint, cache, interner);
        progress.step();
        return claims;
      }).toList();
    }
  }

  /**
   * What the first pass keeps of a document: its stages (its text dropped in a large corpus) and names, and
   * what an earlier run made of the same file, if cached; the text past its budget, if any, and the time it
   * took (both passes share the document's time budget).
   */
  private record FirstPass(DocumentStages stages, DocumentNames names, Optional<AnalysisCache.Entry> cached,
      Optional<SkippedFile> overrun, long nanos) {}

  /**
   * What the second pass makes of a document: its claims and the news agency it credits, if any; the claims
   * past its budget, if any, or why it failed (and is dropped from the report).
   */
  private record SecondPass(String documentId, ImmutableList<Claim> claims, Optional<String> agencyCredit,
      Optional<SkippedFile> overrun, Optional<SkippedFile> failure) {

    static SecondPass failed(String documentId, SkippedFile failure) {
      return new SecondPass(documentId, ImmutableList.of(), Optional.empty(), Optional.empty(), Optional.of(failure));
    }
  }

  private FirstPass firstPass(Document document, boolean keepText, AnalysisCache cache, ClaimInterner interner)
      throws BadDocumentException {
    long started = System.nanoTime();
    Optional<AnalysisCache.Entry> loaded = cache.load(document);
    DocumentStages stages;
    DocumentNames names;
    Optional<AnalysisCache.Entry> cached = Optional.empty();
    if (loaded.isPresent()) {
      AnalysisCache.Entry entry = loaded.get();
      stages = new DocumentStages(document.withPublished(entry.published()), entry.sentences(), entry.times());
      names = entry.names();
      // claims interned as they are read: a corpus's cached claims are all held from this first pass on
      cached = Optional.of(entry.claimsOnly(entry.claims().stream().map(interner::intern).collect(toImmutableList())));
    } else {
      stages = documentStages(document);
      names = claimExtraction.names(new DocumentContext(stages.document(), stages.sentences(), stages.times()));
      budget.checkTime(document, started);
    }
    Document kept = keepText ? stages.document() : stages.document().withoutText();
    return new FirstPass(new DocumentStages(kept, stages.sentences(), interner.internAll(stages.times())), names,
        cached, budget.textOverrun(document), System.nanoTime() - started);
  }

  /** {@link #extractClaims}, where a failure skips the document, never the run. */
  private SecondPass secondPass(FirstPass pass, Supplier<EntityIndex> entities, String entitiesFingerprint, AnalysisCache cache,
      ClaimInterner interner) {
    Document document = pass.stages().document();
    try {
      return extractClaims(pass, entities, entitiesFingerprint, cache, interner);
    } catch (BadDocumentException e) {
      return SecondPass.failed(document.id(), e.toSkippedFile());
    } catch (RuntimeException | StackOverflowError e) {
      return SecondPass.failed(document.id(), SkippedFile.failed(document.path(), e));
    }
  }

  /**
   * Claims of one document: from the cache when the corpus's names are those they were resolved against, or
   * give every answer the extraction took from them (another document naming new people leaves most
   * documents' claims as they were), else extracted afresh (and cached for the next run, unless over
   * budget: its overrun is then reported again).
   */
  private SecondPass extractClaims(FirstPass pass, Supplier<EntityIndex> entities, String entitiesFingerprint,
      AnalysisCache cache, ClaimInterner interner) throws BadDocumentException {
    long started = System.nanoTime() - pass.nanos();
    DocumentStages stages = pass.stages();
    Optional<AnalysisCache.Entry> cached = pass.cached().filter(entry -> entry.entities().equals(entitiesFingerprint)
        || entry.nameAnswers().stream().allMatch(answer -> answer.givenAgainBy(entities.get(), entry.documentId())));
    if (cached.isPresent()) {
      return new SecondPass(stages.document().id(),
          cached.get().claims(), cached.get().agencyCredit(), Optional.empty(), Optional.empty());
    }
    Document document = stages.document();
    if (document.text().isEmpty()) {
      document = document.withText(reread(document));
    }
    RecordedNameLookup names = new RecordedNameLookup(entities.get());
    ImmutableList<Claim> extracted = claimExtraction
        .extractDocument(new DocumentContext(document, stages.sentences(), stages.times()), names);
    budget.checkTime(document, started);
    Optional<SkippedFile> overrun = budget.claimsOverrun(document, extracted);
    ImmutableList<Claim> claims = budget.claimsWithin(extracted).stream().map(interner::intern)
        .collect(toImmutableList());
    Optional<String> credit = comparison.agencyCredit(document.text());
    if (overrun.isEmpty()) {
      cache.store(new AnalysisCache.Entry(document.id(), document.contentHash(), document.published(),
          stages.sentences(), stages.times(), pass.names(), entitiesFingerprint, names.answers(), claims, credit));
    }
    return new SecondPass(document.id(), claims, credit, overrun, Optional.empty());
  }

  /** Cached analyses live beside the index ({@code .crosscheck/index} → {@code .crosscheck/analysis}). */
  private static Path cacheFolder(Path indexFolder) {
    return indexFolder.toAbsolutePath().resolveSibling("analysis");
  }

  /** The previous run's comparison lives beside the index too. */
  private static Path comparisonFile(Path indexFolder) {
    return indexFolder.toAbsolutePath().resolveSibling("comparison.bin");
  }

  /** Its own method so that the builder's per-document counts are garbage before claims are extracted. */
  private static EntityIndex entityIndex(List<FirstPass> passes) {
    EntityIndex.Builder names = EntityIndex.builder();
    passes.forEach(pass -> names.add(pass.names()));
    return names.build();
  }

  /** Identifies the names of the whole corpus: claims resolved against other names must be made again. */
  private static String fingerprint(List<FirstPass> passes) {
    Hasher hasher = Hashing.sha256().newHasher();
    for (FirstPass pass : passes) {
      DocumentNames names = pass.names();
      hasher.putString(names.documentId(), StandardCharsets.UTF_8).putInt(names.fullNames().size());
      names.fullNames().forEach(name -> hasher.putString(name, StandardCharsets.UTF_8).putByte((byte) 0));
      hasher.putInt(names.titles().size());
      names.titles().forEach(titled -> hasher.putString(titled.title(), StandardCharsets.UTF_8).putByte((byte) 0)
          .putString(titled.name(), StandardCharsets.UTF_8).putByte((byte) 0));
    }
    return hasher.hash().toString();
  }

  /**
   * The text of a document whose text the first pass dropped. A file changed between the passes would
   * misplace every offset, so that document is skipped, not guessed at.
   */
  private String reread(Document stripped) throws BadDocumentException {
    Document again = reader.read(stripped.path());
    if (!again.contentHash().equals(stripped.contentHash())) {
      throw new BadDocumentException(stripped.path(), "changed while the report was being made; run it again");
    }
    return again.text();
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
    // only the text within the document's budget is analysed; offsets into it are offsets into the whole text
    String text = document.text().substring(0, budget.analysedLength(document.text()));
    ImmutableList<TimeExpression> times = tagger.tag(document.id(), text, document.published().value());
    Document dated = document;
    if (!document.published().isKnown()) {
      MetadataValue<LocalDate> inferred = dateInference.infer(document.id(), text);
      dated = document.withPublished(inferred);
    }
    return new DocumentStages(dated, splitter.split(document.id(), text), times);
  }

  IndexableDocument indexable(Document document) {
    DocumentStages stages = documentStages(document);
    return indexable(stages.document(), stages);
  }

  /** What the index stores of a document: {@code document} has its text, {@code stages} may not. */
  private static IndexableDocument indexable(Document document, DocumentStages stages) {
    return new IndexableDocument(document, stages.sentences(), datesBySentence(stages));
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
