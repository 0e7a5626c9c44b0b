package dev.crosscheck.report;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.compare.EventCluster;
import dev.crosscheck.time.TimeInterval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Lays out one event cluster as an SVG timeline: a lane per source, each claim a bar over the days it may
 * denote (a dot for a single day), the source's publication date as a small tick, and claims with no
 * bounded date in a column of their own at the right, so nothing a source said is left out of the picture.
 */
final class TimelineLayout {

  static final int WIDTH = 820;
  static final int PLOT_LEFT = 200;
  static final int PLOT_RIGHT = 650;
  static final int UNDATED_LEFT = 690;
  static final int FIRST_LANE_Y = 40;
  static final int LANE_HEIGHT = 32;
  /** More lanes than this make a picture nobody reads; the rest are counted under it. */
  static final int MAX_LANES = 30;
  private static final int MIN_BAR = 10;
  /** Marks closer than this in one lane would print their labels over each other: only the first is labelled. */
  private static final int LABEL_ROOM = 120;
  private static final int TICKS = 5;
  /** Compiled once: {@code String.replaceAll} compiles its pattern on every call, for every mark of every timeline. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** What the layout needs to know about a document: its lane label and publication date. */
  record Lane(String documentId, String source, Optional<LocalDate> published) {}

  private TimelineLayout() {}

  static Geometry layout(EventCluster cluster, List<Claim> claims, Function<String, Lane> lanes,
      Function<Claim, String> verdictOfClaim, Function<Claim, String> tooltipOfClaim) {
    List<Lane> ordered = orderedLanes(cluster, claims, lanes);
    List<Lane> shown = ordered.subList(0, Math.min(MAX_LANES, ordered.size()));

    DateScale scale = DateScale.over(shown, claims);
    Map<String, Integer> laneY = new LinkedHashMap<>();
    ImmutableList.Builder<ReportPage.TimelineRow> rows = ImmutableList.builder();
    for (Lane lane : shown) {
      int y = FIRST_LANE_Y + laneY.size() * LANE_HEIGHT;
      laneY.put(lane.documentId(), y);
      int publishedX = lane.published().map(scale::x).orElse(0);
      rows.add(new ReportPage.TimelineRow(y, shorten(lane.source(), 28), lane.source(), Anchors.document(lane.documentId()), publishedX,
          lane.published().isPresent(), lane.published().map(date -> "published " + date).orElse("")));
    }

    List<Claim> sorted = new ArrayList<>(claims);
    sorted.sort(Comparator.comparing((Claim claim) -> interval(claim).map(TimeInterval::earliest)
            .orElse(LocalDate.MAX))
        .thenComparing(Claim::id, IdOrder.INSTANCE));
    ImmutableList.Builder<ReportPage.Mark> marks = ImmutableList.builder();
    Map<String, Integer> lastLabelX = new LinkedHashMap<>();
    Map<String, Integer> undatedInLane = new LinkedHashMap<>();
    for (Claim claim : sorted) {
      Integer y = laneY.get(claim.documentId());
      if (y == null) {
        continue;
      }
      Optional<TimeInterval> interval = interval(claim);
      int x;
      int width;
      boolean labelled;
      if (interval.isPresent()) {
        x = scale.x(interval.get().earliest());
        width = Math.max(MIN_BAR, scale.x(interval.get().latest()) - x);
        Integer previous = lastLabelX.get(claim.documentId());
        labelled = previous == null || x - previous >= LABEL_ROOM;
        if (labelled) {
          lastLabelX.put(claim.documentId(), x);
        }
      } else {
        int k = undatedInLane.merge(claim.documentId(), 1, Integer::sum) - 1;
        x = UNDATED_LEFT + 6 + k * 14;
        width = MIN_BAR;
        labelled = false;
      }
      String sentenceHref = "#" + Anchors.sentence(claim.documentId(), claim.sentence() + 1);
      marks.add(new ReportPage.Mark(x, y, width, verdictOfClaim.apply(claim),
          labelled ? shorten(claim.object(), 22) : "", x, tooltipOfClaim.apply(claim), sentenceHref));
    }
    int axisY = FIRST_LANE_Y + shown.size() * LANE_HEIGHT;
    return new Geometry(WIDTH, axisY + 34, axisY, scale.ticks(), rows.build(), marks.build(),
        ordered.size() - shown.size(), scale.describe());
  }

