package dev.crosscheck.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.entity.LexiconFile;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.time.TimeExpression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The corpus sentences that say what a claim says, for a claim with nothing typed in it: no figure, date,
 * event, title or attribution the claim stage reads ("The helicopter was a Sikorsky S-76B", "One
 * firefighter was seriously injured in the fire"). Such a claim can only be supported, never contradicted:
 * without a value there is nothing to differ.
 *
 * <p>A sentence restates the claim when it holds every word of the claim that tells its fact apart from
 * the story's, and at least two of them. The story's own words ("Notre Dame", "fire", "helicopter") are
 * in a large share of the candidate documents' sentences, so the sentence need not repeat them: a source
 * writes "One firefighter was seriously injured" in a report that is about the fire all through. Words
 * of one class of the comparison's ({@link WordClasses}: "turned down", "rejected") are one word. A
 * sentence that negates ("was not", "never") or asks is no restatement.
 *
 * <p>A claim that gives a date ("turned down the seat on April 20") says when, and only a restatement
 * that dates it speaks to that: a date that states the claim's supports it, one that cannot be the
 * claim's day ("April 9: Musk rejects seat") contradicts it, and an undated restatement says nothing of it.
 */
final class RestatingSentences {

  /** A word in at least this share of the candidate sentences is the story's, not the claim's fact's. */
  static final double STORY_WORD_SHARE = 0.1;
  /** ... and in at least this many: in a handful of sentences, a word twice over is not yet the story's. */
  private static final int MIN_STORY_SENTENCES = 3;
  /** The fewest words of its own a claim needs for a sentence holding them to state the same thing. */
  private static final int MIN_DISTINCT_WORDS = 2;
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
  private static final ImmutableSet<String> NEGATIONS = LexiconFile.lowerCaseSet(Claim.class, "negation.txt");

  private final ClaimWords words;
  private final WordClasses classes;

  RestatingSentences(ClaimWords words, WordClasses classes) {
    this.words = words;
    this.classes = classes;
  }

  /**
   * A sentence that restates the claim.
   *
   * @param supports false when it dates the claim's fact on a day the claim's date cannot be
   * @param value the date it gives, or the claim's own words it holds when the claim gives none
   */
  record Restatement(Sentence sentence, String text, boolean supports, String value) {}

  /**
   * @param claimTimes the time expressions read in the claim
   * @param times the time expressions of the corpus documents
   */
  ImmutableList<Restatement> find(String claimText, List<TimeExpression> claimTimes, List<Document> documents,
      List<Sentence> sentences, List<TimeExpression> times) {
    Set<String> claimWords = wordsOf(claimText);
    if (claimWords.size() < MIN_DISTINCT_WORDS || negated(claimText)) {
      return ImmutableList.of();
    }
    Map<String, String> textById = documents.stream()
        .collect(Collectors.toMap(Document::id, Document::text, (a, b) -> a));
    Map<Sentence, String> texts = new HashMap<>();
    Map<String, Integer> sentencesWith = new HashMap<>();
    for (Sentence sentence : sentences) {
      String documentText = textById.get(sentence.documentId());
      if (documentText == null) {
        continue;
      }
      String text = documentText.substring(sentence.start(), sentence.end());
      texts.put(sentence, text);
      wordsOf(text).stream().filter(claimWords::contains).forEach(word -> sentencesWith.merge(word, 1, Integer::sum));
    }
    double storyShare = Math.max(MIN_STORY_SENTENCES, texts.size() * STORY_WORD_SHARE);
    Set<String> distinct = claimWords.stream().filter(word -> sentencesWith.getOrDefault(word, 0) < storyShare)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    if (distinct.size() < MIN_DISTINCT_WORDS) {
      return ImmutableList.of();
    }
    Optional<CalendarDate> claimDate = claimTimes.stream().map(time -> CalendarDate.parse(time.value()))
        .flatMap(Optional::stream).findFirst();
    ImmutableList.Builder<Restatement> restatements = ImmutableList.builder();
    for (Sentence sentence : sentences) {
      String text = texts.get(sentence);
      if (text == null || text.strip().endsWith("?") || negated(text) || !wordsOf(text).containsAll(distinct)
          || !sameOrder(claimText, text, distinct)) {
        continue;
      }
      if (claimDate.isEmpty()) {
        restatements.add(new Restatement(sentence, text, true, "'" + surfaceOf(text, distinct) + "'"));
        continue;
      }
      List<TimeExpression> dated = times.stream().filter(time -> time.documentId().equals(sentence.documentId())
          && time.start() >= sentence.start() && time.end() <= sentence.end()
          && CalendarDate.parse(time.value()).isPresent()).toList();
      Optional<TimeExpression> stating = dated.stream()
          .filter(time -> claimDate.get().statedBy(CalendarDate.parse(time.value()).get())).findFirst();
      boolean excluded = !dated.isEmpty()
          && dated.stream().allMatch(time -> claimDate.get().excludes(CalendarDate.parse(time.value()).get()));
      if (stating.isPresent() || excluded) {
        TimeExpression shown = stating.orElse(dated.get(0));
        restatements.add(new Restatement(sentence, text, stating.isPresent(),
            "'" + shown.text() + "' (" + shown.value() + ")"));
      }
    }
    return restatements.build();
  }

  /** The claim words of a text, each word of a class as its class, with the identifiers written with digits. */
  private Set<String> wordsOf(String text) {
    return new LinkedHashSet<>(orderedWordsOf(text));
  }

  /** The same words in the order the text gives them ("owned by Island Express": owned, island, express). */
  private List<String> orderedWordsOf(String text) {
    return readWords(text).stream().map(ReadWord::word).toList();
  }

  /** The sentence's own writing of the words ("rejects seat"), to show what it was matched on. */
  private String surfaceOf(String text, Set<String> distinct) {
    return readWords(text).stream().filter(read -> distinct.contains(read.word())).map(ReadWord::written).distinct()
        .collect(Collectors.joining(" "));
  }

  /** A claim word and the text it was read from. */
  private record ReadWord(String word, String written) {}

  private List<ReadWord> readWords(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    Map<String, String> phrases = classes.phrasesIn(lower);
    String source = lower.length() == text.length() ? text : lower; // lower-casing can change a length ("İ")
    List<ReadWord> ordered = new ArrayList<>();
    Matcher token = TOKEN.matcher(lower);
    int skipUntil = 0;
    while (token.find()) {
      if (token.start() < skipUntil) {
        continue;
      }
      Optional<Map.Entry<String, String>> phrase = phrases.entrySet().stream()
          .filter(entry -> lower.startsWith(entry.getKey(), token.start())).findFirst();
      if (phrase.isPresent()) {
        skipUntil = token.start() + phrase.get().getKey().length();
        ordered.add(new ReadWord(phrase.get().getValue(), source.substring(token.start(), skipUntil)));
      } else {
        String written = source.substring(token.start(), token.end());
        Set<String> identifiers = words.identifiersOf(token.group());
        (identifiers.isEmpty() ? words.of(token.group()).stream().map(classes::classOf) : identifiers.stream())
            .forEach(word -> ordered.add(new ReadWord(word, written)));
      }
    }
    return ordered;
  }

  /**
   * True when the sentence gives the claim's own words in the claim's order: "the helicopter was owned by
   * Island Express" is not restated by "Island Express is owned by Phillip DiFiore".
   */
  private boolean sameOrder(String claimText, String sentence, Set<String> distinct) {
    List<String> claimOrder = orderedWordsOf(claimText).stream().filter(distinct::contains).distinct().toList();
    List<String> sentenceWords = orderedWordsOf(sentence);
    int previous = -1;
    for (String word : claimOrder) {
      int at = sentenceWords.indexOf(word);
      if (at < previous) {
        return false;
      }
      previous = at;
    }
    return true;
  }

  private static boolean negated(String text) {
    String spaced = " " + text.toLowerCase(Locale.ROOT).replace("n't", " n't").replaceAll("[^\\p{L}']+", " ") + " ";
    return NEGATIONS.stream().anyMatch(negation -> spaced.contains(" " + negation + " "));
  }
}
