package dev.crosscheck.compare;

import com.google.common.base.Splitter;
import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ListMultimap;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimType;
import dev.crosscheck.claim.ValueKind;
import dev.crosscheck.corpus.Basis;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.entity.TitleEquivalence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The compare stage: groups the claims of a corpus by what they speak of, then judges each value stated
 * about it across sources. Event coreference comes first (which mentions are one letter, one summit);
 * values are only ever compared within a cluster, so two different letters can never conflict.
 *
 * <p>Construct once (it loads its lexicons) and reuse; {@link #compare} keeps no state between calls.
 */
public final class Comparison {

  private static final Splitter DESCRIPTOR_LIST = Splitter.on(';').trimResults().omitEmptyStrings();

  private final EventClasses eventClasses;
  private final Places places;
  private final ImmutableSet<String> instanceMarkers;
  private final Pattern agencyCredit;
  private final EventCoreference eventCoreference;
  private final EventFacets eventFacets;
  private final RoleClusters roleClusters;
  private final AttributionClusters attributionClusters;
  private final ValueAlignment valueAlignment;
  private final QuoteClusters quoteClusters;
  private final InjurySeverities injurySeverities;
  private final StatementAlignment statementAlignment;
  private final InvestigatorAlignment investigatorAlignment;
  private final FirstReportAlignment firstReportAlignment;
  /** Read once: the cues are general English and the judge of every comparison uses them. */
  private static final ProspectiveStages STAGES = ProspectiveStages.load();

  public Comparison(TitleRelation titles) {
    this.places = Places.load();
    ImmutableSet<String> stopwords = LexiconFiles.lines("stopwords.txt").stream()
        .map(word -> word.strip().toLowerCase(Locale.ROOT)).collect(ImmutableSet.toImmutableSet());
    this.eventClasses = EventClasses.load();
    this.instanceMarkers = LexiconFiles.lines("instance-markers.txt").stream()
        .map(word -> word.strip().toLowerCase(Locale.ROOT)).collect(ImmutableSet.toImmutableSet());
    this.agencyCredit = SourceIndependence.creditPattern(LexiconFiles.lines("agencies.txt").stream()
        .map(String::strip).collect(ImmutableList.toImmutableList()));
    this.eventCoreference = new EventCoreference(places);
    this.eventFacets = new EventFacets(places);
    this.roleClusters = new RoleClusters(titles);
    this.attributionClusters = new AttributionClusters(new ContentWords(stopwords), StanceOpposites.load());
    StatementContexts statementContexts = StatementContexts.load();
    this.valueAlignment = new ValueAlignment(statementContexts, NounClasses.load());
    this.statementAlignment = new StatementAlignment(StatementWords.load(StatementContexts.loadForStatements()));
    this.injurySeverities = InjurySeverities.load(statementContexts);
    this.quoteClusters = new QuoteClusters(stopwords);
    this.investigatorAlignment = InvestigatorAlignment.load();
    this.firstReportAlignment = FirstReportAlignment.load();
  }

  /** With the claim stage's title equivalences, widened by this stage's title classes. */
  public static Comparison withDefaultLexicons() {
    return new Comparison(new EntityTitleRelation(TitleEquivalence.instance(), TitleClasses.load()));
  }

  /** Compares without document texts: no wire copies can be detected, every document counts as a source. */
  public ComparisonResult compare(List<Claim> claims) {
    return compare(claims, List.of());
  }

  /**
   * Clusters the claims and judges them.
   *
   * @param documents the corpus's documents, read for agency credits to detect wire copies and for
   *     publication dates, which keep apart undated mentions of letters in articles months apart
   */
  public ComparisonResult compare(List<Claim> claims, List<Document> documents) {
    Map<String, String> credits = new HashMap<>();
    documents.forEach(document -> agencyCredit(document.text()).ifPresent(agency -> credits.put(document.id(), agency)));
    return compare(claims, documents, credits);
  }

  /**
   * The news agency a text credits ("(AP)", "WASHINGTON (Yonhap) --"), if any: copies of one agency's
   * story count as one source. Read once per document, so a corpus can be compared without its texts.
   */
  public Optional<String> agencyCredit(String text) {
    return SourceIndependence.agencyCredit(text, agencyCredit);
  }

  /**
   * Clusters the claims and judges them, with the agency credits already read from the documents' texts
   * ({@link #agencyCredit}), so {@code documents} may have been stripped of their texts.
   *
   * @param creditByDocument document id to the agency it credits, for the documents that credit one
   */
  public ComparisonResult compare(List<Claim> claims, List<Document> documents, Map<String, String> creditByDocument) {
    List<Claim> ordered = claims.stream().sorted(ClaimOrder.COMPARATOR).toList();
    SourceIndependence independence = documents.isEmpty()
        ? SourceIndependence.none() : SourceIndependence.of(creditByDocument, ordered);
    Map<String, LocalDate> published = new HashMap<>();
    documents.forEach(document -> document.published().value().ifPresent(date -> published.put(document.id(), date)));
    // an event a sentence denies ("ended without an agreement") has no date or place to agree on
    List<EventMention> mentions = ordered.stream().filter(claim -> claim.type() == ClaimType.EVENT)
        .filter(claim -> !claim.slot("mood").filter("negated"::equals).isPresent())
        .map(claim -> EventMention.of(claim, eventClasses, places, instanceMarkers,
            Optional.ofNullable(published.get(claim.documentId()))))
        .toList();
    // only a day the publisher or the text states: an inferred day (bounded by the events an article reports) can
    // be years off and would put a late report first
    Map<String, LocalDate> statedPublished = new HashMap<>();
    documents.stream().filter(document -> document.published().basis() == Basis.METADATA
            || document.published().basis() == Basis.TEXT)
        .forEach(document -> document.published().value()
            .ifPresent(date -> statedPublished.put(document.id(), date)));
    LocalClocks localClocks = LocalClocks.of(statedPublished.values());
    // the eight kinds of cluster are built independently of each other; their order is restored after
    List<Supplier<List<ClusterDraft>>> builders = List.of(
        () -> eventCoreference.cluster(mentions).stream().map(eventFacets::draft).toList(),
        () -> roleClusters.drafts(ofType(ordered, ClaimType.ROLE)),
        () -> attributionClusters.drafts(ofType(ordered, ClaimType.ATTRIBUTION), published),
        () -> valueAlignment.drafts(ordered, localClocks),
        () -> quoteClusters.drafts(quotedWords(ordered), ordered, published),
        () -> injurySeverities.drafts(ordered),
        () -> investigatorAlignment.drafts(ordered),
        () -> firstReportAlignment.drafts(ordered));
    List<ClusterDraft> drafts = new ArrayList<>(builders.parallelStream().map(Supplier::get).flatMap(List::stream).toList());
    // last, so that a fact the other clusters already hold is not reported twice
    drafts.addAll(statementAlignment.drafts(ordered, drafts));
    return judge(drafts, independence, statedPublished);
  }

  /**
   * Quotes, and the characterisations of events that are phrases of two words or more ("complete
   * denuclearization", "birthday greeting"): the claim stage keeps many quoted phrases as descriptors.
   */
  private static List<QuoteClusters.QuotedWords> quotedWords(List<Claim> claims) {
    List<QuoteClusters.QuotedWords> quoted = new ArrayList<>();
    for (Claim claim : claims) {
      if (claim.type() == ClaimType.QUOTE) {
        quoted.add(QuoteClusters.QuotedWords.ofQuote(claim));
      } else if (claim.type() == ClaimType.EVENT) {
        claim.slot("descriptor").ifPresent(list -> DESCRIPTOR_LIST.splitToStream(list)
            .filter(descriptor -> descriptor.contains(" "))
            .forEach(descriptor -> quoted.add(new QuoteClusters.QuotedWords(claim, descriptor, Optional.empty()))));
      }
    }
    return quoted;
  }

  private static List<Claim> ofType(List<Claim> claims, ClaimType type) {
    return claims.stream().filter(claim -> claim.type() == type).toList();
  }

  /**
   * Gives ids in document order of each cluster's first claim, and judges every facet. Clusters other than
   * events are kept only when they span two documents: one document's roles or quotes alone are no news.
   */
  private static ComparisonResult judge(List<ClusterDraft> drafts, SourceIndependence independence,
      Map<String, LocalDate> published) {
    List<ClusterDraft> kept = drafts.stream()
        .filter(draft -> draft.event() || documentsOf(draft).size() >= 2)
        .sorted(Comparator.comparing((ClusterDraft draft) -> draft.claims().get(0), ClaimOrder.COMPARATOR)
            .thenComparing(ClusterDraft::kind).thenComparing(ClusterDraft::label))
        .toList();
    FacetJudge judge = new FacetJudge(independence, STAGES);
    // each cluster's facets judged on their own, in parallel; gathered in cluster order below
    List<List<List<FacetJudge.Draft>>> findingsOfFacets = IntStream.range(0, kept.size()).parallel()
        .mapToObj(c -> kept.get(c).facets().stream()
            .map(facet -> (List<FacetJudge.Draft>) judge.judge(kept.get(c).label(), facet)).toList())
        .toList();
    ImmutableList.Builder<EventCluster> clusters = ImmutableList.builder();
    List<Judged> judged = new ArrayList<>();
    Map<String, Claim> claimById = new HashMap<>();
    for (int c = 0; c < kept.size(); c++) {
      ClusterDraft draft = kept.get(c);
      String eventId = "e" + (c + 1);
      clusters.add(new EventCluster(eventId, draft.kind(), draft.label(),
          draft.claims().stream().map(Claim::id).collect(ImmutableList.toImmutableList()),
          ImmutableList.copyOf(documentsOf(draft))));
      draft.claims().forEach(claim -> claimById.putIfAbsent(claim.id(), claim));
      for (int f = 0; f < draft.facets().size(); f++) {
        Facet facet = draft.facets().get(f);
        for (FacetJudge.Draft finding : findingsOfFacets.get(c).get(f)) {
          judged.add(new Judged(eventId, facet.kind() == FacetKind.DATE,
              !draft.event() && facet.name().equals(ValueKind.DATE.jsonName()), finding));
        }
      }
    }
    // both checks below look only at findings that share a sentence with the one judged, found through
    // these indexes by sentence, so that a corpus of thousands of findings is not compared pair by pair
    ListMultimap<String, Set<String>> agreeingSentences = ArrayListMultimap.create();
    judged.stream()
        .filter(j -> !j.bareDate() && j.finding().verdict() == Verdict.AGREEMENT)
        .map(j -> sentencesOf(j.finding(), claimById))
        .forEach(sentences -> sentences.forEach(sentence -> agreeingSentences.put(sentence, sentences)));
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    ListMultimap<String, FacetJudge.Draft> reported = ArrayListMultimap.create();
    int findingNumber = 0;
    for (Judged j : judged) {
      findingNumber++;
      FacetJudge.Draft finding = j.finding();
      // "about 30 miles (48 kilometers)": the bracketed figure is the same figure in other units, and a
      // finding made of such figures only repeats the one made of the figures they convert
      Set<String> sentences = sentencesOf(finding, claimById);
      if (anyOnce(sentences, reported,
          earlier -> earlier.verdict() == finding.verdict() && convertsAll(finding, earlier, claimById))) {
        continue;
      }
      // "The letter is dated July 6" agrees twice: as the letter's date and as a bare date; the second says
      // nothing the first does not. So does a bare date whose sentences already agree on a count or a
      // statement ("three hostages were released in May"), give or take another mention by the same sources.
      if (j.bareDate() && finding.verdict() == Verdict.AGREEMENT
          && anyOnce(sentences, agreeingSentences, covering -> saysNothingNew(sentences, covering))) {
        continue;
      }
      sentences.forEach(sentence -> reported.put(sentence, finding));
      String explanation = finding.verdict() != Verdict.CONFLICT ? finding.explanation()
          : PublicationOrder.of(finding.sides(), published).map(order -> finding.explanation() + " " + order + ".")
              .orElse(finding.explanation());
      findings.add(new Finding("f" + findingNumber, finding.verdict(), j.eventId(), finding.topic(),
          finding.claimIds(), finding.sides(), explanation, finding.independentSources()));
    }
    return new ComparisonResult(clusters.build(), findings.build());
  }

  /**
   * Whether any value indexed under one of the sentences passes the test, each value tested once however many
   * of the sentences it stands under: told apart by identity, since hashing a finding or a set of sentences
   * costs more than the test.
   */
  private static <T> boolean anyOnce(Set<String> sentences, ListMultimap<String, T> bySentence, Predicate<T> test) {
    Set<T> tested = Collections.newSetFromMap(new IdentityHashMap<>());
    for (String sentence : sentences) {
      for (T value : bySentence.get(sentence)) {
        if (tested.add(value) && test.test(value)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A finding as judged, before ids are given, with what it dates: an event, or a date said on its own. */
  private record Judged(String eventId, boolean eventDate, boolean bareDate, FacetJudge.Draft finding) {}

  /** Whether every figure of a finding is written beside one of another finding's, in brackets, as its conversion. */
  private static boolean convertsAll(FacetJudge.Draft finding, FacetJudge.Draft earlier, Map<String, Claim> claimById) {
    List<Claim> theirs = earlier.claimIds().stream().map(claimById::get).toList();
    return finding.claimIds().stream().map(claimById::get).allMatch(mine -> isValue(mine)
        && theirs.stream().anyMatch(their -> isValue(their) && !their.id().equals(mine.id())
            && their.documentId().equals(mine.documentId()) && their.sentence() == mine.sentence()
            && (mine.sentenceText().contains(their.object() + " (" + mine.object())
                || mine.sentenceText().contains(mine.object() + " (" + their.object()))));
  }

  private static boolean isValue(Claim claim) {
    return claim.type() == ClaimType.VALUE || claim.type() == ClaimType.QUANTITY;
  }

  /**
   * Whether another agreement holds sentences of two documents or more of a bare date's, and what it leaves
   * out is said by those same documents: no new source agrees on anything.
   */
  private static boolean saysNothingNew(Set<String> bareDateSentences, Set<String> covering) {
    Set<String> coveredDocuments = new TreeSet<>();
    Set<String> leftDocuments = new TreeSet<>();
    for (String sentence : bareDateSentences) {
      String document = sentence.substring(0, sentence.lastIndexOf('#'));
      (covering.contains(sentence) ? coveredDocuments : leftDocuments).add(document);
    }
    return coveredDocuments.size() >= 2 && coveredDocuments.containsAll(leftDocuments);
  }

  private static Set<String> sentencesOf(FacetJudge.Draft finding, Map<String, Claim> claimById) {
    return finding.claimIds().stream().map(claimById::get)
        .map(Claim::sentenceKey).collect(Collectors.toSet());
  }

  private static TreeSet<String> documentsOf(ClusterDraft draft) {
    return draft.claims().stream().map(Claim::documentId).collect(Collectors.toCollection(TreeSet::new));
  }
}