  /** The documents whose lanes {@link #layout} draws: those its marks can link to. */
  static Set<String> drawnLanes(EventCluster cluster, List<Claim> claims, Function<String, Lane> lanes) {
    List<Lane> ordered = orderedLanes(cluster, claims, lanes);
    Set<String> drawn = new HashSet<>();
    ordered.subList(0, Math.min(MAX_LANES, ordered.size())).forEach(lane -> drawn.add(lane.documentId()));
    return drawn;
  }

  /** Every source's lane, by source name: the cluster's documents and those of its claims. */
  private static List<Lane> orderedLanes(EventCluster cluster, List<Claim> claims, Function<String, Lane> lanes) {
    Map<String, Lane> byDocument = new LinkedHashMap<>();
    cluster.documentIds().forEach(id -> byDocument.put(id, lanes.apply(id)));
    claims.forEach(claim -> byDocument.computeIfAbsent(claim.documentId(), lanes));
    List<Lane> ordered = new ArrayList<>(byDocument.values());
    ordered.sort(Comparator.comparing(Lane::source).thenComparing(Lane::documentId, IdOrder.INSTANCE));
    return ordered;
  }

  record Geometry(int width, int height, int axisY, ImmutableList<ReportPage.Tick> ticks,
      ImmutableList<ReportPage.TimelineRow> rows, ImmutableList<ReportPage.Mark> marks, int hiddenRows,
      String span) {}

  static Optional<TimeInterval> interval(Claim claim) {
    return claim.time().flatMap(time -> time.interval());
  }

  static String shorten(String text, int max) {
    String oneLine = WHITESPACE.matcher(text).replaceAll(" ").strip();
    return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1).stripTrailing() + "…";
  }

  /** Maps days onto the plot's x range, padded so a single day sits in the middle rather than on the edge. */
  private record DateScale(Optional<LocalDate> first, Optional<LocalDate> last) {

    static DateScale over(List<Lane> lanes, List<Claim> claims) {
      LocalDate min = null;
      LocalDate max = null;
      List<LocalDate> days = new ArrayList<>();
      lanes.forEach(lane -> lane.published().ifPresent(days::add));
      claims.forEach(claim -> interval(claim).ifPresent(i -> {
        days.add(i.earliest());
        days.add(i.latest());
      }));
      for (LocalDate day : days) {
        min = min == null || day.isBefore(min) ? day : min;
        max = max == null || day.isAfter(max) ? day : max;
      }
      if (min != null && min.equals(max)) {
        min = min.minusDays(1);
        max = max.plusDays(1);
      }
      return new DateScale(Optional.ofNullable(min), Optional.ofNullable(max));
    }

    int x(LocalDate day) {
      if (first.isEmpty()) {
        return PLOT_LEFT;
      }
      double span = last.get().toEpochDay() - first.get().toEpochDay();
      double fraction = (day.toEpochDay() - first.get().toEpochDay()) / span;
      return PLOT_LEFT + (int) Math.round(fraction * (PLOT_RIGHT - PLOT_LEFT - MIN_BAR));
    }

    ImmutableList<ReportPage.Tick> ticks() {
      if (first.isEmpty()) {
        return ImmutableList.of();
      }
      long from = first.get().toEpochDay();
      long span = last.get().toEpochDay() - from;
      ImmutableList.Builder<ReportPage.Tick> ticks = ImmutableList.builder();
      LocalDate previous = null;
      for (int k = 0; k < TICKS; k++) {
        LocalDate day = LocalDate.ofEpochDay(from + Math.round(span * k / (double) (TICKS - 1)));
        if (!day.equals(previous)) {
          ticks.add(new ReportPage.Tick(x(day), day.toString()));
        }
        previous = day;
      }
      return ticks.build();
    }

    String describe() {
      return first.map(day -> "from " + day + " to " + last.get()).orElse("no dated claims");
    }
  }
}
