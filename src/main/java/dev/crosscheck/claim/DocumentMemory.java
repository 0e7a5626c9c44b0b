package dev.crosscheck.claim;

import com.google.common.collect.ImmutableSet;
import dev.crosscheck.entity.EntityKind;
import dev.crosscheck.entity.Mention;
import dev.crosscheck.entity.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The people a document has named so far, in text order, so a pronoun can be resolved. Within its own
 * sentence a pronoun means the last person named ("Kim had sent him": him is not Kim, see the caller);
 * across sentences it means the last person named as a subject, the one a verb follows ("Pompeo traveled to
 * Pyongyang ... He later described"), since objects and names in passing are rarely picked up by "he".
 * Filled sentence by sentence while a document is read.
 */
final class DocumentMemory {

  /** Words after a name that show it is not the subject of a verb. */
  private static final ImmutableSet<String> NOT_VERBS = ImmutableSet.of(
      "and", "or", "of", "in", "on", "at", "to", "for", "with", "from", "by", "as", "who", "which", "that");

  private record Named(Mention mention, boolean subject) {
    Named asSubject() {
      return new Named(mention, true);
    }
  }

  private final List<Named> people = new ArrayList<>();

  void remember(AnalysedSentence sentence) {
    for (Mention mention : sentence.mentions) {
      if (mention.kind() != EntityKind.PERSON) {
        continue;
      }
      int next = sentence.tokenAtOrAfter(mention.end());
      boolean subject = next < sentence.size() && !sentence.inQuote(mention.start()) && isVerbLike(sentence.token(next));
      people.add(new Named(mention, subject));
    }
  }

  /** Speakers are subjects wherever their name stands ("“...,” Ken Gause, a North Korea expert, said"). */
  void rememberSpeakers(List<AttributionFrame> frames) {
    for (int i = currentSentenceFirst; i < people.size(); i++) {
      Named named = people.get(i);
      if (frames.stream().anyMatch(f -> f.speaker().start() == named.mention().start())) {
        people.set(i, named.asSubject());
      }
    }
  }

  private static boolean isVerbLike(Token token) {
    return token.isWord() && !token.isCapitalised() && !NOT_VERBS.contains(token.lower());
  }

  /** The person a pronoun at {@code offset} refers to, other than {@code excluded}. */
  Optional<Mention> personBefore(int offset, String excluded) {
    Named fallback = null;
    for (int i = people.size() - 1; i >= 0; i--) {
      Named named = people.get(i);
      Mention mention = named.mention();
      if (mention.end() > offset || mention.canonical().equals(excluded)) {
        continue;
      }
      boolean sameSentence = mention.start() >= currentSentenceStart;
      if (sameSentence || named.subject()) {
        return Optional.of(mention);
      }
      if (fallback == null) {
        fallback = named;
      }
    }
    return Optional.ofNullable(fallback).map(Named::mention);
  }

  /** Where the sentence being read starts, and the index of its first person in {@code people}. */
  private int currentSentenceStart;
  private int currentSentenceFirst;

  /** Called before each sentence is remembered: pronouns are resolved within the sentence being read. */
  void enter(int sentenceStart) {
    currentSentenceStart = sentenceStart;
    currentSentenceFirst = people.size();
  }
}
