package dev.crosscheck.compare;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.claim.Claim;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the {@link StatementContext} of each claim of a corpus. A word's weight is its inverse frequency
 * among the distinct sentences the claims stand in, so words every article repeats (the story's main
 * names, "company") count little and the words that single out one fact ("premium", "firefighters",
 * "financing") count much.
 */
final class StatementContexts {

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
  private static final Splitter LIST = Splitter.on(';').trimResults().omitEmptyStrings();
  /** Characters around a value within which words count more: its own clause, roughly. */
  private static final int NEAR = 60;
  private static final double NEAR_BOOST = 1.6;

  private final ImmutableSet<String> stopwords;
  private final ImmutableMap<String, String> classOfWord;
  /** The word classes' forms of several words ("turned down", "broke out"), lower case, to their class. */
  private final ImmutableMap<String, String> classOfPhrase;
  /** Any of {@link #classOfPhrase}'s phrases, longest first; empty when there are none. */
  private final java.util.Optional<Pattern> phrases;

  StatementContexts(ImmutableSet<String> stopwords, ImmutableMap<String, String> classOfWord) {
    this(stopwords, classOfWord, ImmutableMap.of());
  }

  StatementContexts(ImmutableSet<String> stopwords, ImmutableMap<String, String> classOfWord,
      ImmutableMap<String, String> classOfPhrase) {
    this.stopwords = stopwords;
    this.classOfWord = classOfWord;
    this.classOfPhrase = classOfPhrase;
    this.phrases = classOfPhrase.isEmpty() ? java.util.Optional.empty()
        : java.util.Optional.of(Pattern.compile("\\b(?:" + classOfPhrase.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .map(phrase -> Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q"))
            .collect(java.util.stream.Collectors.joining("|")) + ")\\b", Pattern.CASE_INSENSITIVE));
  }

  /**
   * The contexts values are aligned by: word classes of one word, as written in the lexicon. The value
   * alignment's thresholds were set with these; a class read more widely makes its words commoner and so
   * lighter, which parts figures the stricter conflict bar now links ("disclosed a 9.2% stake").
   */
  static StatementContexts load() {
    return load(false);
  }

  /**
   * The contexts statements are aligned by: every form of the word classes, phrases ("turned down", "broke
   * out") and forms given as stems ("refus", "disclos") too, so that "refused to join" meets "turned down the
   * seat".
   */
  static StatementContexts loadForStatements() {
    return load(true);
  }

  private static StatementContexts load(boolean everyForm) {
    Map<String, String> classes = new HashMap<>();
    Map<String, String> phraseClasses = new HashMap<>();
    for (List<String> row : LexiconFiles.rows("word-classes.tsv", 2)) {
      for (String form : row.get(1).split(",")) {
        String word = form.strip().toLowerCase(Locale.ROOT);
        if (word.contains(" ")) {
          if (everyForm) {
            phraseClasses.putIfAbsent(word.replaceAll("\\s+", " "), "=" + row.get(0));
          }
        } else {
          // a form given as a stem ("refus", "disclos") is looked up as it is: stemmed once more it would be
          // "refu", which no word of a sentence stems to
          if (everyForm) {
            classes.putIfAbsent(word, "=" + row.get(0));
          }
          classes.putIfAbsent(stem(word), "=" + row.get(0));
        }
      }
    }
    return new StatementContexts(LexiconFiles.lines("context-stopwords.txt").stream()
        .map(word -> word.strip().toLowerCase(Locale.ROOT)).collect(ImmutableSet.toImmutableSet()),
        ImmutableMap.copyOf(classes), ImmutableMap.copyOf(phraseClasses));
  }

  /** The context of every claim, keyed by claim id, weighted against the sentences of all of them. */
  Map<String, StatementContext> of(List<Claim> claims) {
    // each sentence's words are read and numbered once: a sentence holds several values, each value's context
    // weighs the same words, and weights are then read from arrays by number, not from maps by string
    StatementContext.Vocabulary vocabulary = new StatementContext.Vocabulary();
    Map<String, SentenceWords> wordsBySentence = new HashMap<>();
    List<SentenceWords> wordsOfClaim = new ArrayList<>(claims.size());
    for (Claim claim : claims) {
      SentenceWords sentence = wordsBySentence.computeIfAbsent(claim.sentenceKey(),
          key -> sentenceWords(claim.sentenceText(), vocabulary));
      wordsOfClaim.add(sentence.text().equals(claim.sentenceText()) ? sentence
          : sentenceWords(claim.sentenceText(), vocabulary));
    }
    int[] sentenceFrequency = new int[vocabulary.size()];
    wordsBySentence.values().forEach(sentence -> {
      for (int number : sentence.numbers()) {
        sentenceFrequency[number]++;
      }
    });
    int sentences = Math.max(1, wordsBySentence.size());
    double[] inverseFrequency = new double[sentenceFrequency.length];
    for (int number = 0; number < inverseFrequency.length; number++) {
      // a word of no counted sentence (one a claim's own text gives beside its sentence's) counts as in one
      inverseFrequency[number] = Math.log(1 + (double) sentences / Math.max(1, sentenceFrequency[number]));
    }
    Map<String, StatementContext> contexts = new HashMap<>();
    for (int c = 0; c < claims.size(); c++) {
      Claim claim = claims.get(c);
      SentenceWords sentence = wordsOfClaim.get(c);
      Optional<String> entities = claim.slot("entities");
      List<String> names = entities.isPresent() ? LIST.splitToList(entities.get().toLowerCase(Locale.ROOT)) : List.of();
      int[] numbers = new int[sentence.numbers().length + names.size()];
      double[] weights = new double[numbers.length];
      int count = 0;
      int valueStart = valueStart(claim);
      int valueEnd = valueStart < 0 ? -1 : valueStart + claim.end() - claim.start();
      Optional<String> nounStem = claim.slot("noun").map(StatementContexts::stem);
      for (int k = 0; k < sentence.numbers().length; k++) {
        int at = sentence.offsets()[k];
        boolean inside = at >= valueStart && at < valueEnd;
        String word = sentence.words()[k];
        if (inside && !nounStem.map(word::startsWith).orElse(false)) {
          continue; // the value's own words ("$44 billion") are compared as a value, not as context
        }
        double distance = valueStart < 0 ? NEAR + 1 : at < valueStart ? valueStart - at : Math.max(0, at - valueEnd);
        numbers[count] = sentence.numbers()[k];
        weights[count] = inverseFrequency[sentence.numbers()[k]] * (distance <= NEAR ? NEAR_BOOST : 1);
        count++;
      }
      int wordsCount = count;
      for (String name : names) {
        int number = vocabulary.number("@" + name);
        if (!contains(numbers, wordsCount, count, number)) {
          numbers[count] = number;
          weights[count] = 0.5;
          count++;
        }
      }
      double norm = Math.sqrt(Arrays.stream(weights, 0, count).map(weight -> weight * weight).sum());
      contexts.put(claim.id(), new StatementContext(vocabulary, Arrays.copyOf(numbers, count),
          Arrays.copyOf(weights, count), norm));
    }
    return contexts;
  }

  /** A sentence's text and its words as {@link #words} reads them, in order, with their numbers and offsets. */
  private record SentenceWords(String text, String[] words, int[] numbers, int[] offsets) {}

  private SentenceWords sentenceWords(String text, StatementContext.Vocabulary vocabulary) {
    Map<String, Integer> read = words(text);
    String[] words = new String[read.size()];
    int[] numbers = new int[read.size()];
    int[] offsets = new int[read.size()];
    int k = 0;
    for (Map.Entry<String, Integer> word : read.entrySet()) {
      words[k] = word.getKey();
      numbers[k] = vocabulary.number(word.getKey());
      offsets[k] = word.getValue();
      k++;
    }
    return new SentenceWords(text, words, numbers, offsets);
  }

  /** Whether a number stands among numbers[from, to): a name given twice is one context word. */
  private static boolean contains(int[] numbers, int from, int to, int number) {
    for (int k = from; k < to; k++) {
      if (numbers[k] == number) {
        return true;
      }
    }
    return false;
  }

  /**
   * The content words within {@code reach} characters of the claim's value: for a date, the words of the
   * event or statement it dates ("fired Comey on Tuesday"), not the rest of a long sentence.
   */
  Set<String> wordsNear(Claim claim, int reach) {
    int at = valueStart(claim);
    if (at < 0) {
      return Set.of();
    }
    int end = at + claim.end() - claim.start();
    Set<String> near = new HashSet<>();
    String sentence = claim.sentenceText();
    words(sentence).forEach((word, offset) -> {
      // lower-case words only: names ("Secretary of State", "state media") say who, not what happened
      if (offset >= at - reach && offset <= end + reach && (offset < at || offset >= end)
          && Character.isLowerCase(sentence.charAt(offset))) {
        near.add(word);
      }
    });
    return near;
  }

  /**
   * Where the value stands in its sentence: claims keep document offsets, and the sentence's own start is not
   * among them, so the value's written form (or its noun) is looked up in the sentence text; -1 when absent.
   */
  private static int valueStart(Claim claim) {
    int at = claim.sentenceText().indexOf(claim.object());
    if (at < 0) {
      at = claim.slot("noun").map(noun -> claim.sentenceText().toLowerCase(Locale.ROOT).indexOf(noun)).orElse(-1);
    }
    return at;
  }

  /**
   * The content words of a sentence, light-stemmed and read as their word class, each with the offset of its
   * first occurrence.
   */
  Map<String, Integer> words(String sentence) {
    return words(sentence, true);
  }

  /**
   * The same, each word as itself when {@code asClasses} is false: "statement" is then not "told", and two
   * sentences share a word only when they write it.
   */
  Map<String, Integer> words(String sentence, boolean asClasses) {
    Map<String, Integer> words = new LinkedHashMap<>();
    readWords(sentence, asClasses, words::putIfAbsent);
    return words;
  }

  /** Every offset of each content word of a sentence (light-stemmed, or its word class), words in order of first use. */
  com.google.common.collect.ListMultimap<String, Integer> occurrences(String sentence) {
    com.google.common.collect.ListMultimap<String, Integer> words =
        com.google.common.collect.LinkedListMultimap.create();
    readWords(sentence, true, words::put);
    return words;
  }

  /**
   * Hands each content word of a sentence to {@code found} with its offset, in order, and the phrases of word
   * classes last; each word as itself (no word class, no phrase) when {@code asClasses} is false. Both
   * {@link #words} and {@link #occurrences} read through here, so they cannot disagree on what a word is.
   */
  private void readWords(String sentence, boolean asClasses, java.util.function.BiConsumer<String, Integer> found) {
    // "turned down" is "rejected", "broke out" is "started": a phrase of a word class is read as its class, and
    // its words are not read again on their own
    List<int[]> phraseSpans = new ArrayList<>();
    List<String> phraseClasses = new ArrayList<>();
    if (asClasses && phrases.isPresent()) {
      Matcher phrase = phrases.get().matcher(sentence);
      while (phrase.find()) {
        phraseSpans.add(new int[] {phrase.start(), phrase.end()});
        phraseClasses.add(classOfPhrase.get(phrase.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
      }
    }
    Matcher matcher = WORD.matcher(sentence);
    while (matcher.find()) {
      int at = matcher.start();
      if (inAny(phraseSpans, at)) {
        continue;
      }
      String word = matcher.group().toLowerCase(Locale.ROOT).replace('’', '\'');
      if (word.endsWith("'s")) {
        word = word.substring(0, word.length() - 2);
      }
      if (word.length() < 3 || stopwords.contains(word)) {
        continue;
      }
      String stemmed = stem(word);
      found.accept(asClasses ? classOfWord.getOrDefault(stemmed, stemmed) : stemmed, at);
    }
    for (int p = 0; p < phraseSpans.size(); p++) {
      found.accept(phraseClasses.get(p), phraseSpans.get(p)[0]);
    }
  }

  private static boolean inAny(List<int[]> spans, int at) {
    for (int[] span : spans) {
      if (span[0] <= at && at < span[1]) {
        return true;
      }
    }
    return false;
  }

  /** Fewest letters of a verb read out of its "-ment" noun. */
  private static final int MIN_VERB_OF_MENT = 7;

  /** A crude suffix stripper, enough to match "firefighters" with "firefighter", "deployed" with "deploying". */
  static String stem(String word) {
    // the act named after its verb: "a recruitment event" and "a recruiting event"; a short stem is often
    // another word ("state" of "statement", "depart" of "department"), so only long ones are taken
    for (String suffix : new String[] {"ments", "ment"}) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= MIN_VERB_OF_MENT) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    for (String suffix : new String[] {"ies", "ing", "ed", "es", "s"}) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
        return word.substring(0, word.length() - suffix.length()) + (suffix.equals("ies") ? "y" : "");
      }
    }
    return word;
  }
}
