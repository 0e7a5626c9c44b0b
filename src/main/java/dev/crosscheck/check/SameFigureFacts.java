package dev.crosscheck.check;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.claim.AgedThings;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.TypedValue;
import dev.crosscheck.claim.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The corpus's figures for the fact a claim gives a figure of. The comparison links two sentences with
 * different numbers only when much of their wording is shared, since across articles different numbers
 * are far more often about different things; a typed claim is one short sentence, so it rarely shares
 * enough. Here the claim's own words select the corpus sentences that state its fact: a sentence that
 * holds most of them and a figure of the same kind, counting the same thing, with one of those words near
 * the figure, states that fact. A date needs all of them in the sentence and what the claim says happened
 * ("joined") near it, since any sentence of the story has a date and a timeline pasted as one sentence
 * has many.
 * When the claim names someone first (who did it, nearly always), the sentence must name them too. Its figure agrees
 * or cannot both hold.
 */
final class SameFigureFacts {

  /**
   * Of the claim's words, the share a sentence must hold to state the same fact: half when the figure
   * says itself what it is of (a count of firefighters, a height in metres, a person's age), two thirds
   * when it does not (an amount of money, a share, a duration: "$2.9 billion" is of many things).
   */
  private static final double COVERAGE_OF_A_THING = 0.5;
  private static final double COVERAGE = 2.0 / 3;
  /**
   * How far from its figure, in characters either side, a sentence's words may be to be words of the
   * figure's fact: a long sentence (a timeline pasted as one) states many facts.
   */
  private static final int WINDOW = 60;
  /** Figures further apart than this factor are of different things, however alike the words. */
  private static final double MAX_RATIO = 10;

  private static final AgedThings AGED_THINGS = AgedThings.instance();

  private final ClaimWords words;

  SameFigureFacts(ClaimWords words) {
    this.words = words;
  }

  /**
   * @param documentTexts the corpus documents' texts by id: a thing's age is of the thing its document is
   *     about ("the 850-year-old building" in a report on the cathedral), where its sentence may not name it
   */
  ImmutableList<SameEventFacts.Fact> facts(String claimText, Set<Claim> userClaims, List<Claim> corpusClaims,
      Map<String, String> documentTexts) {
    ImmutableSet<String> claimWords = words.of(claimText);
    ImmutableSet<String> predicate = words.predicateOf(claimText);
    ImmutableSet<String> names = words.firstNameOf(claimText);
    List<SameEventFacts.Fact> facts = new ArrayList<>();
    for (Claim user : userClaims) {
      Optional<TypedValue> value = TypedValue.of(user);
      if (value.isEmpty()) {
        continue;
      }
      for (Claim corpus : corpusClaims) {
        Optional<TypedValue> stated = TypedValue.of(corpus);
        if (stated.isEmpty() || !value.get().comparableWith(stated.get()) || !sameThing(user, corpus, value.get(), stated.get())
            || !(isThing(user) ? documentNames(names, user, documentTexts.getOrDefault(corpus.documentId(), ""))
                : statesSameFact(claimWords, predicate, names, corpus, value.get().kind()))) {
          continue;
        }
        boolean agrees = value.get().compatibleWith(stated.get());
        if (agrees || near(value.get(), stated.get())) {
          facts.add(new SameEventFacts.Fact(user, corpus, agrees, false, "'" + corpus.object()
              + (stated.get().noun().isEmpty() || value.get().kind() == ValueKind.MONEY ? "" : " " + stated.get().noun()) + "'"));
        }
      }
    }
    return ImmutableList.copyOf(facts);
  }

  /** Ages only of one person; counts only of one thing ("firefighters" heads "fighters"); measures by unit. */
  private static boolean sameThing(Claim user, Claim corpus, TypedValue a, TypedValue b) {
    return switch (a.kind()) {
      case AGE -> isThing(user) == isThing(corpus) && (isThing(user)
          ? AGED_THINGS.mayBeSame(user.subject(), corpus.subject()) : user.subject().equals(corpus.subject()));
      case COUNT -> !a.noun().isEmpty() && (a.noun().equals(b.noun()) || heads(a.noun(), b.noun()));
      default -> true;
    };
  }

  private static boolean isThing(Claim claim) {
    return claim.slot("aged").filter("thing"::equals).isPresent();
  }

  /** The document speaks of the claim's thing: it names it ("cathedral") and the names the claim gives it. */
  private static boolean documentNames(Set<String> names, Claim user, String documentText) {
    String text = documentText.toLowerCase(Locale.ROOT);
    return text.contains(user.subject()) && names.stream().allMatch(text::contains);
  }

  private static boolean heads(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter.equals(a) ? b : a;
    return shorter.length() >= 4 && longer.endsWith(shorter);
  }

  private boolean statesSameFact(ImmutableSet<String> claimWords, ImmutableSet<String> predicate,
      ImmutableSet<String> names, Claim corpus, ValueKind kind) {
    boolean date = kind == ValueKind.DATE;
    double coverage = kind == ValueKind.COUNT || kind == ValueKind.MEASURE || kind == ValueKind.AGE
        ? COVERAGE_OF_A_THING : COVERAGE;
    if (claimWords.size() < 2 || date && predicate.isEmpty()) {
      return false;
    }
    Set<String> sentence = words.of(corpus.sentenceText());
    long shared = claimWords.stream().filter(sentence::contains).count();
    if (!names.isEmpty() && names.stream().noneMatch(sentence::contains)) {
      return false; // "Pinault and Arnault pledged €300m" is no figure of what France pledged
    }
    Set<String> nearFigure = words.of(around(corpus));
    return shared >= 2 && shared >= (date ? claimWords.size() : Math.ceil(claimWords.size() * coverage))
        && (date ? nearFigure.containsAll(predicate) : claimWords.stream().anyMatch(nearFigure::contains));
  }

  /** The sentence's text around the figure, when the figure's words can be found in it. */
  private static String around(Claim corpus) {
    String sentence = corpus.sentenceText();
    int at = sentence.indexOf(corpus.object());
    if (at < 0) {
      return sentence;
    }
    return sentence.substring(Math.max(0, at - WINDOW), Math.min(sentence.length(), at + corpus.object().length() + WINDOW));
  }

  private static boolean near(TypedValue a, TypedValue b) {
    if (a.kind() == ValueKind.DATE || a.kind() == ValueKind.AGE) {
      return true;
    }
    double x = middle(a);
    double y = middle(b);
    return x > 0 && y > 0 && Math.max(x, y) / Math.min(x, y) <= MAX_RATIO;
  }

  private static double middle(TypedValue value) {
    return Double.isInfinite(value.high()) ? value.low() : (value.low() + value.high()) / 2;
  }
}
