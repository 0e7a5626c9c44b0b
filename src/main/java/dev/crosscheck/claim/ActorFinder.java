package dev.crosscheck.claim;

import com.google.common.collect.ImmutableSet;
import dev.crosscheck.entity.NameLookup;
import dev.crosscheck.entity.EntityKind;
import dev.crosscheck.entity.Mention;
import dev.crosscheck.entity.TitleLexicon;
import dev.crosscheck.entity.Token;
import dev.crosscheck.entity.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the actor that stands just before or just after a word: a named entity, a pronoun resolved to the
 * most recent person, a description resolved through the titles the corpus gives people ("the president"),
 * or an unnamed speaker kept as written ("one official"). Shared by the attribution and event extractors.
 */
final class ActorFinder {

  private static final ImmutableSet<String> THIRD_PERSON = ImmutableSet.of("he", "she", "him", "her", "his");
  private static final ImmutableSet<String> FIRST_PERSON = ImmutableSet.of("i", "me", "my");
  private static final ImmutableSet<String> DETERMINERS =
      ImmutableSet.of("the", "a", "an", "another", "this", "that", "these", "those");
  /** Words that end a speaker phrase when walking back from its head noun. */
  private static final ImmutableSet<String> PHRASE_BREAKS = ImmutableSet.of(
      "that", "and", "but", "or", "in", "on", "at", "to", "for", "with", "from", "by", "as", "while", "after",
      "before", "when", "said", "says", "which", "who", "of", "is", "was", "were", "are", "has", "had", "have");

  private final ClaimLexicons lexicons;
  private final NameLookup index;

  ActorFinder(ClaimLexicons lexicons, NameLookup index) {
    this.lexicons = lexicons;
    this.index = index;
  }

  /**
   * The actor whose words end just before token {@code index}, skipping adverbs, auxiliaries, time
   * expressions and an appositive ("Sarah Sanders, the White House press secretary, confirmed").
   */
  Optional<Actor> endingBefore(AnalysedSentence s, int index, List<AttributionFrame> frames) {
    int i = index - 1;
    while (i >= 0) {
      Token token = s.token(i);
      if (lexicons.speakerSkip.contains(token.lower()) || s.timeAt(i).isPresent()) {
        i--;
        continue;
      }
      if (token.text().equals(",")) {
        return appositiveHolder(s, i, frames);
      }
      break;
    }
    if (i < 0) {
      return Optional.empty();
    }
    return actorEndingAtToken(s, i, frames);
  }

  /** The actor whose last word is token {@code i}. */
  Optional<Actor> actorEndingAtToken(AnalysedSentence s, int i, List<AttributionFrame> frames) {
    Token token = s.token(i);
    Optional<Mention> mention = s.mentionEndingAt(token.end());
    if (mention.isPresent()) {
      // "what North Korean claimed": a nationality adjective is not who speaks.
      return isNationalityAdjective(mention.get()) ? Optional.empty() : Optional.of(of(mention.get()));
    }
    Optional<Actor> pronoun = pronoun(s, i, frames);
    if (pronoun.isPresent()) {
      return pronoun;
    }
    if (token.is("who") && i >= 2 && s.token(i - 1).text().equals(",")) {
      return actorEndingAtToken(s, i - 2, frames);
    }
    if (isSpeakerNoun(s, i)) {
      return Optional.of(description(s, i));
    }
    return Optional.empty();
  }

  /** The actor whose words start at token {@code index} ("said the president", "said Adam Mount"). */
  Optional<Actor> startingAt(AnalysedSentence s, int index, List<AttributionFrame> frames) {
    if (index >= s.size()) {
      return Optional.empty();
    }
    Optional<Mention> mention = s.mentionStartingAt(s.token(index).start());
    if (mention.isPresent()) {
      return Optional.of(of(mention.get()));
    }
    Optional<Actor> pronoun = pronoun(s, index, frames);
    if (pronoun.isPresent()) {
      return pronoun;
    }
    // "said the president", "said a senior official": the phrase runs to its head noun.
    for (int j = index; j < Math.min(s.size(), index + 5); j++) {
      Token token = s.token(j);
      if (!token.isWord() || PHRASE_BREAKS.contains(token.lower())) {
        break;
      }
      Optional<Mention> inner = s.mentionStartingAt(token.start());
      if (inner.isPresent()) {
        return Optional.of(of(inner.get()));
      }
      if (isSpeakerNoun(s, j)) {
        return Optional.of(description(s, j));
      }
    }
    return Optional.empty();
  }

  private static boolean isNationalityAdjective(Mention mention) {
    return mention.kind() == EntityKind.PLACE && !mention.text().endsWith("s")
        && dev.crosscheck.entity.Gazetteer.instance().isDemonym(mention.text());
  }

