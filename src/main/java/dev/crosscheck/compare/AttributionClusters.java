package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.claim.Attribution;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.Polarity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups attributions by speaker and by what is reported: the same speaker and mostly the same content
 * words (names aside), or the same event spoken of on the same day. Compares the stance (confirmed vs
 * declined to confirm) and the day of the statement.
 */
final class AttributionClusters {

  /** Share of the smaller content that must recur for two reports to be of one statement. */
  private static final double MIN_CONTENT_OVERLAP = 0.6;
  /** The same for an affirmation and its contradiction ("confirmed the letter", "declined to confirm it"). */
  private static final double MIN_CONTENT_OVERLAP_OPPOSED = 0.5;
  /** Content words two reports of one statement share, when both documents are dated and when one is not. */
  private static final int MIN_SHARED_WORDS = 3;
  private static final int MIN_SHARED_WORDS_UNDATED = 3;
  /** Statement days are compared for agreement only: a speaker speaks on many days. */
  private static final int NEVER_CONFLICTS = -1;
  private static final int MAX_LABEL_CHARS = 70;
  private static final int MAX_CANDIDATES_PER_KEY = 100;

  private final ContentWords contentWords;
  private final StanceOpposites opposites;
  private final LeadingFigure leadingFigure = LeadingFigure.english();

  AttributionClusters(ContentWords contentWords, StanceOpposites opposites) {
    this.contentWords = contentWords;
    this.opposites = opposites;
  }

  /** @param leadingFigure read once: each report is set against the statements of its speaker that share a word */
  private record Report(Claim claim, Attribution attribution, ImmutableSet<String> content, Optional<Dating> day,
      Optional<LocalDate> published, Optional<Long> leadingFigure) {}

  /** Reports in documents published further apart than this are of different statements: a remark is news for days. */
  private static final int MAX_DAYS_BETWEEN_REPORTS = 45;

  ImmutableList<ClusterDraft> drafts(List<Claim> attributionClaims) {
    return drafts(attributionClaims, Map.of());
  }

  /** @param published the publication day of each document that states one */
  ImmutableList<ClusterDraft> drafts(List<Claim> attributionClaims, Map<String, LocalDate> published) {
    List<ImmutableSet<String>> contents = attributionClaims.stream()
        .map(claim -> contentWords.of(claim, claim.object())).toList();
    Set<String> topicWords = topicWords(attributionClaims, contents);
    NameClusters<Report> bySpeaker = new NameClusters<>();
    for (int c = 0; c < attributionClaims.size(); c++) {
      Claim claim = attributionClaims.get(c);
      Attribution attribution = claim.attribution().orElseGet(() ->
          new Attribution(claim.subject(), claim.predicate(), Polarity.AFFIRMED, ImmutableList.of()));
      bySpeaker.add(attribution.speaker(), new Report(claim, attribution, contents.get(c),
          claim.time().map(Dating::of).filter(Dating::isKnown), Optional.ofNullable(published.get(claim.documentId())),
          leadingFigure.of(claim.object())));
    }
    ImmutableList.Builder<ClusterDraft> drafts = ImmutableList.builder();
    for (List<Report> reports : bySpeaker.groups()) {
      for (List<Report> statement : statements(reports, topicWords)) {
        drafts.add(draft(statement));
      }
    }
    return drafts.build();
  }

  /**
   * Greedy grouping of one speaker's reports into statements, in document order. A report joins the first
   * statement whose first report it matches, so a chain of loosely similar reports cannot drift from one
   * subject to another. Statements are indexed by the content words and the event day of their first
   * report; a report is checked only against the latest few under each of its own.
   */
  private List<List<Report>> statements(List<Report> reports, Set<String> topicWords) {
    List<List<Report>> statements = new ArrayList<>();
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (Report report : reports) {
      Set<Integer> candidates = new TreeSet<>();
      for (String key : keys(report)) {
        List<Integer> indexed = byKey.getOrDefault(key, List.of());
        candidates.addAll(indexed.subList(Math.max(0, indexed.size() - MAX_CANDIDATES_PER_KEY), indexed.size()));
      }
      Optional<List<Report>> home = candidates.stream().map(statements::get)
          .filter(statement -> sameStatement(report, statement.get(0), topicWords))
          .findFirst();
      if (home.isPresent()) {
        home.get().add(report);
      } else {
        statements.add(new ArrayList<>(List.of(report)));
        for (String key : keys(report)) {
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(statements.size() - 1);
        }
      }
    }
    return statements;
  }

  private static List<String> keys(Report report) {
    List<String> keys = new ArrayList<>(report.content);
    report.claim.slot("event").ifPresent(event -> report.day.flatMap(Dating::interval)
        .ifPresent(interval -> keys.add("event:" + event + "@" + interval.earliest())));
    return keys;
  }

