package dev.crosscheck.time;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists the temporal rules are written over (month and weekday names, number words, units,
 * seasons, tense cues, ...), read once from {@code src/main/resources/dev/crosscheck/time/}. Lookups take
 * the text as matched and are case-insensitive; the regex alternations keep the case rules of the data
 * (month and weekday names match only capitalised or in capitals, so "may" the verb is no month).
 */
final class TimeLexicon {

  private static final String RESOURCE_DIR = "/dev/crosscheck/time/";

  /** A lexicon number that stands for a vague amount ("several years" is PXY). */
  static final double VAGUE = -1;

  private final ImmutableMap<String, Integer> monthByForm;
  private final ImmutableList<String> monthFullNames;
  private final ImmutableList<String> monthAllForms;
  private final ImmutableSet<String> ambiguousMonths;
  private final ImmutableMap<String, Integer> weekdayByForm;
  private final ImmutableList<String> weekdayForms;
  private final ImmutableMap<String, Double> numberByWord;
  private final ImmutableMap<String, Integer> ordinalByWord;
  private final ImmutableMap<String, String> unitByWord;
  private final ImmutableMap<String, String> seasonByWord;
  private final ImmutableMap<String, String> partOfDayByWord;
  private final ImmutableSet<String> partsNamedAfterWeekday;
  private final ImmutableMap<String, NormalisedTime> vagueByPhrase;
  private final ImmutableMap<String, String> setByWord;
  private final ImmutableMap<String, String> holidayRuleByName;
  private final ImmutableSet<String> futureCues;
  private final ImmutableSet<String> futureCueLastWords;
  private final ImmutableSet<String> pastCues;
  private final ImmutableSet<String> notPastEdWords;
  private final ImmutableList<String> timeZones;
  private final ImmutableSet<String> presentDayNouns;

