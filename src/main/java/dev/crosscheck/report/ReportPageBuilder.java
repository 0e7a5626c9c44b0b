package dev.crosscheck.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Lists;
import com.google.common.collect.Multiset;
import com.google.common.collect.TreeMultiset;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimType;
import dev.crosscheck.compare.EventCluster;
import dev.crosscheck.compare.Finding;
import dev.crosscheck.compare.FindingSide;
import dev.crosscheck.compare.Verdict;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.text.Sentence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Turns a corpus analysis into the laid-out page that report.html renders. */
final class ReportPageBuilder {

  /** Slot keys whose values name people, organisations or places, offered in the entity filter. */
  private static final ImmutableList<String> ENTITY_SLOTS =
      ImmutableList.of("sender", "recipient", "participants", "traveller", "place", "organisation");
  /** Timelines of conflicted events open by default; more would make the page long before any reading. */
  private static final int OPEN_TIMELINES = 6;
  /** Evidence sentences shown per value before the rest is folded away (a fold never hides just one). */
  private static final int EVIDENCE_SHOWN = 3;
  /**
   * Evidence sentences written into the page per value; the rest are counted. A value thousands of copies
   * state would otherwise make a page no browser opens; report.json keeps them all.
   */
  private static final int EVIDENCE_LISTED = 25;
  /** Sources named beside a value; the filter still knows them all. */
  private static final int SOURCES_NAMED = 8;
  /** How much a verdict asks for a reader's attention: a claim in any conflict is drawn as conflicted. */
  private static final ImmutableMap<Verdict, Integer> PRESSURE =
      ImmutableMap.of(Verdict.CONFLICT, 3, Verdict.AGREEMENT, 2, Verdict.SINGLE_SOURCE, 1);

  private final CorpusAnalysis analysis;
  private final Map<String, AnalysedDocument> documents = new LinkedHashMap<>();
  /** Each document's source name, made once: the page names a source beside every claim it shows. */
  private final Map<String, String> sourceNames = new HashMap<>();
  private final Map<String, Claim> claims = new LinkedHashMap<>();
  private final Map<String, EventCluster> clusters = new LinkedHashMap<>();
  private final Map<String, Verdict> verdictOfClaim = new LinkedHashMap<>();
  /** Above this many documents the documents section shows only the sentences that evidence cites. */
  private final boolean excerpts;
  /** The sentences evidence on the page links to: document id to sentence indexes. */
  private final Map<String, Set<Integer>> cited = new HashMap<>();

  private ReportPageBuilder(CorpusAnalysis analysis) {
    this.analysis = analysis;
    this.excerpts = analysis.documents().size() > CorpusAnalysis.FULL_TEXT_DOCUMENTS
        || analysis.documents().stream().anyMatch(analysed -> analysed.document().text().isEmpty());
    analysis.documents().stream()
        .sorted(Comparator.comparing(analysed -> analysed.document().id(), IdOrder.INSTANCE))
        .forEach(analysed -> documents.put(analysed.document().id(), analysed));
    documents.forEach((id, analysed) -> sourceNames.put(id, SourceNames.of(analysed.document())));
    analysis.claims().forEach(claim -> claims.put(claim.id(), claim));
    analysis.clusters().stream()
        .sorted(Comparator.comparing(EventCluster::id, IdOrder.INSTANCE))
        .forEach(cluster -> clusters.put(cluster.id(), cluster));
    // A claim drawn on a timeline takes the most pressing verdict of the findings resting on it.
    for (Finding finding : analysis.findings()) {
      for (String claimId : finding.claimIds()) {
        verdictOfClaim.merge(claimId, finding.verdict(), ReportPageBuilder::morePressing);
      }
    }
  }

  static ReportPage build(CorpusAnalysis analysis) {
    return new ReportPageBuilder(analysis).page();
  }

