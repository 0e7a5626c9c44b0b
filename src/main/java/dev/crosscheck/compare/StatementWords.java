package dev.crosscheck.compare;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.entity.TitleLexicon;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * The words of each statement claim that can tell one fact from another, weighted by inverse document
 * frequency: a word that most documents of the corpus use is the story's topic, not a fact of it, and is
 * left out of the comparison altogether.
 */
final class StatementWords {

  private static final Splitter LIST = Splitter.on(';').trimResults().omitEmptyStrings();
  /** A word used by more than this share of the documents is the story's topic, not one fact's. */
  static final double MAX_SPECIFIC_SHARE = 0.34;
  /** Characters around a shared word within which a figure is said of it ("the 16-time NBA champion"). */
  static final int FIGURE_REACH = 30;
  /**
   * Least similarity for two sentences sharing one specific word to state one fact: the word must be nearly
   * all that either says beyond the story.
   */
  static final double SOLE_WORD_SIMILARITY = 0.5;
  /** Characters within which two shared words stand as one phrase. */
  static final int PHRASE_REACH = 25;
  /** Shared words from this many on say one fact wherever they stand in their sentences. */
  static final int PHRASE_FREE = 3;
  /** How far after a word of mood ("not", "may") the words it governs reach, in characters. */
  static final int MOOD_REACH = 50;
  private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("[,;:()—–]|\\s-\\s");
  /**
   * Fewer documents than this tell no topic from fact: in three articles a word two of them use may be either.
   * Past it, a word two documents share is specific when the corpus is small.
   */
  static final int MIN_DOCUMENTS = 4;
  /** The most characters an excerpt shows of a sentence. */
  private static final int MAX_EXCERPT = 160;

  private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("\\d[\\d,.]*|\\p{L}+");

  private final StatementContexts contexts;
  private final ImmutableSet<String> titleWords;
  private final ImmutableMap<String, String> numberWords;
  private final ImmutableSet<String> lightWords;

  /**
   * @param titleWords the words of titles ("press secretary", "fire chief"), light-stemmed: like names, they
   *     say who a sentence is about, not what it states
   */
  StatementWords(StatementContexts contexts, ImmutableSet<String> titleWords, ImmutableMap<String, String> numberWords,
      ImmutableSet<String> lightWords) {
    this.contexts = contexts;
    this.titleWords = titleWords;
    this.numberWords = numberWords;
    this.lightWords = lightWords;
  }

  static StatementWords load(StatementContexts contexts) {
    return new StatementWords(contexts, TitleLexicon.instance().words().stream().map(StatementContexts::stem)
        .collect(ImmutableSet.toImmutableSet()), numberWords(),
        LexiconFiles.lines("statement-light-words.txt").stream()
            .flatMap(word -> contexts.words(word.strip()).keySet().stream()).collect(ImmutableSet.toImmutableSet()));
  }

