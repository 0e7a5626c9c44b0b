package dev.crosscheck.claim;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.crosscheck.entity.LexiconFile;
import dev.crosscheck.entity.Token;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One statement claim per sentence (or window of a very long one): what the sentence says, whatever its
 * kind, so that facts without a figure, a date or an event word ("the letter was hand-delivered by his
 * bodyguard", "the fire started in the attic") can still be aligned across sources by their words in the
 * compare stage. The claim carries the names it mentions (and which of them are people) and its mood: a denied or a merely possible
 * statement must not agree with an affirmed one.
 */
final class StatementExtractor {

  /** Sentences with fewer words say too little to be a statement ("Read more.", "Updated."). */
  static final int MIN_WORDS = 6;

  private final ImmutableMap<String, String> moodOfWord;

  private StatementExtractor(ImmutableMap<String, String> moodOfWord) {
    this.moodOfWord = moodOfWord;
  }

  static StatementExtractor load() {
    Map<String, String> moods = new HashMap<>();
    for (List<String> row : LexiconFile.table(StatementExtractor.class, "statement-moods.tsv", 2)) {
      for (String word : row.get(1).split(",")) {
        moods.putIfAbsent(word.strip(), row.get(0));
      }
    }
    return new StatementExtractor(ImmutableMap.copyOf(moods));
  }

  /** The statement of one sentence or window, if it has words enough to state something. */
  Optional<ClaimDraft> extract(AnalysedSentence s) {
    int words = 0;
    for (int i = 0; i < s.size() && words < MIN_WORDS; i++) {
      if (s.token(i).isWord()) {
        words++;
      }
    }
    if (words < MIN_WORDS) {
      return Optional.empty();
    }
    String subject = s.mentions.isEmpty() ? "" : s.mentions.get(0).canonical();
    Map<String, String> slots = new HashMap<>();
    slots.put("entities", s.entityNames());
    slots.put("people", String.join("; ", s.mentions.stream().filter(s::isPersonMention)
        .map(mention -> mention.canonical()).distinct().toList()));
    slots.put("mood", mood(s.tokens, s.text));
    slots.put("cues", cues(s));
    // a whole sentence states its own text: the same string, not a copy to hash and intern once more
    String stated = s.start() == s.sentence.start() && s.end() == s.sentence.end() ? s.text : s.slice(s.start(), s.end());
    return Optional.of(ClaimDraft.of(ClaimType.STATEMENT, s.start(), s.end(), subject, "state",
        stated.strip(), Optional.empty(), Optional.empty(), slots));
  }

  /**
   * Where the sentence's mood words stand, as "mood offset" pairs joined by "; " (offsets into the sentence
   * text): a denial makes a statement of the words after it only ("a letter that didn't mention the probe,
   * hand-delivered by his bodyguard" still states the delivery), so the compare stage reads each word's mood
   * from the cues before it.
   */
  String cues(AnalysedSentence s) {
    StringBuilder cues = new StringBuilder();
    for (Token token : s.tokens) {
      String word = token.lower().endsWith("n't") ? "n't" : token.lower();
      String mood = moodOfWord.get(word);
      if (mood != null) {
        cues.append(cues.length() == 0 ? "" : "; ").append(mood).append(' ').append(token.start() - s.sentence.start());
      }
    }
    return cues.toString();
  }

  /** "negated" before "possible": "may not" denies as much as it hedges; a question asks, it does not state. */
  String mood(ImmutableList<Token> tokens, String text) {
    String found = "";
    for (Token token : tokens) {
      String word = token.lower().endsWith("n't") ? "n't" : token.lower();
      String mood = moodOfWord.get(word);
      if ("negated".equals(mood)) {
        return mood;
      }
      if (mood != null) {
        found = mood;
      }
    }
    if (found.isEmpty() && text.strip().endsWith("?")) {
      return "question";
    }
    return found;
  }
}