  private ReportPage page() {
    Map<Verdict, List<Finding>> byVerdict = new EnumMap<>(Verdict.class);
    for (Verdict verdict : Verdict.values()) {
      byVerdict.put(verdict, new ArrayList<>());
    }
    analysis.findings().forEach(finding -> byVerdict.get(finding.verdict()).add(finding));
    byVerdict.values().forEach(list -> list.sort(FindingOrder.of(analysis.clusters())));

    ImmutableList<ReportPage.EventRow> eventRows = eventRows();
    Set<String> sources = documents.values().stream().map(this::sourceName)
        .collect(Collectors.toCollection(TreeSet::new));
    ReportPage.Overview overview = new ReportPage.Overview(documents.size(), sources.size(),
        analysis.skipped().size(), claims.size(), clusters.size(), byVerdict.get(Verdict.CONFLICT).size(),
        byVerdict.get(Verdict.AGREEMENT).size(), byVerdict.get(Verdict.SINGLE_SOURCE).size());

    List<FindingPlan> all = new ArrayList<>();
    List<ReportPage.FindingView> conflicts = views(byVerdict.get(Verdict.CONFLICT), all);
    Map<String, EventCluster> clusterById = new HashMap<>();
    analysis.clusters().forEach(cluster -> clusterById.put(cluster.id(), cluster));
    Map<Boolean, List<Finding>> agreedByTitleOnly = byVerdict.get(Verdict.AGREEMENT).stream()
        .collect(Collectors.partitioningBy(finding -> FindingOrder.isTitle(finding, clusterById)));
    List<ReportPage.FindingView> agreements = views(agreedByTitleOnly.get(false), all);
    List<ReportPage.FindingView> alsoAgreed = views(agreedByTitleOnly.get(true), all);
    List<ReportPage.FindingView> singles = views(byVerdict.get(Verdict.SINGLE_SOURCE), all);
    List<ReportPage.TimelineView> timelines = timelines(eventRows);
    // last: the documents show the sentences the findings and timelines cite, all known by now
    List<ReportPage.DocumentView> documentViews = documentViews();

    return new ReportPage("Crosscheck report", ReportAssets.ASSETS, overview, eventRows, filters(all, eventRows),
        conflicts, agreements, alsoAgreed, singles, timelines, documentViews, excerpts, skippedViews());
  }

  /**
   * The findings' cards, each laid out only when the page writer reaches it: held all at once, the cards of
   * a large corpus (evidence sentences, split around their claims) weigh as much as the page itself.
   */
  private List<ReportPage.FindingView> views(List<Finding> findings, List<FindingPlan> all) {
    ImmutableList<FindingPlan> plans = findings.stream().map(this::plan).collect(ImmutableList.toImmutableList());
    all.addAll(plans);
    return Lists.transform(plans, this::findingView);
  }

  /**
   * A finding's card short of its evidence: each side's claims in the order shown, and the sources and
   * entities the filters count. Marks the sentences its evidence will cite.
   */
  private record FindingPlan(Finding finding, ImmutableList<SidePlan> sides, String sourcesData,
      String entitiesData) {}

  private record SidePlan(String value, String sources, List<Claim> claims) {}

