package dev.crosscheck.claim;

import com.google.common.collect.ImmutableMap;
import dev.crosscheck.entity.LexiconFile;
import dev.crosscheck.time.TimeExpression;
import dev.crosscheck.time.TimexType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Amounts written with a unit: money ("$44 billion", "44 billion dollars", "EUR100 million", "$54.20 a
 * share"), per cents ("a 9.2 percent stake"), measures ("30 miles (48 kilometers)", "a 300-foot spire"),
 * and, from the time stage, clock times ("7:49 p.m.", "16:50 GMT") and durations ("a 12-hour battle").
 * Each becomes a {@link ClaimType#VALUE} claim whose slots hold its {@link TypedValue}.
 *
 * <p>The patterns are built from the lexicons ({@code currencies.tsv}, {@code scales.tsv}, {@code units.tsv},
 * {@code clock-zones.tsv}) and run once over a sentence, so the cost is linear in its length.
 */
final class AmountExtractor {

  private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
  private static final Pattern CLOCK_VALUE = Pattern.compile("T(\\d\\d)(?::(\\d\\d))?");
  private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)([YMWDHS])");
  private static final double SLACK = 0.03;
  private static final Pattern FRACTION = Pattern.compile(
      "(?<![\\p{L}])(one|two|three|four|a)[- ](halves|half|thirds|third|quarters|quarter|fifths|fifth)(?![\\p{L}])",
      Pattern.CASE_INSENSITIVE);
  private static final Map<String, Integer> FRACTION_COUNTS = Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4);
  private static final Map<String, Integer> FRACTION_PARTS = Map.of("half", 2, "halves", 2, "third", 3, "thirds", 3,
      "quarter", 4, "quarters", 4, "fifth", 5, "fifths", 5);
  private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** A part of a stated day without a clock time: "2018-07-12TAF" (afternoon), "TMO", "TEV", "TNI", "TDT". */
  private static final Pattern PART_OF_DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T(MO|AF|EV|NI|DT)");

  private static final Pattern OF_NOUN = Pattern.compile("^ of (?:the |its |their |his |her )?([a-z]+)\\b");
  private static final Pattern NOUN_AFTER = Pattern.compile("^[ -]([a-z]+)\\b");
  /** Words that follow a per cent or measure without being what it measures ("5 percent more"). */
  private static final Set<String> NOT_NOUNS = Set.of("of", "and", "the", "for", "to", "in", "on", "at", "by",
      "from", "with", "more", "less", "higher", "lower", "up", "down", "over", "off", "was", "were", "is", "are");

  private record Unit(String base, double factor) {}

  private final Approximation approximation = Approximation.instance();
  private final Map<String, String> currencyByForm;
  private final Map<String, Double> scaleByWord;
  private final Map<String, Unit> unitByForm;
  private final Map<String, String> zoneByForm;
  /** A clock time followed by a written form of the place's own clock ("6.50pm local time"). */
  private final Pattern localClockSaid;
  private final Pattern moneyBefore;
  private final Pattern moneyAfter;
  private final Pattern percent;
  private final Pattern measure;
  private final Pattern perUnit = Pattern.compile("^\\s*(?:a|per|each|for each)\\s+(share|head|person|barrel|ounce)\\b"
      + "|^\\s*(each)\\b", Pattern.CASE_INSENSITIVE);

  AmountExtractor() {
    currencyByForm = new LinkedHashMap<>();
    for (List<String> row : LexiconFile.table(AmountExtractor.class, "currencies.tsv", 2)) {
      for (String form : row.get(1).split(",")) {
        currencyByForm.put(form.strip().toLowerCase(Locale.ROOT), row.get(0));
      }
    }
    Set<String> isoCodes = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
        .collect(Collectors.toCollection(TreeSet::new));
    scaleByWord = new LinkedHashMap<>();
    for (List<String> row : LexiconFile.table(AmountExtractor.class, "scales.tsv", 2)) {
      for (String form : row.get(1).split(",")) {
        scaleByWord.put(form.strip().toLowerCase(Locale.ROOT), Double.parseDouble(row.get(0)));
      }
    }
    unitByForm = new LinkedHashMap<>();
    for (List<String> row : LexiconFile.table(AmountExtractor.class, "units.tsv", 3)) {
      for (String form : row.get(2).split(",")) {
        unitByForm.put(form.strip().toLowerCase(Locale.ROOT), new Unit(row.get(0), Double.parseDouble(row.get(1))));
      }
    }
    zoneByForm = new LinkedHashMap<>();
    for (List<String> row : LexiconFile.table(AmountExtractor.class, "clock-zones.tsv", 2)) {
      for (String form : row.get(1).split(",")) {
        zoneByForm.put(form.strip().toLowerCase(Locale.ROOT), row.get(0));
      }
    }
    // "6.50pm local time", "(Paris time)": the written forms of the place's clock, of two words at least ("local"
    // alone is said of many things)
    localClockSaid = Pattern.compile("\\d\\s*(?:[ap]\\.?m\\.?)?\\s*\\(?(?:" + alternation(zoneByForm.entrySet().stream()
        .filter(zone -> zone.getValue().equals("local") && zone.getKey().contains(" ")).map(Map.Entry::getKey).toList())
        + ")\\b", Pattern.CASE_INSENSITIVE);
    List<String> symbolForms = currencyByForm.keySet().stream().filter(form -> !Character.isLetter(form.charAt(0))
        || form.length() <= 3 && form.equals(form.toUpperCase(Locale.ROOT)) || form.endsWith("$")).toList();
    String symbols = alternation(symbolForms);
    String codes = String.join("|", isoCodes);
    String words = alternation(currencyByForm.keySet().stream().filter(form -> Character.isLetter(form.charAt(0))
        && form.length() > 3).toList());
    String scales = alternation(scaleByWord.keySet().stream().toList());
    String longScales = alternation(scaleByWord.keySet().stream().filter(word -> word.length() > 2).toList());
    // a digit near ahead is checked before the alternation of some 300 symbols and codes is tried at each letter:
    // it cannot hold a match without (a symbol or code, an optional space, then the number)
    int symbolToDigit = Math.max(3, symbolForms.stream().mapToInt(String::length).max().orElse(0)) + 1;
    moneyBefore = Pattern.compile("(?<![\\p{L}\\p{N}])(?=\\D{0," + symbolToDigit + "}\\d)"
        + "(" + symbols + "|(?:" + codes + ")(?= ?\\d))\\s?" + NUMBER
        + "(?:\\s?(" + scales + ")(?![\\p{L}]))?", Pattern.CASE_INSENSITIVE);
    moneyAfter = Pattern.compile("(?=\\d)(?<![\\p{L}\\p{N}$€£.,])" + NUMBER + "(?:[\\s-](" + longScales + "))?\\s(" + words
        + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    percent = Pattern.compile("(?=\\d)(?<![\\p{L}\\p{N}.,])" + NUMBER + "\\s?(%|percent\\b|per cent\\b|pct\\b"
        + "|percentage points?\\b)", Pattern.CASE_INSENSITIVE);
    String units = alternation(unitByForm.keySet().stream().toList());
    measure = Pattern.compile("(?=\\d)(?<![\\p{L}\\p{N}$€£.,])" + NUMBER + "(?:\\s?-\\s?|\\s)?(" + units + ")(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE);
  }

  /** Longest first, so that "US dollars" is tried before "dollars". */
  private static String alternation(List<String> forms) {
    return forms.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  /**
   * @param localZone the zone of the place the document is about, for clock times it gives in local time
   *     or with no zone
   * @param published the document's publication day: the day of a clock time whose sentence names none,
   *     for summer time
   */
  List<ClaimDraft> extract(AnalysedSentence s, List<AttributionFrame> frames, Supplier<Optional<ZoneId>> localZone,
      Optional<LocalDate> published) {
    String text = s.documentText;
    int from = s.start();
    int to = s.end();
    List<ClaimDraft> drafts = new ArrayList<>();
    List<int[]> taken = new ArrayList<>();
    // every money, per cent and measure pattern holds a number: a sentence with no digit is not searched
    boolean digits = hasDigit(text, from, to);
    Matcher money = moneyBefore.matcher(text).region(from, to);
    while (digits && money.find()) {
      String symbol = money.group(1).toLowerCase(Locale.ROOT);
      String currency = currencyByForm.getOrDefault(symbol, symbol.toUpperCase(Locale.ROOT));
      String scale = money.group(3);
      if (scale != null && scale.length() <= 2 && !scale.equals(scale.toLowerCase(Locale.ROOT))
          && !scale.equalsIgnoreCase("bn") && !scale.equalsIgnoreCase("mn")) {
        scale = null; // "$5 M" is rare, "$5 B" rarer; "US$3 M&A" is no scale
      }
      int end = scale == null ? money.end(2) : money.end(3);
      addMoney(s, frames, drafts, taken, money.start(), end, money.group(2), scale, currency);
    }
    Matcher spelled = moneyAfter.matcher(text).region(from, to);
    while (digits && spelled.find()) {
      String currency = currencyByForm.get(spelled.group(3).toLowerCase(Locale.ROOT));
      addMoney(s, frames, drafts, taken, spelled.start(), spelled.end(), spelled.group(1), spelled.group(2), currency);
    }
    Matcher share = percent.matcher(text).region(from, to);
    while (digits && share.find()) {
      String unit = share.group(2).toLowerCase(Locale.ROOT).startsWith("percentage") ? "points" : "%";
      add(s, frames, drafts, taken, share.start(), share.end(), share.group(1), 1, ValueKind.PERCENT, unit,
          nounAfter(text, share.end(), to));
    }
    boolean fractions = mayHoldFraction(text, from, to);
    Matcher part = FRACTION.matcher(text).region(from, to);
    while (fractions && part.find()) {
      double fraction = 100.0 * FRACTION_COUNTS.get(part.group(1).toLowerCase(Locale.ROOT))
          / FRACTION_PARTS.get(part.group(2).toLowerCase(Locale.ROOT));
      addFraction(s, frames, drafts, taken, part.start(), part.end(), fraction, nounAfterOf(text, part.end(), to));
    }
    Matcher measured = measure.matcher(text).region(from, to);
    while (digits && measured.find()) {
      Unit unit = unitByForm.get(measured.group(2).toLowerCase(Locale.ROOT));
      if (unit == null || measured.group(2).length() == 1 && !measured.group(2).equals("m")
          || measured.group(2).equals("m") && text.startsWith(" ", measured.end(1))) {
        continue; // a lone letter after a space ("5 m") is too often an initial or a list marker
      }
      add(s, frames, drafts, taken, measured.start(), measured.end(), measured.group(1), unit.factor(),
          ValueKind.MEASURE, unit.base(), nounAfter(text, measured.end(), to));
    }
    for (TimeExpression time : s.times) {
      if (time.type() == TimexType.DATE) {
        date(s, frames, time).ifPresent(drafts::add);
      } else if (time.type() == TimexType.TIME && PART_OF_DAY_VALUE.matcher(time.value()).matches()) {
        // "Thursday afternoon", "early Thursday": a part of a known day dates like the day ("on Thursday")
        date(s, frames, time).ifPresent(drafts::add);
      } else if (time.type() == TimexType.TIME) {
        clock(s, frames, time, localZone.get(), published).ifPresent(drafts::add);
      } else if (time.type() == TimexType.DURATION) {
        duration(s, frames, time).ifPresent(drafts::add);
      }
    }
    return drafts;
  }

  /**
   * Whether a part word of {@link #FRACTION} ("half", "thirds", "quarter", "fifth") may stand after a space or
   * hyphen in {@code text[from, to)}: a necessary test, much cheaper than trying the pattern at every character.
   */
  private static boolean mayHoldFraction(String text, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '-') {
        continue;
      }
      String part = switch (text.charAt(i + 1)) {
        case 'h', 'H' -> "hal";
        case 't', 'T' -> "third";
        case 'q', 'Q' -> "quarter";
        case 'f', 'F' -> "fifth";
        default -> null;
      };
      if (part != null && text.regionMatches(true, i + 1, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code text[from, to)} holds an ASCII digit, what {@code \d} matches without UNICODE_CHARACTER_CLASS. */
  private static boolean hasDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private void addMoney(AnalysedSentence s, List<AttributionFrame> frames, List<ClaimDraft> drafts, List<int[]> taken,
      int start, int end, String number, String scale, String currency) {
    double factor = scale == null ? 1 : scaleByWord.getOrDefault(scale.toLowerCase(Locale.ROOT), 1.0);
    String per = "";
    Matcher unit = perUnit.matcher(s.documentText).region(end, Math.min(s.documentText.length(), end + 20));
    if (unit.find()) {
      per = unit.group(1) != null ? unit.group(1).toLowerCase(Locale.ROOT) : "each";
      end = unit.end();
    }
    add(s, frames, drafts, taken, start, end, number, factor, ValueKind.MONEY, currency,
        per.isEmpty() ? "" : "per " + per);
  }

  /**
   * "two-thirds of the roof" as a share: 66.7% with the looseness of a fraction in prose (a reader writes
   * "two-thirds" for 64% as readily as for 67%).
   */
  private void addFraction(AnalysedSentence s, List<AttributionFrame> frames, List<ClaimDraft> drafts,
      List<int[]> taken, int start, int end, double share, String noun) {
    for (int[] span : taken) {
      if (start < span[1] && span[0] < end) {
        return;
      }
    }
    taken.add(new int[] {start, end});
    Approximation.Qualifier qualifier = approximation.before(s.documentText, start);
    double[] interval = Approximation.interval(share, 1, Approximation.Shape.ABOUT, SLACK, 2);
    TypedValue typed = new TypedValue(ValueKind.PERCENT, "%", interval[0], interval[1], qualifier.words(), noun);
    drafts.add(draft(s, frames, Math.min(start, qualifier.start()), end, typed));
  }

  /** The noun a fraction is of: "two-thirds of the roof" gives "roof". */
  private static String nounAfterOf(String text, int from, int limit) {
    Matcher of = OF_NOUN.matcher(text)
        .region(from, Math.min(limit, from + 40));
    return of.find() ? QuantityExtractor.singular(of.group(1)) : "";
  }

  private void add(AnalysedSentence s, List<AttributionFrame> frames, List<ClaimDraft> drafts, List<int[]> taken,
      int start, int end, String number, double factor, ValueKind kind, String unit, String noun) {
    for (int[] span : taken) {
      if (start < span[1] && span[0] < end) {
        return; // "$5 million" is money, not also a measure
      }
    }
    if (s.times.stream().anyMatch(time -> time.start() <= start && end <= time.end())) {
      return;
    }
    taken.add(new int[] {start, end});
    String plain = number.replace(",", "");
    BigDecimal decimal = new BigDecimal(plain);
    double precision = Math.pow(10, -Math.max(0, decimal.scale())) * factor;
    double value = decimal.doubleValue() * factor;
    Approximation.Qualifier qualifier = approximation.before(s.documentText, start);
    double[] interval = Approximation.interval(value, precision, qualifier.shape(), SLACK, 0);
    TypedValue typed = new TypedValue(kind, unit, interval[0], interval[1], qualifier.words(), noun);
    drafts.add(draft(s, frames, Math.min(start, qualifier.start()), end, typed));
  }

  private Optional<ClaimDraft> clock(AnalysedSentence s, List<AttributionFrame> frames, TimeExpression time,
      Optional<ZoneId> localZone, Optional<LocalDate> published) {
    Matcher clock = CLOCK_VALUE.matcher(time.value());
    if (!clock.find()) {
      return Optional.empty();
    }
    int minutes = Integer.parseInt(clock.group(1)) * 60 + (clock.group(2) == null ? 0 : Integer.parseInt(clock.group(2)));
    String zone = zoneAfter(s.documentText, time.end(), s.end());
    String[] words = time.text().split(" ");
    if (zone.isEmpty() && words.length > 1) {
      zone = zoneAfter(words[words.length - 1], 0, words[words.length - 1].length()); // "9:06 a.m. PST"
    }
    String unit = zone;
    if (!zone.isEmpty() && !zone.equals("local")) {
      minutes = Math.floorMod(minutes - Integer.parseInt(zone), 24 * 60);
      unit = "UTC";
    } else {
      // a time with no zone, or "local time": the clock of the place the story is about, in UTC when that
      // place and the day (for summer time) are known
      Optional<LocalDate> day = dayOf(time).or(() -> nearestDate(s, time.start(), time.end())
          .flatMap(TimeExpression::interval).filter(interval -> interval.earliest().equals(interval.latest()))
          .map(interval -> interval.earliest()));
      unit = "";
      day = day.or(() -> published);
      if (localZone.isPresent() && day.isPresent()) {
        int offset = localZone.get().getRules().getOffset(day.get().atTime(12, 0)).getTotalSeconds() / 60;
        minutes = Math.floorMod(minutes - offset, 24 * 60);
        unit = "UTC";
      } else if (localZone.isPresent() && localClockSaid.matcher(s.documentText).find()) {
        // the place is known but not the day, so neither is its summer time: the value stays in the place's
        // own clock, named by its zone, and compare converts it at the offset of the story's days. Only when the
        // document says somewhere that it keeps the place's clock ("6.50pm local time"): a London paper's bare
        // "5.50pm" on a fire in Paris is London's
        unit = localZone.get().getId();
      }
    }
    Approximation.Qualifier qualifier = approximation.before(s.documentText, time.start());
    String inner = time.text().toLowerCase(Locale.ROOT);
    Approximation.Shape shape = qualifier.shape() != Approximation.Shape.EXACT ? qualifier.shape()
        : approximation.opening(inner, time.start()).shape();
    double[] interval = Approximation.interval(minutes, 1, shape, 0, 10);
    TypedValue typed = new TypedValue(ValueKind.CLOCK, unit, interval[0], interval[1], qualifier.words(), "");
    return Optional.of(draft(s, frames, Math.min(time.start(), qualifier.start()), time.end(), typed));
  }

  /**
   * A date that names a day, a month or a year ("on Sunday", "April 15", "in 2022"), as the days it may
   * denote. Vague references ("recently", "now") and dates with no year are not values.
   */
  private Optional<ClaimDraft> date(AnalysedSentence s, List<AttributionFrame> frames, TimeExpression time) {
    if (time.interval().isEmpty() || time.value().endsWith("_REF")) {
      return Optional.empty();
    }
    long first = time.interval().get().earliest().toEpochDay();
    long last = time.interval().get().latest().toEpochDay();
    if (last - first > 366) {
      return Optional.empty(); // decades and centuries tell no fact apart
    }
    TypedValue typed = new TypedValue(ValueKind.DATE, "day", first, last + 1, "", "");
    Map<String, String> slots = new LinkedHashMap<>(typed.slots());
    slots.put("entities", s.entityNames());
    Optional<Attribution> attribution = frames.stream().filter(f -> f.contentContains(time.start())).findFirst()
        .map(AttributionFrame::attribution);
    return Optional.of(ClaimDraft.of(ClaimType.VALUE, time.start(), time.end(), "date", "date", time.text(),
        Optional.of(time), attribution, slots));
  }

  /** The day a clock time's own value names ("2019-04-15T18:50"), if it names one. */
  private static Optional<LocalDate> dayOf(TimeExpression time) {
    Matcher day = DAY_VALUE.matcher(time.value());
    return day.lookingAt() ? Optional.of(LocalDate.parse(day.group())) : Optional.empty();
  }

  private String zoneAfter(String text, int from, int limit) {
    String after = text.substring(from, Math.min(limit, from + 24)).toLowerCase(Locale.ROOT);
    String stripped = after.replaceFirst("^[\\s(]+", "");
    return zoneByForm.entrySet().stream()
        .filter(zone -> stripped.startsWith(zone.getKey())
            && (stripped.length() == zone.getKey().length() || !Character.isLetter(stripped.charAt(zone.getKey().length()))))
        .max(Comparator.comparingInt(zone -> zone.getKey().length()))
        .map(Map.Entry::getValue).orElse("");
  }

  private Optional<ClaimDraft> duration(AnalysedSentence s, List<AttributionFrame> frames, TimeExpression time) {
    String value = time.value();
    if (!value.startsWith("P") || value.contains("X")) {
      return Optional.empty();
    }
    boolean inTime = false;
    double seconds = 0;
    double precision = 0;
    int at = 1;
    Matcher part = DURATION_PART.matcher(value);
    while (at < value.length()) {
      if (value.charAt(at) == 'T') {
        inTime = true;
        at++;
        continue;
      }
      if (!part.find(at) || part.start() != at) {
        return Optional.empty();
      }
      double unit = switch (part.group(2)) {
        case "Y" -> 365.25 * 86400;
        case "M" -> inTime ? 60 : 30.44 * 86400;
        case "W" -> 7 * 86400;
        case "D" -> 86400;
        case "H" -> 3600;
        default -> 1;
      };
      seconds += Double.parseDouble(part.group(1)) * unit;
      precision = unit;
      at = part.end();
    }
    if (seconds == 0) {
      return Optional.empty();
    }
    Approximation.Qualifier qualifier = approximation.before(s.documentText, time.start());
    if (qualifier.shape() == Approximation.Shape.EXACT) {
      qualifier = approximation.opening(time.text(), time.start());
    }
    double[] interval = Approximation.interval(seconds, precision, qualifier.shape(), SLACK, 0);
    TypedValue typed = new TypedValue(ValueKind.DURATION, "s", interval[0], interval[1], qualifier.words(), "");
    return Optional.of(draft(s, frames, Math.min(time.start(), qualifier.start()), time.end(), typed));
  }

  /** The noun a per cent or measure is of, when it follows at once ("a 9.2 percent stake", "a 300-foot spire"). */
  private static String nounAfter(String text, int from, int limit) {
    Matcher word = NOUN_AFTER.matcher(text).region(from, Math.min(limit, from + 30));
    if (word.find() && word.group(1).length() > 2 && !NOT_NOUNS.contains(word.group(1))) {
      return QuantityExtractor.singular(word.group(1));
    }
    return "";
  }

  /** The day a value is said of: the nearest dated expression in its sentence ("on Monday", "on April 1"). */
  private static Optional<TimeExpression> nearestDate(AnalysedSentence s, int start, int end) {
    return s.times.stream()
        .filter(time -> time.type() == TimexType.DATE && time.interval().isPresent())
        .filter(time -> time.end() <= start || time.start() >= end)
        .min(Comparator.comparingInt(time -> time.end() <= start ? start - time.end() : time.start() - end));
  }

  private static ClaimDraft draft(AnalysedSentence s, List<AttributionFrame> frames, int start, int end,
      TypedValue value) {
    Map<String, String> slots = new LinkedHashMap<>(value.slots());
    slots.put("entities", s.entityNames());
    String written = s.documentText.substring(start, end);
    Optional<Attribution> attribution = frames.stream().filter(f -> f.contentContains(start)).findFirst()
        .map(AttributionFrame::attribution);
    String subject = value.noun().isEmpty() ? value.kind().jsonName() : value.noun();
    return ClaimDraft.of(ClaimType.VALUE, start, end, subject, value.kind().jsonName(), written,
        nearestDate(s, start, end), attribution, slots);
  }
}
