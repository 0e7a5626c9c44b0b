package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimType;
import dev.crosscheck.claim.NumberReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How badly the people a sentence names were hurt: "One firefighter was seriously injured" and "two policemen
 * and one firefighter had been slightly injured" cannot both be said of one fire's injured firefighter. A
 * sentence grades an injury when a severity word ({@code injury-severities.tsv}) stands next to a word of
 * injury ("seriously injured", "minor injuries"); who was hurt are the common nouns of the clause before it,
 * read as their word class ("fireman" is a firefighter), with the number written before them. Sentences of
 * different sources that grade the injuries of the same kind and number of people form one cluster, whose
 * severities agree or conflict.
 *
 * <p>A sentence giving two grades ("one seriously injured, two others slightly") tells of two groups of
 * people, and a denied or hedged one ("no one was seriously hurt") grades nothing: both are left out.
 */
final class InjurySeverities {

  /** Characters before the injury phrase where the injured are named: the clause's subject, roughly. */
  private static final int SUBJECT_REACH = 60;
  /** The two words before a noun: its count may stand right before it or before one adjective ("one French"). */
  private static final Pattern WORDS_BEFORE =
      Pattern.compile("(?:(?<previous>[\\p{L}\\d,-]+)\\s+)?(?<last>[\\p{L}\\d,-]+)\\s+$");
  private static final NumberReader NUMBERS = NumberReader.english();
  /** Between an injured word and its count in a cluster key: injuries of "firefighter" counted "1". */
  private static final String COUNT_MARK = "#";
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()\\u2013\\u2014]|\\s-\\s");

  private final Pattern graded;
  /** The words of injury, lower case: a sentence without one grades none, and skips {@link #graded}. */
  private final List<String> injuryWords;
  private final Map<String, String> gradeOfWord;
  private final ImmutableSet<String> lightWords;
  private final StatementContexts contexts;

  private InjurySeverities(Pattern graded, List<String> injuryWords, Map<String, String> gradeOfWord,
      ImmutableSet<String> lightWords, StatementContexts contexts) {
    this.graded = graded;
    this.injuryWords = injuryWords;
    this.gradeOfWord = gradeOfWord;
    this.lightWords = lightWords;
    this.contexts = contexts;
  }

  static InjurySeverities load(StatementContexts contexts) {
    Map<String, String> gradeOfWord = new HashMap<>();
    List<String> injuries = new ArrayList<>();
    List<String> injuryWords = new ArrayList<>();
    for (List<String> row : LexiconFiles.rows("injury-severities.tsv", 2)) {
      for (String form : row.get(1).split(",")) {
        String word = form.strip().toLowerCase(Locale.ROOT);
        if (row.get(0).equals("injury")) {
          injuries.add(Pattern.quote(word));
          injuryWords.add(word);
        } else {
          gradeOfWord.put(word, row.get(0));
        }
      }
    }
    // the longest first, so that "non-life-threatening" is not read as "life-threatening"
    String severities = String.join("|", gradeOfWord.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList());
    String injury = "(?:" + String.join("|", injuries) + ")";
    // "seriously injured", "serious head injuries", "injured seriously"
    Pattern graded = Pattern.compile("(?<![\\p{L}-])(?:(?<severity>" + severities + ")\\s+(?:[\\p{L}-]+\\s+)?" + injury
        + "|" + injury + "\\s+(?<after>" + severities + "))(?![\\p{L}-])");
    ImmutableSet<String> light = LexiconFiles.lines("statement-light-words.txt").stream()
        .map(word -> StatementContexts.stem(word.strip().toLowerCase(Locale.ROOT)))
        .collect(ImmutableSet.toImmutableSet());
    return new InjurySeverities(graded, List.copyOf(injuryWords), gradeOfWord, light, contexts);
  }

  /**
   * The number written before the injured people, as text, or "" when none: "two people were critically injured"
   * and "five people suffered minor injuries" grade two groups, not one group twice. "A firefighter" is one.
   */
  private static String countBefore(String subject, int offset) {
    Matcher before = WORDS_BEFORE.matcher(subject.substring(0, offset));
    if (!before.find()) {
      return "";
    }
    for (String group : new String[] {before.group("last"), before.group("previous")}) {
      if (group == null) {
        continue;
      }
      String word = group.toLowerCase(Locale.ROOT);
      if (word.equals("a") || word.equals("an")) {
        return "1";
      }
      Optional<Long> number = NUMBERS.read(word);
      if (number.isPresent()) {
        return number.get().toString();
      }
    }
    return "";
  }

  /** One sentence's grade of the injuries of the people it names (each as word, count mark, count). */
  private record Graded(Claim statement, String grade, String written, Set<String> injured) {}

  /** The clusters of graded injuries of the same kind of people told by two documents or more. */
  ImmutableList<ClusterDraft> drafts(List<Claim> claims) {
    List<Graded> graded = new ArrayList<>();
    for (Claim claim : claims) {
      if (claim.type() == ClaimType.STATEMENT && claim.slot("mood").isEmpty()) {
        grade(claim).ifPresent(graded::add);
      }
    }
    DisjointSets sameInjured = new DisjointSets(graded.size());
    Map<String, Integer> firstWithWord = new HashMap<>();
    for (int i = 0; i < graded.size(); i++) {
      for (String who : graded.get(i).injured()) {
        Integer first = firstWithWord.putIfAbsent(who, i);
        if (first != null) {
          sameInjured.union(first, i);
        }
      }
    }
    Map<Integer, List<Graded>> groups = new TreeMap<>();
    for (int i = 0; i < graded.size(); i++) {
      groups.computeIfAbsent(sameInjured.find(i), root -> new ArrayList<>()).add(graded.get(i));
    }
    ImmutableList.Builder<ClusterDraft> drafts = ImmutableList.builder();
    for (List<Graded> group : groups.values()) {
      if (group.stream().map(g -> g.statement().documentId()).distinct().count() < 2) {
        continue;
      }
      Set<String> shared = new LinkedHashSet<>(group.get(0).injured());
      group.forEach(g -> shared.retainAll(g.injured()));
      String who = shared.isEmpty() ? ""
          : " (" + shared.iterator().next().replace("=", "").replaceFirst(COUNT_MARK + ".*", "") + ")";
      drafts.add(new ClusterDraft("injuries", "injuries" + who,
          group.stream().map(Graded::statement).collect(ImmutableList.toImmutableList()),
          ImmutableList.of(new Facet("severity", FacetKind.SEVERITY, group.stream()
              .map(g -> new Statement(g.statement(), new SeverityValue(g.grade(), g.written())))
              .collect(ImmutableList.toImmutableList()), false)),
          false));
    }
    return drafts.build();
  }

  private Optional<Graded> grade(Claim statement) {
    String sentence = statement.sentenceText();
    String lower = sentence.toLowerCase(Locale.ROOT);
    if (injuryWords.stream().noneMatch(lower::contains)) {
      return Optional.empty();
    }
    Matcher matcher = graded.matcher(lower);
    Set<String> grades = new LinkedHashSet<>();
    int at = -1;
    String written = "";
    while (matcher.find()) {
      String word = matcher.group("severity") != null ? matcher.group("severity") : matcher.group("after");
      grades.add(gradeOfWord.get(word));
      if (at < 0) {
        at = matcher.start();
        written = sentence.substring(matcher.start(), matcher.end());
      }
    }
    if (grades.size() != 1) {
      return Optional.empty();
    }
    int from = Math.max(0, at - SUBJECT_REACH);
    Matcher clauseBreak = CLAUSE_BREAK.matcher(sentence).region(from, at);
    while (clauseBreak.find()) {
      from = clauseBreak.end();
    }
    Set<String> injured = new LinkedHashSet<>();
    String subject = sentence.substring(from, at);
    contexts.words(subject).forEach((word, offset) -> {
      if (Character.isLowerCase(subject.charAt(offset)) && !lightWords.contains(word)
          && NUMBERS.read(word).isEmpty()) {
        injured.add(word + COUNT_MARK + countBefore(subject, offset));
      }
    });
    return injured.isEmpty() ? Optional.empty()
        : Optional.of(new Graded(statement, grades.iterator().next(), written, injured));
  }
}
