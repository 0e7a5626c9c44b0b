package dev.crosscheck.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.entity.LexiconFile;
import dev.crosscheck.text.Sentence;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
 * writes "One firefighter was seriously injured" in a report that is about the fire all through. A
 * sentence that negates ("was not", "never") or asks is no restatement.
 */
final class RestatingSentences {

  /** A word in at least this share of the candidate sentences is the story's, not the claim's fact's. */
  static final double STORY_WORD_SHARE = 0.05;
  /** ... and in at least this many: in a handful of sentences, a word twice over is not yet the story's. */
  private static final int MIN_STORY_SENTENCES = 3;
  /** The fewest words of its own a claim needs for a sentence holding them to state the same thing. */
  private static final int MIN_DISTINCT_WORDS = 2;
  private static final ImmutableSet<String> NEGATIONS = LexiconFile.lowerCaseSet(Claim.class, "negation.txt");

  private final ClaimWords words;

  RestatingSentences(ClaimWords words) {
    this.words = words;
  }

  /** A sentence that restates the claim, with the claim's own words it holds. */
  record Restatement(Sentence sentence, String text, ImmutableSet<String> sharedWords) {}

  ImmutableList<Restatement> find(String claimText, List<Document> documents, List<Sentence> sentences) {
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
    ImmutableList.Builder<Restatement> restatements = ImmutableList.builder();
    for (Sentence sentence : sentences) {
      String text = texts.get(sentence);
      if (text == null || text.strip().endsWith("?") || negated(text)) {
        continue;
      }
      Set<String> held = wordsOf(text);
      if (held.containsAll(distinct)) {
        restatements.add(new Restatement(sentence, text, ImmutableSet.copyOf(distinct)));
      }
    }
    return restatements.build();
  }

  private Set<String> wordsOf(String text) {
    Set<String> all = new LinkedHashSet<>(words.of(text));
    all.addAll(words.identifiersOf(text));
    return all;
  }

  private static boolean negated(String text) {
    String spaced = " " + text.toLowerCase(Locale.ROOT).replace("n't", " n't").replaceAll("[^\\p{L}']+", " ") + " ";
    return NEGATIONS.stream().anyMatch(negation -> spaced.contains(" " + negation + " "));
  }
}