  private FindingPlan plan(Finding finding) {
    List<FindingSide> sides = new ArrayList<>(finding.sides());
    Set<String> onSomeSide = sides.stream().flatMap(side -> side.claimIds().stream()).collect(Collectors.toSet());
    List<String> unsided = finding.claimIds().stream().filter(id -> !onSomeSide.contains(id)).toList();
    if (!unsided.isEmpty()) {
      sides.add(new FindingSide("(other evidence)", ImmutableList.copyOf(unsided), ImmutableList.of()));
    }
    Set<String> sourceNames = new TreeSet<>();
    Set<String> entities = new TreeSet<>();
    ImmutableList.Builder<SidePlan> sidePlans = ImmutableList.builder();
    for (FindingSide side : sides) {
      List<Claim> sideClaims = side.claimIds().stream().map(claims::get).filter(claim -> claim != null)
          .sorted(Comparator.comparing(Claim::documentId, IdOrder.INSTANCE).thenComparingInt(Claim::start))
          .toList();
      Set<String> sideSources = new LinkedHashSet<>();
      side.documentIds().forEach(id -> sideSources.add(sourceName(id)));
      sideClaims.forEach(claim -> sideSources.add(sourceName(claim.documentId())));
      sourceNames.addAll(sideSources);
      sideClaims.forEach(claim -> entities.addAll(entities(claim)));
      sideClaims.stream().limit(EVIDENCE_LISTED)
          .forEach(claim -> evidenceSentence(claim).ifPresent(sentence -> cite(claim)));
      sidePlans.add(new SidePlan(side.value(), sourceList(sideSources), sideClaims));
    }
    return new FindingPlan(finding, sidePlans.build(), String.join("\n", sourceNames), String.join("\n", entities));
  }

  private ReportPage.FindingView findingView(FindingPlan plan) {
    Finding finding = plan.finding();
    ImmutableList.Builder<ReportPage.SideView> sideViews = ImmutableList.builder();
    for (SidePlan side : plan.sides()) {
      ImmutableList<ReportPage.EvidenceView> evidence = side.claims().stream().limit(EVIDENCE_LISTED)
          .map(this::evidence).collect(ImmutableList.toImmutableList());
      int shown = evidence.size() <= EVIDENCE_SHOWN + 1 ? evidence.size() : EVIDENCE_SHOWN;
      sideViews.add(new ReportPage.SideView(side.value(), side.sources(), evidence.subList(0, shown),
          evidence.subList(shown, evidence.size()), side.claims().size() - evidence.size()));
    }
    Optional<EventCluster> cluster = Optional.ofNullable(clusters.get(finding.eventId()));
    return new ReportPage.FindingView(finding.id(), Anchors.finding(finding.id()), finding.verdict().jsonName(),
        verdictLabel(finding.verdict()), finding.topic(), finding.explanation(), finding.eventId(),
        cluster.map(EventCluster::label).orElse(finding.eventId()), Anchors.event(finding.eventId()),
        finding.independentSources(), plan.sourcesData(), plan.entitiesData(), sideViews.build());
  }

  /** The sentence an evidence line quotes, when its document and sentence are known. */
  private Optional<Sentence> evidenceSentence(Claim claim) {
    AnalysedDocument analysed = documents.get(claim.documentId());
    return analysed == null ? Optional.empty() : sentenceAt(analysed, claim.sentence());
  }

  private ReportPage.EvidenceView evidence(Claim claim) {
    String source = sourceName(claim.documentId());
    int number = claim.sentence() + 1;
    String anchor = "#" + Anchors.sentence(claim.documentId(), number);
    Optional<Sentence> sentence = evidenceSentence(claim);
    if (sentence.isEmpty()) {
      return new ReportPage.EvidenceView(claim.sentenceText(), "", "", source, "date unknown", "unknown",
          claim.documentId(), anchor, number);
    }
    // offsets within the sentence's own text, so the document's text need not be in memory
    String text = claim.sentenceText();
    int origin = sentence.get().start();
    int start = Math.max(0, Math.min(claim.start() - origin, text.length()));
    int end = Math.max(start, Math.min(claim.end() - origin, text.length()));
    Document document = documents.get(claim.documentId()).document();
    return new ReportPage.EvidenceView(text.substring(0, start), text.substring(start, end), text.substring(end),
        source, published(document), document.published().basis().jsonName(), title(document), anchor, number);
  }

  private void cite(Claim claim) {
    cited.computeIfAbsent(claim.documentId(), id -> new TreeSet<>()).add(claim.sentence());
  }

  private static Optional<Sentence> sentenceAt(AnalysedDocument analysed, int index) {
    if (index >= 0 && index < analysed.sentences().size() && analysed.sentences().get(index).index() == index) {
      return Optional.of(analysed.sentences().get(index));
    }
    return analysed.sentences().stream().filter(sentence -> sentence.index() == index).findFirst();
  }