  /**
   * The claim stage's number words, but "one" and "zero": "one of the greatest" and "no one" count nothing.
   */
  private static ImmutableMap<String, String> numberWords() {
    Map<String, String> words = new HashMap<>();
    for (List<String> row : dev.crosscheck.entity.LexiconFile.table(Claim.class, "number-words.tsv", 2)) {
      if (!row.get(0).equals("one") && !row.get(0).equals("zero")) {
        words.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1));
      }
    }
    return ImmutableMap.copyOf(words);
  }

  /** A number a sentence gives, as digits, and where it stands. */
  record Figure(String value, int offset) {}

  /** The figures of a sentence: digits (without thousands commas or a closing dot) and number words. */
  private ImmutableList<Figure> figures(String sentence) {
    List<Figure> figures = new ArrayList<>();
    java.util.regex.Matcher matcher = FIGURE.matcher(sentence);
    while (matcher.find()) {
      String token = matcher.group();
      if (Character.isDigit(token.charAt(0))) {
        figures.add(new Figure(token.replace(",", "").replaceAll("\\.$", ""), matcher.start()));
      } else {
        String value = numberWords.get(token.toLowerCase(Locale.ROOT));
        if (value != null) {
          figures.add(new Figure(value, matcher.start()));
        }
      }
    }
    return ImmutableList.copyOf(figures);
  }

  /**
   * One statement's words.
   *
   * @param sentence the sentence text, for excerpts
   * @param offsets every content word (light-stemmed, or its word class) with its first offset in the sentence
   * @param specific the words rare enough in the corpus to single out a fact, each with its weight
   * @param names the specific words that are (part of) names: they say who, not what happened
   * @param moods the words said in a mood other than plain report ("negated", "possible"), with that mood
   * @param light the specific words too common in English to single out a fact on their own
   * @param people the people the sentence names (canonical names, lower case), but the story's main ones
   * @param figures the numbers the sentence gives, as digits ("five-time" gives 5)
   * @param norm the Euclidean length of the specific words' weights
   * @param repeated every offset of each content word used more than once, where {@code offsets} keeps the
   *     first (kept for those only: a corpus holds many statements, and most say a word once)
   * @param specificIds the corpus-wide numbers of the specific words, in the order of {@code specificWeights}
   * @param sortedSpecificIds the same numbers sorted: every candidate pair of a corpus looks up the words it
   *     shares, and a binary search in a small int array is several times faster than a map of strings
   * @param sortedWeights the weight of each word of {@code sortedSpecificIds}, in that order
   * @param sortedPlain whether each word of {@code sortedSpecificIds} is neither a name nor a light word here
   * @param sortedOffsets where each word of {@code sortedSpecificIds} first stands in the sentence, -1 when it
   *     does not (a name read from the claim's slots)
   * @param sortedMoods the mood each word of {@code sortedSpecificIds} is said in, "" for a plain report
   * @param soleContentWord the one specific word that is neither a name nor a light word, or null when there are
   *     none or several
   * @param soleContentId that word's number, or -1
   * @param sortedWordIds the numbers of all the words of {@code offsets}, sorted, to tell a copied text
   */
  record Words(String sentence, ImmutableMap<String, Integer> offsets, ImmutableMap<String, Double> specificWeights,
      ImmutableSet<String> names, ImmutableSet<String> light, ImmutableMap<String, String> moods,
      ImmutableSet<String> people,
      ImmutableList<Figure> figures, double norm, ImmutableMap<String, ImmutableList<Integer>> repeated,
      int[] specificIds, int[] sortedSpecificIds, double[] sortedWeights, boolean[] sortedPlain,
      int[] sortedOffsets, String[] sortedMoods, String soleContentWord, int soleContentId,
      int[] sortedWordIds) {

    Set<String> specific() {
      return specificWeights.keySet();
    }

    /**
     * The cosine of the two statements' specific words, or 0 when it is below {@code minSimilarity} or they
     * share fewer than {@code minShared} of them besides names, titles and light words (and two of them not
     * as one phrase), name different people, give different figures next to the shared words, or are one
     * text copied.
     */
    double similarity(Words other, int minShared, double minSimilarity, double copyOverlap) {
      if (!mayReach(other, minShared, minSimilarity, copyOverlap)) {
        return 0;
      }
      // two sentences about different people ("coach John Altobelli", "coach Christina Mauser") state two facts
      if (!people.isEmpty() && !other.people.isEmpty() && people.stream().noneMatch(other.people::contains)) {
        return 0;
      }
      List<String> shared = shared(other);
      List<String> content = content(shared, other);
      // a sentence whose one word beside the story's own and names is the shared one says that fact and no
      // other, of the people both name ("Altobelli and Chester were identified by fingerprints", "fingerprints
      // confirmed the deaths of Altobelli and Chester"); without a name of their own two sentences sharing one
      // word ("a board seat", "a seat on the board") are often two facts
      boolean soleWord = content.size() == 1 && (soleContent(content.get(0)) || other.soleContent(content.get(0)))
          && shared.stream().anyMatch(word -> names.contains(word) && other.names.contains(word));
      // two sentences whose one word beside the story's own and names is the same, said with the same word of
      // the story beside it ("a fire broke out in the attic", "said it started in the attic"), state that fact
      // and no other; "the attic was destroyed" says another thing of it
      boolean soleBoth = content.size() == 1 && soleContent(content.get(0)) && other.soleContent(content.get(0))
          && sharesStoryWordBeside(content.get(0), other);
      soleWord |= soleBoth;
      if (!soleWord && (content.size() < minShared
          || content.size() < PHRASE_FREE && !nearEachOther(content, other))) {
        return 0;
      }
      double dot = shared.stream().mapToDouble(word -> specificWeights.get(word) * other.specificWeights.get(word))
          .sum();
      double cosine = dot / (norm * other.norm);
      // the exact test of what mayReach bounds. Names weigh in the cosine; two sentences saying one word of their
      // own and the same word of the story beside it need no more than the alignment's own bar
      if (cosine < minSimilarity || soleWord && !soleBoth && cosine < SOLE_WORD_SIMILARITY) {
        return 0;
      }
      // nor do sentences giving different figures by the words they share ("a 16-time champion franchise", "a
      // five-time champion"): the figures are compared as values, and alike words around two figures are two
      // facts; a figure elsewhere in the sentence is of another fact
      Set<String> near = figuresNear(content);
      Set<String> otherNear = other.figuresNear(content);
      if (!near.isEmpty() && !otherNear.isEmpty() && near.stream().noneMatch(otherNear::contains)) {
        return 0;
      }
      return cosine;
    }

    /**
     * Whether the pair may pass {@link #similarity} at all, from the numbers of the words alone, before any
     * word is looked up by its string (most candidate pairs of a large corpus end here). The words both use in
     * the same mood must hold one that is neither a name nor a light word; when they hold only one, it must be
     * all that one of the sentences says beyond those; when they hold fewer than {@link #PHRASE_FREE}, two of
     * them must stand as one phrase in both; their cosine must reach {@code minSimilarity}, tested with a
     * margin for rounding, as it sums in another order than {@link #similarity}; and they must not be one text
     * copied (a wire story runs in many papers: most pairs that pass the rest end here).
     */
    private boolean mayReach(Words other, int minShared, double minSimilarity, double copyOverlap) {
      double dot = 0;
      int content = 0;
      int contentId = -1;
      // where the first few content words stand in each sentence, for the phrase test
      int[] mineAt = new int[PHRASE_FREE - 1];
      int[] theirsAt = new int[PHRASE_FREE - 1];
      int[] mine = sortedSpecificIds;
      int[] theirs = other.sortedSpecificIds;
      for (int a = 0, b = 0; a < mine.length && b < theirs.length; ) {
        if (mine[a] < theirs[b]) {
          a++;
        } else if (mine[a] > theirs[b]) {
          b++;
        } else {
          if (sortedMoods[a].equals(other.sortedMoods[b])) {
            dot += sortedWeights[a] * other.sortedWeights[b];
            if (sortedPlain[a] && other.sortedPlain[b]) {
              if (content < mineAt.length) {
                mineAt[content] = sortedOffsets[a];
                theirsAt[content] = other.sortedOffsets[b];
              }
              content++;
              contentId = mine[a];
            }
          }
          a++;
          b++;
        }
      }
      if (content == 0 && minShared > 0
          || content == 1 && minShared > 1 && soleContentId != contentId && other.soleContentId != contentId
          || content > 1 && content < minShared
          || content > 1 && content < PHRASE_FREE && !aPhraseInBoth(mineAt, theirsAt, content)) {
        return false;
      }
      return dot / (norm * other.norm) >= minSimilarity - 1e-9 && copyOverlap(other) < copyOverlap;
    }

    /** Whether two of the first {@code count} words stand within {@link #PHRASE_REACH} in both sentences. */
    private static boolean aPhraseInBoth(int[] mineAt, int[] theirsAt, int count) {
      for (int x = 0; x < count; x++) {
        for (int y = x + 1; y < count; y++) {
          if (mineAt[x] >= 0 && mineAt[y] >= 0 && Math.abs(mineAt[x] - mineAt[y]) <= PHRASE_REACH
              && theirsAt[x] >= 0 && theirsAt[y] >= 0 && Math.abs(theirsAt[x] - theirsAt[y]) <= PHRASE_REACH) {
            return true;
          }
        }
      }
      return false;
    }

    /** The share of both sentences' words that they have in common (Jaccard): near 1, one text copied. */
    private double copyOverlap(Words other) {
      int common = 0;
      int[] mine = sortedWordIds;
      int[] theirs = other.sortedWordIds;
      for (int a = 0, b = 0; a < mine.length && b < theirs.length; ) {
        if (mine[a] < theirs[b]) {
          a++;
        } else if (mine[a] > theirs[b]) {
          b++;
        } else {
          common++;
          a++;
          b++;
        }
      }
      return (double) common / (mine.length + theirs.length - common);
    }

    /**
     * Whether a word of the story (too common to be specific, lower case, said in the same mood) stands within
     * {@link #PHRASE_REACH} of {@code word} in both sentences.
     */
    private boolean sharesStoryWordBeside(String word, Words other) {
      for (Map.Entry<String, Integer> story : offsets.entrySet()) {
        String candidate = story.getKey();
        Integer otherAt = other.offsets.get(candidate);
        if (otherAt == null || specificWeights.containsKey(candidate) || other.specificWeights.containsKey(candidate)
            || !Character.isLowerCase(sentence.charAt(story.getValue()))
            || !Character.isLowerCase(other.sentence.charAt(otherAt))
            || !moods.getOrDefault(candidate, "").equals(other.moods.getOrDefault(candidate, ""))) {
          continue;
        }
        if (nearSomewhere(word, candidate) && other.nearSomewhere(word, candidate)) {
          return true;
        }
      }
      return false;
    }

    /** Whether the word is this sentence's only specific word but names, titles and light words. */
    private boolean soleContent(String word) {
      return word.equals(soleContentWord);
    }

    private Set<String> figuresNear(List<String> words) {
      Set<String> near = new HashSet<>();
      for (Figure figure : figures) {
        if (words.stream().map(offsets::get).anyMatch(at -> at != null && Math.abs(at - figure.offset()) <= FIGURE_REACH)) {
          near.add(figure.value());
        }
      }
      return near;
    }

    /** The specific words of both, but those one sentence denies or hedges and the other reports. */
    List<String> shared(Words other) {
      // "did not call" and "called" share no word; a plain loop, as every candidate pair of a corpus comes here
      List<String> shared = new ArrayList<>();
      int k = 0;
      for (String word : specificWeights.keySet()) {
        if (Arrays.binarySearch(other.sortedSpecificIds, specificIds[k++]) >= 0
            && moods.getOrDefault(word, "").equals(other.moods.getOrDefault(word, ""))) {
          shared.add(word);
        }
      }
      return shared;
    }

    /** Of the shared words, those that say what is stated: not names, titles or light words. */
    List<String> content(List<String> shared, Words other) {
      return shared.stream()
          .filter(word -> !names.contains(word) && !other.names.contains(word) && !light.contains(word)).toList();
    }

    /** Where a word first stands in the sentence, if it does (a name read from the claim's slots may not). */
    java.util.Optional<Integer> offset(String word) {
      return java.util.Optional.ofNullable(offsets.get(word));
    }

    /**
     * Whether two of the words stand close together in both sentences, as in one phrase: "longtime bodyguard",
     * "boarding a private jet". Two words the sentences share far apart ("delivering a tribute at the
     * ceremony", "a ceremony before the remains were delivered") are two facts that happen to share words.
     */
    private boolean nearEachOther(List<String> words, Words other) {
      for (int a = 0; a < words.size(); a++) {
        for (int b = a + 1; b < words.size(); b++) {
          if (near(words.get(a), words.get(b)) && other.near(words.get(a), words.get(b))) {
            return true;
          }
        }
      }
      return false;
    }

    /** Whether some use of one word stands within {@link #PHRASE_REACH} of some use of the other. */
    private boolean nearSomewhere(String a, String b) {
      for (int at : uses(a)) {
        for (int bt : uses(b)) {
          if (Math.abs(at - bt) <= PHRASE_REACH) {
            return true;
          }
        }
      }
      return false;
    }

    private List<Integer> uses(String word) {
      List<Integer> all = repeated.get(word);
      return all != null ? all : offsets.containsKey(word) ? List.of(offsets.get(word)) : List.of();
    }

    private boolean near(String a, String b) {
      Integer at = offsets.get(a);
      Integer bt = offsets.get(b);
      return at != null && bt != null && Math.abs(at - bt) <= PHRASE_REACH;
    }

    /** The stretch of the sentence from the first to the last of {@code words}, as the reader sees it. */
    String excerpt(Set<String> words) {
      int from = sentence.length();
      int to = 0;
      for (String word : words) {
        Integer at = offsets.get(word);
        if (at != null) {
          from = Math.min(from, at);
          to = Math.max(to, wordEnd(at));
        }
      }
      if (from >= to) {
        return shorten(sentence.strip());
      }
      return shorten(sentence.substring(from, to));
    }

    /** Up to {@code limit} of {@code words} as this sentence writes them, the weightiest first. */
    List<String> forms(Set<String> words, int limit) {
      List<String> forms = new ArrayList<>();
      words.stream().filter(offsets::containsKey)
          .sorted(Comparator.comparingDouble((String word) -> -specificWeights.getOrDefault(word, 0.0)))
          .limit(limit)
          .forEach(word -> forms.add(sentence.substring(offsets.get(word), wordEnd(offsets.get(word)))));
      return forms;
    }

    private int wordEnd(int at) {
      int end = at;
      while (end < sentence.length() && (Character.isLetterOrDigit(sentence.charAt(end))
          || "'’-".indexOf(sentence.charAt(end)) >= 0)) {
        end++;
      }
      return end;
    }

    private static String shorten(String text) {
      return text.length() <= MAX_EXCERPT ? text : text.substring(0, MAX_EXCERPT - 1) + "…";
    }
  }

  /** The words of each statement, in the order given, weighted against the documents of all of them. */
  List<Words> of(List<Claim> statements) {
    // each statement's words alone, in parallel (a large corpus has hundreds of thousands); then the corpus's
    // counts of documents per word
    List<Occurrences> occurrences = statements.parallelStream().map(this::occurrences).toList();
    // each document's words counted once, documents in parallel
    Map<String, Set<String>> wordsOfDocument = new LinkedHashMap<>();
    for (int i = 0; i < statements.size(); i++) {
      wordsOfDocument.computeIfAbsent(statements.get(i).documentId(), id -> new HashSet<>())
          .addAll(occurrences.get(i).first().keySet());
    }
    Map<String, WordCount> counts = new ConcurrentHashMap<>();
    AtomicInteger ids = new AtomicInteger();
    wordsOfDocument.values().parallelStream().forEach(words -> words.forEach(word ->
        counts.computeIfAbsent(word, key -> new WordCount(ids.getAndIncrement())).documents.incrementAndGet()));
    int documentCount = Math.max(1, wordsOfDocument.size());
    return IntStream.range(0, statements.size()).parallel()
        .mapToObj(i -> words(statements.get(i), occurrences.get(i), counts, documentCount)).toList();
  }

  /**
   * Where a statement's content words stand: the first offset of each (a name the claim stage resolved at
   * -1), and every offset of those used more than once.
   */
  private record Occurrences(Map<String, Integer> first, ImmutableMap<String, ImmutableList<Integer>> repeated) {}

  private Occurrences occurrences(Claim claim) {
    com.google.common.collect.ListMultimap<String, Integer> all = contexts.occurrences(claim.sentenceText());
    ImmutableMap.Builder<String, ImmutableList<Integer>> repeats = ImmutableMap.builder();
    all.asMap().forEach((word, uses) -> {
      if (uses.size() > 1) {
        repeats.put(word, ImmutableList.copyOf(uses));
      }
    });
    Map<String, Integer> words = new LinkedHashMap<>();
    all.entries().forEach(word -> words.putIfAbsent(word.getKey(), word.getValue()));
    // a name the claim stage resolved ("Dianne Feinstein" for "Sen. Feinstein") counts as one word
    claim.slot("entities").ifPresent(list -> LIST.split(list.toLowerCase(Locale.ROOT))
        .forEach(name -> words.putIfAbsent("@" + name, -1)));
    return new Occurrences(words, repeats.buildOrThrow());
  }

  /** A word's number (any unique one: it only tells words apart) and how many documents use it. */
  private static final class WordCount {
    final int id;
    final AtomicInteger documents = new AtomicInteger();

    WordCount(int id) {
      this.id = id;
    }
  }

  /** One statement's words, weighted by the number of documents of the corpus using each. */
  private Words words(Claim statement, Occurrences occurrences, Map<String, WordCount> counts, int documentCount) {
    Map<String, Integer> offsets = occurrences.first();
    String sentence = statement.sentenceText();
    Map<String, Double> weights = new LinkedHashMap<>();
    Set<String> names = new HashSet<>();
    Set<String> nameWords = new HashSet<>();
    statement.slot("entities").ifPresent(list -> LIST.split(list.toLowerCase(Locale.ROOT))
        .forEach(name -> nameWords.addAll(contexts.words(name).keySet())));
    for (Map.Entry<String, Integer> word : offsets.entrySet()) {
      int used = counts.get(word.getKey()).documents.get();
      if (documentCount < MIN_DOCUMENTS || used > Math.max(2, MAX_SPECIFIC_SHARE * documentCount)) {
        continue;
      }
      weights.put(word.getKey(), Math.log(1 + (double) documentCount / used));
      if (word.getValue() < 0 || titleWords.contains(word.getKey()) || nameWords.contains(word.getKey())
          || isName(sentence, word.getValue())) {
        names.add(word.getKey());
      }
    }
    Map<String, String> moods = new HashMap<>();
    List<Cue> cues = cues(statement);
    offsets.forEach((word, offset) -> moodAt(sentence, offset, cues).ifPresent(mood -> moods.put(word, mood)));
    double norm = Math.sqrt(weights.values().stream().mapToDouble(weight -> weight * weight).sum());
    List<String> specific = List.copyOf(weights.keySet());
    int[] ids = specific.stream().mapToInt(word -> counts.get(word).id).toArray();
    Set<String> light = Sets.intersection(weights.keySet(), lightWords);
    // each word's position in weight order under its number, sorted by number: plain longs, not boxed indexes
    long[] bySortedId = new long[ids.length];
    for (int k = 0; k < ids.length; k++) {
      bySortedId[k] = (long) ids[k] << 32 | k;
    }
    Arrays.sort(bySortedId);
    int[] sorted = new int[ids.length];
    double[] sortedWeights = new double[ids.length];
    boolean[] sortedPlain = new boolean[ids.length];
    String[] sortedMoods = new String[ids.length];
    int[] sortedOffsets = new int[ids.length];
    for (int k = 0; k < ids.length; k++) {
      int position = (int) bySortedId[k];
      String word = specific.get(position);
      sorted[k] = ids[position];
      sortedWeights[k] = weights.get(word);
      sortedPlain[k] = !names.contains(word) && !light.contains(word);
      sortedMoods[k] = moods.getOrDefault(word, "");
      sortedOffsets[k] = Math.max(-1, offsets.get(word));
    }
    List<String> plain = specific.stream().filter(word -> !names.contains(word) && !light.contains(word)).toList();
    Map<String, Integer> located = new LinkedHashMap<>(offsets);
    located.values().removeIf(offset -> offset < 0);
    return new Words(sentence, ImmutableMap.copyOf(located), ImmutableMap.copyOf(weights),
        ImmutableSet.copyOf(names), ImmutableSet.copyOf(light),
        ImmutableMap.copyOf(moods),
        // the story's own people (named by most documents) tell no two facts apart
        statement.slot("people").map(list -> LIST.splitToStream(list.toLowerCase(Locale.ROOT))
            .filter(person -> weights.containsKey("@" + person)).collect(ImmutableSet.toImmutableSet()))
            .orElse(ImmutableSet.of()), figures(sentence), norm, occurrences.repeated(), ids, sorted,
        sortedWeights, sortedPlain, sortedOffsets, sortedMoods, plain.size() == 1 ? plain.get(0) : null,
        plain.size() == 1 ? counts.get(plain.get(0)).id : -1,
        located.keySet().stream().mapToInt(word -> counts.get(word).id).sorted().toArray());
  }

  /** A word of mood ("not", "may") at an offset of its sentence, as the claim stage found it. */
  private record Cue(String mood, int offset) {}

  private static List<Cue> cues(Claim claim) {
    List<Cue> cues = new ArrayList<>();
    claim.slot("cues").ifPresent(list -> LIST.split(list).forEach(cue -> {
      int space = cue.lastIndexOf(' ');
      cues.add(new Cue(cue.substring(0, space), Integer.parseInt(cue.substring(space + 1))));
    }));
    return cues;
  }

  /**
   * The mood a word is said in: that of the nearest cue before it in its clause ("a letter that didn't
   * mention the probe" denies the mention, not the letter's delivery told after the comma), within
   * {@link #MOOD_REACH} characters.
   */
  private static java.util.Optional<String> moodAt(String sentence, int offset, List<Cue> cues) {
    if (offset < 0) {
      return java.util.Optional.empty();
    }
    java.util.Optional<String> mood = java.util.Optional.empty();
    for (Cue cue : cues) {
      if (cue.offset() < offset && offset - cue.offset() <= MOOD_REACH
          && CLAUSE_BREAK.matcher(sentence.substring(cue.offset(), offset)).find() == false) {
        mood = java.util.Optional.of(cue.mood());
      }
    }
    return mood;
  }

  /**
   * A capitalised word inside a sentence is (part of) a name; the first word of a sentence is capitalised
   * either way and is read as a plain word.
   */
  private static boolean isName(String sentence, int at) {
    return Character.isUpperCase(sentence.charAt(at)) && !sentence.substring(0, at).strip().isEmpty();
  }
}
