package dev.crosscheck.time;

import dev.crosscheck.corpus.Basis;
import dev.crosscheck.corpus.MetadataValue;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bounds the publication date of a document whose metadata has none, from the dated events it reports: an
 * article is published on or after the latest day it reports in the past. The bound is the value returned
 * (basis {@link Basis#INFERRED}, evidence = the expression it rests on); "on or after" is its meaning.
 *
 * <p>Never invents a year: a day written without one ("dated July 6") counts only when the text states
 * exactly one year, which then supplies it. Dates announced in the future tense are not evidence.
 *
 * <p>A wire dateline without a year ("Paris, Oct 10 (AFP) -") names the day of publication itself; its year
 * is the first that puts that day on or after the latest day the story reports, so a piece that looks back on
 * April 15, 2019 from "Oct 10" was published on October 10, 2019.
 */
public final class PublicationDateInference {

  private static final Pattern FULL_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern YEARLESS_DATE = Pattern.compile("^XXXX-(\\d{2})-(\\d{2})$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  /** What may stand before a dateline's day on its line: nothing, or a place and a comma ("PARIS, "). */
  private static final Pattern DATELINE_PLACE = Pattern.compile("^\\s*(?:\\p{Lu}[\\p{L}.' -]{1,40},\\s*)?$");
  /** What follows a dateline's day: an optional agency credit, then a dash or a colon. */
  private static final Pattern DATELINE_END = Pattern.compile("^\\s*(?:\\([^()\\n]{1,40}\\)\\s*)?[-–—:]");
  /** Datelines open a story: only its first few hundred characters are searched for one. */
  private static final int DATELINE_ZONE = 400;

  private final TemporalTagger tagger;
  private final TenseDetector tenseDetector = new TenseDetector(TimeLexicon.load());

  public PublicationDateInference(TemporalTagger tagger) {
    this.tagger = tagger;
  }

  /**
   * The earliest day the document can have been published on, inferred from its text, or unknown.
   *
   * @param documentId the document the text belongs to (carried into the expressions read)
   * @param text the document's cleaned text
   */
  public MetadataValue<LocalDate> infer(String documentId, String text) {
    List<TimeExpression> expressions = tagger.tag(documentId, text, Optional.empty());
    Set<Integer> statedYears = new TreeSet<>();
    for (TimeExpression expression : expressions) {
      Matcher year = YEAR.matcher(expression.value());
      if (year.matches() && expression.text().contains(year.group(1)) && !endsASpan(text, expression)) {
        statedYears.add(Integer.parseInt(year.group(1)));
      }
    }
    Optional<LocalDate> latest = Optional.empty();
    String evidence = "";
    for (TimeExpression expression : expressions) {
      if (tenseDetector.tenseAround(text, expression.start(), expression.end()) == Tense.FUTURE) {
        continue;
      }
      Optional<LocalDate> day = reportedDay(expression, statedYears);
      if (day.isPresent() && (latest.isEmpty() || day.get().isAfter(latest.get()))) {
        latest = day;
        evidence = expression.text() + (YEARLESS_DATE.matcher(expression.value()).matches()
            ? " (year " + statedYears.iterator().next() + " stated in the text)" : "");
      }
    }
    Optional<TimeExpression> dateline = yearlessDateline(text, expressions);
    if (dateline.isPresent()) {
      Matcher day = YEARLESS_DATE.matcher(dateline.get().value());
      day.matches();
      MonthDay monthDay = MonthDay.of(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)));
      Optional<Integer> year = latest.map(bound -> monthDay.atYear(bound.getYear()).isBefore(bound)
          ? bound.getYear() + 1 : bound.getYear())
          .or(() -> statedYears.size() == 1 ? Optional.of(statedYears.iterator().next()) : Optional.empty());
      if (year.isPresent() && monthDay.isValidYear(year.get())) {
        String basis = latest.isPresent() ? "the first after the latest day reported, " + evidence.strip()
            : "the only year the text states";
        return MetadataValue.of(monthDay.atYear(year.get()), Basis.INFERRED,
            "dateline: " + dateline.get().text() + " (year: " + basis + ")");
      }
    }
    if (latest.isEmpty()) {
      return MetadataValue.unknown();
    }
    return MetadataValue.of(latest.get(), Basis.INFERRED, "on or after: " + evidence.strip());
  }

  /**
   * A day without a year that opens a line near the top as a dateline does: after nothing or a place and a
   * comma, before an optional agency credit and a dash or colon ("Paris, Oct 10 (AFP/APP): ...").
   */
  private static Optional<TimeExpression> yearlessDateline(String text, List<TimeExpression> expressions) {
    for (TimeExpression expression : expressions) {
      if (expression.start() >= DATELINE_ZONE) {
        break;
      }
      if (!YEARLESS_DATE.matcher(expression.value()).matches()) {
        continue;
      }
      int lineStart = text.lastIndexOf('\n', expression.start() - 1) + 1;
      String before = text.substring(lineStart, expression.start());
      String after = text.substring(expression.end(), Math.min(text.length(), expression.end() + 50));
      if (DATELINE_PLACE.matcher(before).matches() && DATELINE_END.matcher(after).find()) {
        return Optional.of(expression);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a year is one end of a span ("the 1950-53 war", "1998-2001"): a span is a period the story looks
   * back on or ahead to, not the year it tells of, so it does not compete with the year that is stated.
   */
  private static boolean endsASpan(String text, TimeExpression expression) {
    int after = expression.end();
    int before = expression.start() - 1;
    boolean dashAfter = after + 1 < text.length() && "-–".indexOf(text.charAt(after)) >= 0
        && Character.isDigit(text.charAt(after + 1));
    boolean dashBefore = before >= 1 && "-–".indexOf(text.charAt(before)) >= 0 && Character.isDigit(text.charAt(before - 1));
    return dashAfter || dashBefore;
  }

  private static Optional<LocalDate> reportedDay(TimeExpression expression, Set<Integer> statedYears) {
    if (expression.type() != TimexType.DATE && expression.type() != TimexType.TIME) {
      return Optional.empty();
    }
    Matcher full = FULL_DATE.matcher(expression.value());
    if (full.find()) {
      return Optional.of(LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
          Integer.parseInt(full.group(3))));
    }
    Matcher yearless = YEARLESS_DATE.matcher(expression.value());
    if (yearless.matches() && statedYears.size() == 1) {
      MonthDay monthDay = MonthDay.of(Integer.parseInt(yearless.group(1)), Integer.parseInt(yearless.group(2)));
      int year = statedYears.iterator().next();
      return monthDay.isValidYear(year) ? Optional.of(monthDay.atYear(year)) : Optional.empty();
    }
    return Optional.empty();
  }
}