  private ImmutableList<ReportPage.EventRow> eventRows() {
    Map<String, Map<Verdict, Integer>> counts = new LinkedHashMap<>();
    for (Finding finding : analysis.findings()) {
      counts.computeIfAbsent(finding.eventId(), id -> new EnumMap<>(Verdict.class))
          .merge(finding.verdict(), 1, Integer::sum);
    }
    List<ReportPage.EventRow> rows = new ArrayList<>();
    for (EventCluster cluster : clusters.values()) {
      Map<Verdict, Integer> verdicts = counts.getOrDefault(cluster.id(), Map.of());
      if (excerpts && verdicts.isEmpty()) {
        // a large corpus has thousands of events no finding rests on: their rows and timelines would bury the rest
        continue;
      }
      rows.add(new ReportPage.EventRow(cluster.id(), Anchors.event(cluster.id()), cluster.label(), cluster.kind(),
          verdicts.getOrDefault(Verdict.CONFLICT, 0), verdicts.getOrDefault(Verdict.AGREEMENT, 0),
          verdicts.getOrDefault(Verdict.SINGLE_SOURCE, 0), cluster.documentIds().size()));
    }
    rows.sort(Comparator.comparingInt(ReportPage.EventRow::conflicts).reversed()
        .thenComparing(Comparator.comparingInt(ReportPage.EventRow::agreements).reversed())
        .thenComparing(ReportPage.EventRow::id, IdOrder.INSTANCE));
    return ImmutableList.copyOf(rows);
  }

  private ReportPage.Filters filters(List<FindingPlan> findings, List<ReportPage.EventRow> events) {
    Multiset<String> sources = TreeMultiset.create();
    Multiset<String> entities = TreeMultiset.create();
    for (FindingPlan finding : findings) {
      lines(finding.sourcesData()).forEach(sources::add);
      lines(finding.entitiesData()).forEach(entities::add);
    }
    ImmutableList<ReportPage.Option> eventOptions = events.stream()
        .map(row -> new ReportPage.Option(row.id(), row.label(), row.conflicts() + row.agreements()
            + row.singleSource()))
        .collect(ImmutableList.toImmutableList());
    return new ReportPage.Filters(options(sources), options(entities), eventOptions);
  }

  private static ImmutableList<ReportPage.Option> options(Multiset<String> values) {
    return values.entrySet().stream()
        .map(entry -> new ReportPage.Option(entry.getElement(), entry.getElement(), entry.getCount()))
        .collect(ImmutableList.toImmutableList());
  }

  private static List<String> lines(String data) {
    return data.isEmpty() ? List.of() : List.of(data.split("\n"));
  }

  /**
   * The timelines, each laid out only when the page writer reaches it (their marks and tooltips are many).
   * The sentences their marks link to are cited now, for the documents section to show.
   */
  private List<ReportPage.TimelineView> timelines(List<ReportPage.EventRow> rows) {
    ImmutableList.Builder<TimelinePlan> plans = ImmutableList.builder();
    int opened = 0;
    for (ReportPage.EventRow row : rows) {
      EventCluster cluster = clusters.get(row.id());
      List<Claim> clusterClaims = clusterClaims(cluster);
      // its marks link to their sentences, which an excerpt of the documents must then show
      Set<String> drawnLanes = TimelineLayout.drawnLanes(cluster, clusterClaims, this::lane);
      clusterClaims.stream().filter(claim -> drawnLanes.contains(claim.documentId())).forEach(this::cite);
      boolean open = row.conflicts() > 0 && opened < OPEN_TIMELINES;
      opened += open ? 1 : 0;
      plans.add(new TimelinePlan(row, open));
    }
    return Lists.transform(plans.build(), this::timelineView);
  }

  private record TimelinePlan(ReportPage.EventRow row, boolean open) {}