  /** "officials", "the statement", and any title ("the ambassador", "a senior fellow"). */
  private boolean isSpeakerNoun(AnalysedSentence s, int i) {
    Token token = s.token(i);
    return !token.isCapitalised() && (lexicons.speakerNouns.contains(token.lower())
        || TitleLexicon.instance().longestEndingAt(s.tokens, i + 1).isPresent());
  }

  private Optional<Actor> appositiveHolder(AnalysedSentence s, int closingComma, List<AttributionFrame> frames) {
    for (int j = closingComma - 1; j > 0 && j > closingComma - 20; j--) {
      if (s.token(j).text().equals(",")) {
        Optional<Mention> holder = s.mentionEndingAt(s.token(j - 1).end());
        return holder.filter(m -> m.kind() == EntityKind.PERSON).map(ActorFinder::of);
      }
    }
    return Optional.empty();
  }

  private Optional<Actor> pronoun(AnalysedSentence s, int i, List<AttributionFrame> frames) {
    Token token = s.token(i);
    String word = token.lower();
    if (THIRD_PERSON.contains(word)) {
      // In a quotation "he" is someone other than the person quoted.
      String quoted = s.inQuote(token.start()) ? frames.stream()
          .filter(f -> f.contentStart() <= token.start() && token.end() <= f.contentEnd())
          .findFirst().map(f -> f.speaker().name()).orElse("") : "";
      return s.memory.personBefore(token.start(), quoted)
          .map(m -> new Actor(m.canonical(), token.start(), token.end(), true));
    }
    if (FIRST_PERSON.contains(word) && s.inQuote(token.start())) {
      return frames.stream()
          .filter(f -> f.contentStart() <= token.start() && token.end() <= f.contentEnd())
          .findFirst()
          .map(f -> new Actor(f.speaker().name(), token.start(), token.end(), f.speaker().person()));
    }
    return Optional.empty();
  }

  /**
   * An unnamed actor whose head noun is token {@code head}: resolved to a person when it is a title the
   * corpus gives someone ("the North Korean leader"), else kept as written without its article.
   */
  private Actor description(AnalysedSentence s, int head) {
    int from = head;
    while (from > 0 && head - from < 4) {
      Token before = s.token(from - 1);
      if (!before.isWord() || PHRASE_BREAKS.contains(before.lower()) || Tokenizer.isPossessive(before)) {
        break;
      }
      from--;
    }
    int start = s.token(from).start();
    int end = s.token(head).end();
    // "the North Korean Foreign Ministry statement" speaks for the ministry.
    Optional<Mention> organisation = s.mentions.stream()
        .filter(m -> m.kind() == EntityKind.ORGANISATION && m.start() >= start && m.end() <= end)
        .findFirst();
    if (organisation.isPresent()) {
      return new Actor(organisation.get().canonical(), start, end, false);
    }
    boolean definite = s.token(from).is("the");
    Optional<dev.crosscheck.entity.PhraseMatcher.Match<String>> title =
        TitleLexicon.instance().longestEndingAt(s.tokens, head + 1);
    if (definite && title.isPresent()) {
      Optional<String> person = index.personWithTitle(s.documentId, title.get().value());
      if (person.isPresent()) {
        return new Actor(person.get(), start, end, true);
      }
    }
    // "North Korean state media" and "the North's state media" are both "state media".
    while (from < head && (DETERMINERS.contains(s.token(from).lower()) && !s.token(from).is("one")
        || s.token(from).isCapitalised() || Tokenizer.isPossessive(s.token(from)))) {
      from++;
    }
    List<String> words = new ArrayList<>();
    for (int k = from; k <= head; k++) {
      Token token = s.token(k);
      if (k == from && DETERMINERS.contains(token.lower()) && !token.is("one")) {
        continue;
      }
      words.add(token.isCapitalised() && !DETERMINERS.contains(token.lower()) ? token.text() : token.lower());
    }
    return new Actor(String.join(" ", words), start, end, false);
  }

  /**
   * The person a title at token {@code index} names: the name right after it ("leader Kim Jong Un"), else
   * the person the corpus gives that title ("NK leader" alone).
   */
  Optional<Actor> titled(AnalysedSentence s, int index) {
    Optional<dev.crosscheck.entity.PhraseMatcher.Match<String>> title = TitleLexicon.instance().longestAt(s.tokens, index);
    if (title.isEmpty()) {
      return Optional.empty();
    }
    int after = title.get().to();
    if (after < s.size()) {
      Optional<Mention> named = s.mentionStartingAt(s.token(after).start()).filter(m -> m.kind() == EntityKind.PERSON);
      if (named.isPresent()) {
        return named.map(ActorFinder::of);
      }
    }
    int start = s.token(index).start();
    int end = s.token(after - 1).end();
    return index(s, title.get().value()).map(name -> new Actor(name, start, end, true));
  }

  private Optional<String> index(AnalysedSentence s, String title) {
    return index.personWithTitle(s.documentId, title);
  }

  static Actor of(Mention mention) {
    return new Actor(mention.canonical(), mention.start(), mention.end(), mention.kind() == EntityKind.PERSON);
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
