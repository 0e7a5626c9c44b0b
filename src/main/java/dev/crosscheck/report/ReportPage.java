package dev.crosscheck.report;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What report.html shows, already laid out: the jte templates only place these values, so every decision
 * (ordering, highlighting, timeline geometry) lives in Java where it is tested. Public because the
 * precompiled templates live in their own package.
 *
 * <p>{@code agreements} are the agreements a fact-checker reads; {@code alsoAgreed} are those on a title
 * alone ("president", "spokeswoman"), shown folded after them: true, but seldom what a check turns on.
 *
 * <p>The findings, timelines and documents are lists that lay each element out when it is read, and again
 * on every read: the page writer reads each once, and never holds a large corpus's page whole.
 */
public record ReportPage(
    String title,
    Assets assets,
    Overview overview,
    ImmutableList<EventRow> events,
    Filters filters,
    List<FindingView> conflicts,
    List<FindingView> agreements,
    List<FindingView> alsoAgreed,
    List<FindingView> singleSource,
    List<TimelineView> timelines,
    List<DocumentView> documents,
    boolean documentExcerpts,
    ImmutableList<SkippedView> skipped) {

  /** Inline stylesheet and script, and the Content-Security-Policy that allows exactly that script. */
  public record Assets(String stylesheet, String script, String contentSecurityPolicy) {}

  public record Overview(int documents, int sources, int skipped, int claims, int events, int conflicts,
      int agreements, int singleSource) {}

  /** One line of the at-a-glance table: an event cluster and how its findings came out. */
  public record EventRow(String id, String anchor, String label, String kind, int conflicts, int agreements,
      int singleSource, int documents) {}

  public record Filters(ImmutableList<Option> sources, ImmutableList<Option> entities,
      ImmutableList<Option> events) {}

  /** A choice in a filter list: the value matched against a finding's data attributes, and how many match. */
  public record Option(String value, String label, int count) {}

  /**
   * A finding with everything needed to judge it without leaving the card.
   *
   * @param sourcesData the finding's source names, one per line, for the source filter
   * @param entitiesData the people, organisations and places its claims name, one per line
   */
  public record FindingView(String id, String anchor, String verdict, String verdictLabel, String topic,
      String explanation, String eventId, String eventLabel, String eventAnchor, int independentSources,
      String sourcesData, String entitiesData, ImmutableList<SideView> sides) {}

  /**
   * One value of a finding. The first few evidence sentences are shown; the rest ({@code moreEvidence}) sit in
   * a collapsed list, so a value fifty sources agree on does not bury the next finding. Past a limit the
   * rest are only counted ({@code unlisted}): report.json lists every claim of a finding.
   */
  public record SideView(String value, String sources, ImmutableList<EvidenceView> evidence,
      ImmutableList<EvidenceView> moreEvidence, int unlisted) {}

  /** One evidence sentence, split around the claim's span so the span can be highlighted. */
  public record EvidenceView(String before, String claim, String after, String source, String published,
      String publishedBasis, String documentTitle, String sentenceAnchor, int sentenceNumber) {}

  public record TimelineView(String id, String anchor, String label, String kind, int conflicts,
      int agreements, int singleSource, boolean open, int width, int height, int plotLeft, int plotRight,
      int undatedLeft, int axisY, ImmutableList<Tick> ticks, ImmutableList<TimelineRow> rows,
      ImmutableList<Mark> marks, int hiddenRows, String description) {}

  public record Tick(int x, String label) {}

  /** A source's lane in a timeline; {@code y} is the lane's centre line. */
  public record TimelineRow(int y, String label, String fullLabel, String documentAnchor, int publishedX, boolean hasPublished,
      String publishedLabel) {}

  /**
   * A claim drawn on a timeline: a bar spanning the days it may denote (a dot for one day), coloured by the
   * verdict of the finding it belongs to, linked to its sentence.
   */
  public record Mark(int x, int y, int width, String verdict, String label, int labelX, String tooltip,
      String href) {}

  /**
   * One document. {@code sentences} are all of its sentences, or in an excerpt ({@code excerpt}) only those
   * the findings cite, numbered as in the whole text; {@code sentenceCount} counts them all.
   */
  public record DocumentView(String id, String anchor, String title, String source, String published,
      String publishedBasis, String path, String url, int claimCount, boolean open,
      ImmutableList<SentenceView> sentences, int sentenceCount, boolean excerpt) {}

  public record SentenceView(String anchor, int number, ImmutableList<TextPiece> pieces) {}

  /**
   * A run of sentence text, inside one or more claims' spans or outside every one.
   *
   * @param claims one line per claim covering the run ("d/c2 event: port authority letter · date · 2019-06-12")
   */
  public record TextPiece(String text, boolean claim, String claims, int depth) {

    /** "claim", or "claim nested" where claims overlap, so a reader sees where one claim sits inside another. */
    public String cssClass() {
      return depth > 1 ? "claim nested" : "claim";
    }
  }

  public record SkippedView(String path, String reason) {}
}
