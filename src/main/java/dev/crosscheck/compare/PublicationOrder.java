package dev.crosscheck.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which value of a conflict was published first. Early reports of a story are often revised ("five dead",
 * then "nine"), so a reader weighing two figures wants to know which came first; the note is said only
 * when the sides' first publication days differ, and names each side's earliest document and day.
 */
final class PublicationOrder {

  private PublicationOrder() {}

  /** One side's earliest known publication: its value as shown, the document and the day. */
  private record FirstReport(String value, String documentId, LocalDate day) {}

  /**
   * "'5 people' was published first (01_wire, 2020-01-26); '9 people' followed (03_daily, 2020-01-27)", or
   * empty when fewer than two sides have a known day or all sides first appeared on one day.
   */
  static Optional<String> of(List<FindingSide> sides, Map<String, LocalDate> published) {
    List<FirstReport> firsts = new ArrayList<>();
    for (FindingSide side : sides) {
      side.documentIds().stream().filter(published::containsKey)
          .min(Comparator.comparing((String document) -> published.get(document)).thenComparing(document -> document))
          .ifPresent(document -> firsts.add(new FirstReport(side.value(), document, published.get(document))));
    }
    if (firsts.size() < 2 || firsts.stream().map(FirstReport::day).distinct().count() < 2) {
      return Optional.empty();
    }
    firsts.sort(Comparator.comparing(FirstReport::day).thenComparing(FirstReport::documentId));
    StringBuilder note = new StringBuilder();
    LocalDate earliest = firsts.get(0).day();
    List<String> first = firsts.stream().filter(report -> report.day().equals(earliest)).map(PublicationOrder::said)
        .toList();
    List<String> later = firsts.stream().filter(report -> !report.day().equals(earliest))
        .map(PublicationOrder::said).toList();
    note.append(String.join(" and ", first)).append(first.size() == 1 ? " was" : " were")
        .append(" published first; ").append(String.join(", ", later)).append(" came later");
    return Optional.of(note.toString());
  }

  private static String said(FirstReport report) {
    return report.value() + " (" + report.documentId() + ", " + report.day() + ")";
  }
}