  private ReportPage.TimelineView timelineView(TimelinePlan plan) {
    ReportPage.EventRow row = plan.row();
    EventCluster cluster = clusters.get(row.id());
    List<Claim> clusterClaims = clusterClaims(cluster);
    TimelineLayout.Geometry geometry = TimelineLayout.layout(cluster, clusterClaims, this::lane,
        claim -> Optional.ofNullable(verdictOfClaim.get(claim.id())).map(Verdict::jsonName).orElse("none"),
        this::tooltip);
    String description = "Timeline of " + clusterClaims.size() + " claims from " + geometry.rows().size()
        + " sources, " + geometry.span();
    return new ReportPage.TimelineView(row.id(), row.anchor(), row.label(), row.kind(), row.conflicts(),
        row.agreements(), row.singleSource(), plan.open(), geometry.width(), geometry.height(),
        TimelineLayout.PLOT_LEFT, TimelineLayout.PLOT_RIGHT, TimelineLayout.UNDATED_LEFT, geometry.axisY(),
        geometry.ticks(), geometry.rows(), geometry.marks(), geometry.hiddenRows(), description);
  }

  private List<Claim> clusterClaims(EventCluster cluster) {
    return cluster.claimIds().stream().map(claims::get).filter(claim -> claim != null).toList();
  }

  private TimelineLayout.Lane lane(String documentId) {
    AnalysedDocument analysed = documents.get(documentId);
    return new TimelineLayout.Lane(documentId, sourceName(documentId),
        analysed == null ? Optional.empty() : analysed.document().published().value());
  }

  private String tooltip(Claim claim) {
    AnalysedDocument analysed = documents.get(claim.documentId());
    String published = analysed == null ? "date unknown" : published(analysed.document());
    String when = claim.time().map(time -> " [" + time.text() + " = " + time.value() + "]").orElse("");
    String head = sourceName(claim.documentId()) + " (" + published + "): " + claim.object() + when;
    // in a large corpus the sentence is one click away; repeating it in every mark's tooltip doubled the page
    return excerpts ? head : head + "\n" + claim.sentenceText();
  }

  /** The documents, each laid out only when the page writer reaches it; call once every citation is made. */
  private List<ReportPage.DocumentView> documentViews() {
    Map<String, List<Claim>> claimsByDocument = new HashMap<>();
    claims.values().forEach(claim -> claimsByDocument.computeIfAbsent(claim.documentId(), id -> new ArrayList<>())
        .add(claim));
    List<AnalysedDocument> shown = documents.values().stream()
        .filter(analysed -> !excerpts || cited.containsKey(analysed.document().id()))
        .toList();
    return Lists.transform(shown,
        analysed -> documentView(analysed, claimsByDocument.getOrDefault(analysed.document().id(), List.of())));
  }

  private ReportPage.DocumentView documentView(AnalysedDocument analysed, List<Claim> documentClaims) {
    Document document = analysed.document();
    Set<Integer> citedSentences = cited.getOrDefault(document.id(), Set.of());
    ImmutableList.Builder<ReportPage.SentenceView> sentences = ImmutableList.builder();
    for (Sentence sentence : analysed.sentences()) {
      if (excerpts && !citedSentences.contains(sentence.index())) {
        continue;
      }
      List<Claim> inSentence = new ArrayList<>();
      for (Claim claim : documentClaims) {
        if (claim.start() < sentence.end() && claim.end() > sentence.start()) {
          inSentence.add(claim);
        }
      }
      int number = sentence.index() + 1;
      sentences.add(new ReportPage.SentenceView(Anchors.sentence(document.id(), number), number,
          pieces(document, sentence, inSentence)));
    }
    return new ReportPage.DocumentView(document.id(), Anchors.document(document.id()), title(document),
        sourceName(document.id()), published(document), document.published().basis().jsonName(),
        ReportJsonWriter.portablePath(document.path()), webAddress(document),
        documentClaims.size(), documents.size() == 1, sentences.build(), analysed.sentences().size(), excerpts);
  }