  private TimeLexicon() {
    Map<String, Integer> months = new LinkedHashMap<>();
    ImmutableList.Builder<String> fullNames = ImmutableList.builder();
    ImmutableList.Builder<String> allMonthForms = ImmutableList.builder();
    for (List<String> row : rows("months.tsv")) {
      int number = Integer.parseInt(row.get(0));
      List<String> forms = List.of(row.get(1).split("\\|"));
      fullNames.add(forms.get(0));
      for (String form : forms) {
        months.put(key(form), number);
        allMonthForms.add(form);
      }
    }
    monthByForm = ImmutableMap.copyOf(months);
    monthFullNames = fullNames.build();
    monthAllForms = allMonthForms.build();
    ambiguousMonths = rows("ambiguous-months.txt").stream().map(row -> key(row.get(0)))
        .collect(ImmutableSet.toImmutableSet());

    Map<String, Integer> weekdays = new LinkedHashMap<>();
    ImmutableList.Builder<String> allWeekdayForms = ImmutableList.builder();
    for (List<String> row : rows("weekdays.tsv")) {
      for (String form : row.get(1).split("\\|")) {
        weekdays.put(key(form), Integer.parseInt(row.get(0)));
        allWeekdayForms.add(form);
      }
    }
    weekdayByForm = ImmutableMap.copyOf(weekdays);
    weekdayForms = allWeekdayForms.build();

    numberByWord = rows("numbers.tsv").stream().collect(ImmutableMap.toImmutableMap(
        row -> key(row.get(0)), row -> row.get(1).equals("X") ? VAGUE : Double.parseDouble(row.get(1))));
    ordinalByWord = twoColumns("ordinals.tsv").entrySet().stream()
        .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, e -> Integer.parseInt(e.getValue())));
    unitByWord = twoColumns("units.tsv");
    seasonByWord = twoColumns("seasons.tsv");
    partOfDayByWord = twoColumns("parts-of-day.tsv");
    partsNamedAfterWeekday = rows("parts-of-day.tsv").stream().filter(row -> row.get(2).equals("part"))
        .map(row -> key(row.get(0))).collect(ImmutableSet.toImmutableSet());
    setByWord = twoColumns("sets.tsv");
    holidayRuleByName = twoColumns("holidays.tsv");
    vagueByPhrase = rows("vague.tsv").stream().collect(ImmutableMap.toImmutableMap(
        row -> key(row.get(0)),
        row -> NormalisedTime.unbounded(TimexType.valueOf(row.get(1)), row.get(2))));
    futureCues = words("future-cues.txt");
    futureCueLastWords = futureCues.stream().filter(cue -> cue.contains(" "))
        .map(cue -> cue.substring(cue.lastIndexOf(' ') + 1)).collect(ImmutableSet.toImmutableSet());
    pastCues = words("past-cues.txt");
    notPastEdWords = words("not-past-ed.txt");
    presentDayNouns = words("present-day-nouns.txt");
    timeZones = rows("time-zones.txt").stream().map(row -> row.get(0).trim()).collect(ImmutableList.toImmutableList());
  }

  private static final TimeLexicon INSTANCE = new TimeLexicon();

  /** The lexicon, loaded once per JVM: it is immutable and shared by every tagger. */
  static TimeLexicon load() {
    return INSTANCE;
  }

  // ---- lookups (case-insensitive, on the text as matched) ----

  Optional<Integer> month(String form) {
    return Optional.ofNullable(monthByForm.get(key(form)));
  }

  boolean isAmbiguousMonth(String form) {
    return ambiguousMonths.contains(key(form));
  }

  Optional<Integer> weekday(String form) {
    return Optional.ofNullable(weekdayByForm.get(key(form)));
  }

  /** The value of a number written in digits ("8", "5 1/2") or words ("eight", "twenty-five"). */
  Optional<Double> number(String written) {
    String word = key(written).replace('\u00a0', ' ').replaceAll("\\s+", " ");
    Double known = numberByWord.get(word);
    if (known != null) {
      return Optional.of(known);
    }
    if (word.matches("\\d+(\\.\\d+)?")) {
      return Optional.of(Double.parseDouble(word));
    }
    if (word.matches("\\d+ 1/2")) {
      return Optional.of(Double.parseDouble(word.substring(0, word.indexOf(' '))) + 0.5);
    }
    int hyphen = Math.max(word.indexOf('-'), word.indexOf(' '));
    if (hyphen > 0) {
      Double tens = numberByWord.get(word.substring(0, hyphen));
      Double ones = numberByWord.get(word.substring(hyphen + 1));
      if (tens != null && ones != null && tens >= 20 && ones < 10 && ones >= 1) {
        return Optional.of(tens + ones);
      }
    }
    return Optional.empty();
  }

  Optional<Integer> ordinal(String word) {
    return Optional.ofNullable(ordinalByWord.get(key(word)));
  }

  Optional<String> unit(String word) {
    return Optional.ofNullable(unitByWord.get(key(word)));
  }

  Optional<String> season(String word) {
    return Optional.ofNullable(seasonByWord.get(key(word)));
  }

  Optional<String> partOfDay(String word) {
    return Optional.ofNullable(partOfDayByWord.get(key(word)));
  }

  /** The code of a part of the day that keeps its code after a weekday ("Sunday evening"), else empty. */
  Optional<String> partOfDayAfterWeekday(String word) {
    return partsNamedAfterWeekday.contains(key(word)) ? partOfDay(word) : Optional.empty();
  }

  Optional<NormalisedTime> vague(String phrase) {
    return Optional.ofNullable(vagueByPhrase.get(key(phrase).replaceAll("\\s+", " ")));
  }

  Optional<String> set(String word) {
    return Optional.ofNullable(setByWord.get(key(word)));
  }

  Optional<String> holidayRule(String name) {
    return Optional.ofNullable(holidayRuleByName.get(key(name).replace('’', '\'')));
  }

  /** Whether "today's" before this word means "present-day" ("today's youth"), not the publication day. */
  boolean isPresentDayNoun(String word) {
    return presentDayNouns.contains(key(word));
  }

  boolean isFutureCue(String word) {
    return futureCues.contains(key(word));
  }

  /** Whether two words make a future cue together ("planned to"); only the second word is looked up first. */
  boolean isFutureCue(String previousWord, String word) {
    return futureCueLastWords.contains(key(word)) && futureCues.contains(key(previousWord) + " " + key(word));
  }

  boolean isPastCue(String word) {
    String lower = key(word);
    if (pastCues.contains(lower)) {
      return true;
    }
    return lower.length() > 4 && lower.endsWith("ed") && !notPastEdWords.contains(lower);
  }

  // ---- regex alternations for the rules ----

  /** Full month names, as written or in capitals; case-sensitive inside a case-insensitive pattern. */
  String monthNamesRegex() {
    return caseSensitive(withCapitals(monthFullNames));
  }

  /** Month names and abbreviations ("Jan.", "Sept"), for use before a day or a year. */
  String monthFormsRegex() {
    return caseSensitive(withCapitals(monthAllForms));
  }

  String weekdayRegex() {
    return caseSensitive(withCapitals(weekdayForms));
  }

  /**
   * Number words and digits, including "twenty-five" and "5 1/2". Single words match as any word and are
   * checked against the lexicon by {@link #number}: one alternation of every number word, tried at every
   * word of the text, made the rules several times slower.
   */
  String numberRegex() {
    String phrases = alternation(numberByWord.keySet().stream().filter(word -> word.contains(" "))
        .map(word -> word.replace(" ", "\\s+")).collect(Collectors.toList()), false);
    // tens and ones written apart ("twenty four hours", as transcripts write it), before any single word
    String tensAndOnes = alternation(numberByWord.entrySet().stream()
        .filter(e -> e.getValue() >= 20 && e.getValue() < 100 && e.getValue() % 10 == 0 && !e.getKey().contains(" "))
        .map(Map.Entry::getKey).collect(Collectors.toList()), false) + "\\s+" + alternation(numberByWord.entrySet()
        .stream().filter(e -> e.getValue() >= 1 && e.getValue() < 10 && e.getKey().matches("[a-z]+"))
        .map(Map.Entry::getKey).collect(Collectors.toList()), false) + "\\b";
    return "(?:\\d+(?:\\.\\d+)?(?:\\s+1/2)?|" + phrases + "|" + tensAndOnes + "|[a-z]+(?:-[a-z]+)?)";
  }

  /** Time zones as written ("BST", "local time"); case-sensitive inside a case-insensitive pattern. */
  String timeZoneRegex() {
    return "(?-i:" + alternation(timeZones.stream().map(zone -> Pattern.quote(zone).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.toList()), false) + ")";
  }

  String ordinalRegex() {
    return alternation(ordinalByWord.keySet(), true);
  }

  String unitRegex() {
    return alternation(unitByWord.keySet(), true);
  }

  String seasonRegex() {
    return alternation(seasonByWord.keySet(), true);
  }

  String partOfDayRegex() {
    return alternation(partOfDayByWord.keySet(), true);
  }

  String vagueRegex() {
    return alternation(vagueByPhrase.keySet().stream()
        .map(phrase -> Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q")).collect(Collectors.toList()), false);
  }

  String setRegex() {
    return alternation(setByWord.keySet(), true);
  }

  String holidayRegex() {
    return alternation(holidayRuleByName.keySet().stream()
        .map(name -> Pattern.quote(name).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['’]\\Q"))
        .collect(Collectors.toList()), false);
  }

  private static List<String> withCapitals(List<String> forms) {
    return forms.stream()
        .flatMap(form -> java.util.stream.Stream.of(form, form.toUpperCase(Locale.ROOT)))
        .distinct()
        .collect(Collectors.toList());
  }

  private static String caseSensitive(List<String> forms) {
    return "(?-i:" + alternation(forms, true) + ")";
  }

  /** Longest first, so that "Sept." wins over "Sept" and "a few" over "a". */
  private static String alternation(Collection<String> items, boolean quote) {
    return items.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(item -> quote ? Pattern.quote(item) : item)
        .collect(Collectors.joining("|", "(?:", ")"));
  }

  // ---- loading ----

  private static String key(String form) {
    return form.toLowerCase(Locale.ROOT).trim();
  }

  private static ImmutableSet<String> words(String file) {
    return rows(file).stream().map(row -> key(row.get(0))).collect(ImmutableSet.toImmutableSet());
  }

  private static ImmutableMap<String, String> twoColumns(String file) {
    return rows(file).stream().collect(ImmutableMap.toImmutableMap(row -> key(row.get(0)), row -> row.get(1)));
  }

  /** The non-comment lines of a tab-separated resource, split into their columns. */
  private static List<List<String>> rows(String file) {
    try (InputStream in = TimeLexicon.class.getResourceAsStream(RESOURCE_DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon resource " + RESOURCE_DIR + file);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> List.of(line.split("\t")))
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + file, e);
    }
  }
}
