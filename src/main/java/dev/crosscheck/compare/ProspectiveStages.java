package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells when two statements are two stages of one act: one says the act is to come ("the board is preparing
 * to accept the $43 billion offer"), the other that it is done ("Twitter has accepted the offer, valuing the
 * company at $44 billion"). Terms often change between the two, so their figures do not contradict each
 * other; a statement of the act to come is set against statements of its own stage or of other acts only.
 */
final class ProspectiveStages {

  private final Pattern prospective;
  /** Read by the judges of many clusters at once. */
  private final Map<String, DoneForm> doneForms = new ConcurrentHashMap<>();

  private ProspectiveStages(ImmutableList<String> cues) {
    String alternatives = String.join("|", cues.stream().map(Pattern::quote).toList());
    this.prospective = Pattern.compile("\\b(?:" + alternatives + ")\\s+(\\p{L}{3,})\\b");
  }

  static ProspectiveStages load() {
    return new ProspectiveStages(LexiconFiles.lines("prospective-cues.txt").stream()
        .map(line -> line.strip().toLowerCase(Locale.ROOT)).collect(ImmutableList.toImmutableList()));
  }

  /** Whether one claim's sentence says an act is to come and the other's that the same act is done. */
  boolean stagesOfOneAct(Claim a, Claim b) {
    return isDoneStageOf(a, b) || isDoneStageOf(b, a);
  }

  /** Whether {@code done} says the act {@code toCome} says is to come is done ("accepted" for "to accept"). */
  boolean isDoneStageOf(Claim done, Claim toCome) {
    return isDoneStageOf(read(done), read(toCome));
  }

  /**
   * The same for sentences read once: a conflict sets each of its statements against every statement of an act
   * to come.
   */
  boolean isDoneStageOf(Reading done, Reading toCome) {
    if (toCome.toCome().isEmpty()) {
      return false;
    }
    // the stem first, as a plain substring: most sentences never write it, and skip the pattern
    DoneForm form = doneForm(toCome.toCome().get());
    return done.lowerCase().contains(form.stem()) && form.pattern().matcher(done.lowerCase()).find()
        && !done.toCome().equals(toCome.toCome());
  }

  /** The verb of the act a sentence says is to come, if it says one. */
  Optional<String> toCome(Claim claim) {
    return read(claim).toCome();
  }

  /** A claim's sentence in lower case, and the verb of the act it says is to come, if it says one. */
  record Reading(String lowerCase, Optional<String> toCome) {}

  Reading read(Claim claim) {
    String lowerCase = claim.sentenceText().toLowerCase(Locale.ROOT);
    Matcher matcher = prospective.matcher(lowerCase);
    return new Reading(lowerCase, matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty());
  }

  /** A verb's stem ("accept", "approv", "ban") and its regular pasts as a pattern. */
  private record DoneForm(String stem, Pattern pattern) {}

  /**
   * "accepted" for "accept", "approved" for "approve", "banned" for "ban": regular pasts only. Compiled once per
   * verb: the few verbs of a corpus's acts to come are asked of every statement they are set against.
   */
  private DoneForm doneForm(String verb) {
    return doneForms.computeIfAbsent(verb, key -> {
      String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
      return new DoneForm(stem, Pattern.compile("\\b" + Pattern.quote(stem) + "(?:"
          + Pattern.quote(verb.substring(verb.length() - 1)) + ")?ed\\b"));
    });
  }
}