  /**
   * A sentence cut around its claims' spans. In an excerpt the document's text is not in memory: the text
   * comes from a claim of that sentence (the excerpt shows only sentences evidence cites, all with claims).
   */
  private static ImmutableList<ReportPage.TextPiece> pieces(Document document, Sentence sentence, List<Claim> claims) {
    // a statement spans its whole sentence: marking it would mark every sentence, and hide the claims inside
    List<HighlightedText.Span> spans = claims.stream().filter(claim -> claim.type() != ClaimType.STATEMENT)
        .map(claim -> new HighlightedText.Span(claimLabel(claim), claim.start(), claim.end()))
        .toList();
    if (!document.text().isEmpty()) {
      return HighlightedText.pieces(document.text(), sentence.start(), sentence.end(), spans);
    }
    String text = claims.stream().filter(claim -> claim.sentence() == sentence.index()).findFirst()
        .map(Claim::sentenceText).orElse("");
    List<HighlightedText.Span> shifted = spans.stream()
        .map(span -> new HighlightedText.Span(span.label(), span.start() - sentence.start(), span.end() - sentence.start()))
        .toList();
    return HighlightedText.pieces(text, 0, text.length(), shifted);
  }

  /** The sources of a value, the first few named: a wire story in forty outlets would fill the column. */
  private static String sourceList(Set<String> sources) {
    if (sources.size() <= SOURCES_NAMED) {
      return String.join(", ", sources);
    }
    return sources.stream().limit(SOURCES_NAMED).collect(Collectors.joining(", ")) + " and "
        + (sources.size() - SOURCES_NAMED) + " more";
  }

  private static String claimLabel(Claim claim) {
    String when = claim.time().map(time -> " · " + time.value()).orElse("");
    return claim.id() + " " + claim.type().jsonName() + ": " + claim.subject() + " · " + claim.predicate() + " · "
        + claim.object() + when;
  }

  private ImmutableList<ReportPage.SkippedView> skippedViews() {
    return analysis.skipped().stream()
        .map(file -> new ReportPage.SkippedView(ReportJsonWriter.portablePath(file.path()), file.reason()))
        .sorted(Comparator.comparing(ReportPage.SkippedView::path))
        .collect(ImmutableList.toImmutableList());
  }

  private String sourceName(AnalysedDocument analysed) {
    return sourceName(analysed.document().id());
  }

  private String sourceName(String documentId) {
    return sourceNames.getOrDefault(documentId, documentId);
  }

  private static String title(Document document) {
    return document.title().value().filter(title -> !title.isBlank()).orElse(document.id());
  }

  /**
   * The article's address, only when it is a web address: a page can claim any URL in its metadata, and a
   * {@code javascript:} one must never become a link.
   */
  private static String webAddress(Document document) {
    return document.url().value()
        .filter(url -> url.regionMatches(true, 0, "https://", 0, 8) || url.regionMatches(true, 0, "http://", 0, 7))
        .orElse("");
  }

  private static String published(Document document) {
    return document.published().value().map(Object::toString).orElse("date unknown");
  }

  private static Set<String> entities(Claim claim) {
    Set<String> names = new TreeSet<>();
    names.add(claim.subject());
    claim.attribution().ifPresent(attribution -> names.add(attribution.speaker()));
    for (String key : ENTITY_SLOTS) {
      claim.slot(key).ifPresent(value -> names.addAll(List.of(value.split(";"))));
    }
    return names.stream().map(String::strip).filter(name -> !name.isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Verdict morePressing(Verdict a, Verdict b) {
    return PRESSURE.get(a) >= PRESSURE.get(b) ? a : b;
  }

  static String verdictLabel(Verdict verdict) {
    return switch (verdict) {
      case CONFLICT -> "Conflict";
      case AGREEMENT -> "Agreement";
      case SINGLE_SOURCE -> "Single source";
    };
  }
}
