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
 */
public final class PublicationDateInference {

  private static final Pattern FULL_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern YEARLESS_DATE = Pattern.compile("^XXXX-(\\d{2})-(\\d{2})$");
  private static final Pattern YEAR = Pattern.compile("^(\\d{4})$");
  /** How far into the text a dateline may stand: after a headline and a byline at most. */
  private static final int DATELINE_ZONE = 400;
  /** What may precede a dateline's day on its line: nothing, or a place and a comma ("Paris, "). */
  private static final Pattern DATELINE_PLACE = Pattern.compile("(?:\\p{Lu}[\\p{L}.'’ -]{0,40},\\s*)?");
  /** What follows a dateline's day: the agency in brackets, then a colon or a dash ("(AFP/APP):", "(UPI) --"). */
  private static final Pattern DATELINE_CREDIT = Pattern.compile("\\s*\\([^()\\n]{1,30}\\)\\s*(?::|-|–|—)");

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
    Optional<MetadataValue<LocalDate>> dateline = dateline(text, expressions, latest);
    if (dateline.isPresent()) {
      return dateline.get();
    }
    if (latest.isEmpty()) {
      return MetadataValue.unknown();
    }
    return MetadataValue.of(latest.get(), Basis.INFERRED, "on or after: " + evidence.strip());
  }

  /**
   * The day of a wire dateline at the head of the text ("Paris, Oct 10 (AFP) -", "July 12 (UPI) --"): the
   * day the story was filed. Datelines leave the year out; it is the first year that puts the dateline on or
   * after every day the text reports (a look back at "Monday, April 15, 2019" filed "Oct 10" is of October
   * 2019), or the one year the text states when it reports no day.
   */
  private static Optional<MetadataValue<LocalDate>> dateline(String text, List<TimeExpression> expressions,
      Optional<LocalDate> latestReported) {
    for (TimeExpression expression : expressions) {
      if (expression.start() > DATELINE_ZONE) {
        break;
      }
      Matcher yearless = YEARLESS_DATE.matcher(expression.value());
      int lineStart = text.lastIndexOf('\n', expression.start() - 1) + 1;
      if (!yearless.matches() || !DATELINE_PLACE.matcher(text.substring(lineStart, expression.start())).matches()
          || !DATELINE_CREDIT.matcher(text).region(expression.end(), text.length()).lookingAt()) {
        continue;
      }
      MonthDay monthDay = MonthDay.of(Integer.parseInt(yearless.group(1)), Integer.parseInt(yearless.group(2)));
      if (latestReported.isEmpty()) {
        return Optional.empty();
      }
      LocalDate reported = latestReported.get();
      int year = monthDay.atYear(reported.getYear()).isBefore(reported) ? reported.getYear() + 1 : reported.getYear();
      if (!monthDay.isValidYear(year)) {
        return Optional.empty();
      }
      return Optional.of(MetadataValue.of(monthDay.atYear(year), Basis.INFERRED,
          "dateline: " + text.substring(lineStart, expression.end()).strip() + " (year from the latest day reported, "
              + reported + ")"));
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