  /**
   * Two reports are of one statement when most content words recur (three at least), or, for a confirmation
   * and a refusal to confirm, which are short, when half the words of the shorter recur; or when they speak
   * of the same event on the same day.
   */
  private boolean sameStatement(Report a, Report b, Set<String> topicWords) {
    if (a.published.isPresent() && b.published.isPresent()
        && Math.abs(a.published.get().toEpochDay() - b.published.get().toEpochDay()) > MAX_DAYS_BETWEEN_REPORTS) {
      return false; // reported a year apart: "a very nice letter" in July 2018 is not the June 2019 remark
    }
    if (LeadingFigure.differ(a.leadingFigure, b.leadingFigure)) {
      return false; // "five people died" and "nine people, not five, died": a count and its revision
    }
    double overlap = ContentWords.overlap(a.content, b.content);
    long shared = a.content.stream().filter(b.content::contains).count();
    boolean sharesMoreThanTheTopic = a.content.stream().anyMatch(word -> b.content.contains(word) && !topicWords.contains(word));
    if (shared >= MIN_SHARED_WORDS && overlap >= MIN_CONTENT_OVERLAP && sharesMoreThanTheTopic) {
      return true;
    }
    if (shared >= 1 && overlap >= MIN_CONTENT_OVERLAP_OPPOSED && a.attribution.polarity() != b.attribution.polarity()
        && opposites.contradict(a.attribution.cue(), b.attribution.cue())) {
      return true;
    }
    Optional<String> eventA = a.claim.slot("event");
    return eventA.isPresent() && eventA.equals(b.claim.slot("event")) && a.day.isPresent() && b.day.isPresent()
        && a.day.get().relate(b.day.get(), 0, NEVER_CONFLICTS) == TimeRelation.COMPATIBLE
        && isDay(a.day.get()) && isDay(b.day.get());
  }

  /**
   * The words most of the corpus's documents report ("letter", "received" in a story about letters): two
   * reports that share only those may be of any two statements in the story ("a beautiful letter" in June,
   * "your nice letter" the August before), so they do not make one statement on their own.
   */
  private static Set<String> topicWords(List<Claim> claims, List<ImmutableSet<String>> contents) {
    Map<String, Set<String>> documentsOfWord = new HashMap<>();
    Set<String> documents = new HashSet<>();
    for (int c = 0; c < claims.size(); c++) {
      Claim claim = claims.get(c);
      documents.add(claim.documentId());
      for (String word : contents.get(c)) {
        documentsOfWord.computeIfAbsent(word, key -> new HashSet<>()).add(claim.documentId());
      }
    }
    int many = Math.max(3, (documents.size() + 1) / 2); // with two or three sources, any shared word is in "most"
    Set<String> topic = new HashSet<>();
    documentsOfWord.forEach((word, inDocuments) -> {
      if (inDocuments.size() >= many) {
        topic.add(word);
      }
    });
    return topic;
  }

  private static boolean isDay(Dating dating) {
    return dating.interval().map(i -> i.earliest().equals(i.latest())).orElse(false);
  }

  private ClusterDraft draft(List<Report> reports) {
    ImmutableList<Claim> claims = reports.stream().map(Report::claim).collect(ImmutableList.toImmutableList());
    ImmutableList<Statement> stances = reports.stream()
        .map(r -> new Statement(r.claim, new StanceValue(r.attribution.cue(), r.attribution.polarity(), r.claim.time(),
            opposites)))
        .collect(ImmutableList.toImmutableList());
    ImmutableList<Statement> days = reports.stream().filter(r -> r.day.isPresent())
        .map(r -> new Statement(r.claim, new DateValue(r.day.get(), 0, NEVER_CONFLICTS)))
        .collect(ImmutableList.toImmutableList());
    ImmutableList.Builder<Facet> facets = ImmutableList.builder();
    facets.add(new Facet("stance", FacetKind.STANCE, stances, false));
    if (!days.isEmpty()) {
      facets.add(new Facet("date of the statement", FacetKind.DATE, days, false));
    }
    Report first = reports.get(0);
    return new ClusterDraft("statement", first.attribution.speaker() + " on \"" + shorten(first.claim.object()) + "\"",
        claims, facets.build(), false);
  }

  private static String shorten(String text) {
    String plain = text.strip().replaceAll("\\s+", " ");
    if (plain.length() <= MAX_LABEL_CHARS) {
      return plain;
    }
    int cut = plain.lastIndexOf(' ', MAX_LABEL_CHARS);
    return plain.substring(0, cut > 0 ? cut : MAX_LABEL_CHARS) + " …";
  }
}
