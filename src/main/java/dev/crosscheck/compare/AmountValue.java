package dev.crosscheck.compare;

import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimType;
import dev.crosscheck.claim.TypedValue;
import dev.crosscheck.claim.ValueKind;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A typed value as one statement gives it, with the context it was said in. Values that can both hold
 * (overlapping intervals: "about 500" and "500", "$2.6 billion" and "$2.64 billion") are the same; values
 * that cannot are different only when the two statements are close enough in wording and count the same
 * thing, since two sentences with different numbers are far more often about different things.
 *
 * @param number the first number as written ("46.5" of "$46.5 billion"), if any
 * @param significantDigits of that number: 1 for "9" or "500", 3 for "$54.20" or "46.5 billion"; 1 without one
 * @param key kind, unit, interval, class of the counted thing and modifiers: statements of one key state one value
 */
record AmountValue(TypedValue value, String written, String modifiers, NounClasses.NounClass nounClass,
    StatementContext context, double conflictSimilarity, Optional<OnceOnlyHappenings.Timed> happening,
    Optional<String> number, int significantDigits, String key) implements Value {

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
  /** Least similarity for one figure written at two scales ("$44 million", "$44 billion") to be one fact. */
  private static final double SCALE_SLIP_SIMILARITY = 0.05;

  /**
   * @param happening for a clock time or a length of time, the once-only happening it times, if any
   *     ({@link OnceOnlyHappenings})
   */
  static AmountValue of(Claim claim, TypedValue value, NounClasses nounClasses, StatementContext context,
      double conflictSimilarity, Optional<OnceOnlyHappenings.Timed> happening) {
    String written = claim.type() == ClaimType.VALUE ? claim.object()
        : claim.object() + " " + claim.slot("modifiers").filter(words -> !words.isEmpty()).map(words -> words + " ")
            .orElse("") + value.noun() + claim.slot("tally").map(tally -> " (" + tally + ")").orElse("");
    String stripped = written.strip();
    // the number as written and the key are made once here, not in every comparison: the judge relates each
    // statement of a cluster to many others
    var matcher = NUMBER.matcher(stripped);
    Optional<String> number = matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    String modifiers = claim.slot("modifiers").orElse("");
    NounClasses.NounClass nounClass = nounClasses.classOf(value.noun());
    String key = value.kind() + "|" + value.unit() + "|" + value.low() + "|" + value.high() + "|" + nounClass.name()
        + "|" + modifiers;
    return new AmountValue(value, stripped, modifiers, nounClass, context, conflictSimilarity, happening, number,
        number.map(AmountValue::significantDigits).orElse(1), key);
  }

  @Override
  public String describe() {
    return "'" + written + "'";
  }

  @Override
  public Relation relate(Value other) {
    if (!(other instanceof AmountValue that) || !value.comparableWith(that.value)) {
      return Relation.UNRELATED;
    }
    if (value.compatibleWith(that.value) || boundAtSameNumber(that)) {
      return Relation.SAME;
    }
    return countsSameThing(that) && context.similarity(that.context) >= leastConflictSimilarity(that)
        || datesSameHappening(that) ? Relation.DIFFERENT : Relation.UNRELATED;
  }

  /** Whether both time one once-only happening of one thing ("the spire fell at 7:49 p.m.", "... at 8.10pm"). */
  boolean datesSameHappening(AmountValue that) {
    return happening.isPresent() && that.happening.isPresent() && happening.get().sameHappening(that.happening.get());
  }

  /**
   * "more than 14.9%" beside "capped at 14.9%": a bound and a figure at one number speak of one threshold,
   * whichever side of it each sentence looks from; calling that a conflict would be wrong.
   */
  boolean boundAtSameNumber(AmountValue that) {
    return value.qualifier().isEmpty() != that.value.qualifier().isEmpty() && sameNumberAs(that);
  }

  /** Whether the two are written with the same number, whatever the words around it ("about $43 billion", "$43bn"). */
  boolean sameNumberAs(AmountValue that) {
    return number.isPresent() && that.number.isPresent() && number.get().equals(that.number.get());
  }

  /** The digits from the first to the last that is not a zero ("0.050" has one), by hand: read for every value. */
  private static int significantDigits(String number) {
    int first = -1;
    int last = -1;
    int digits = 0;
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        if (c != '0') {
          first = first < 0 ? digits : first;
          last = digits;
        }
        digits++;
      }
    }
    return first < 0 ? 1 : Math.max(1, last - first + 1);
  }

  /**
   * Whether two incompatible values are near enough to be two accounts of one number: within a factor of two,
   * or the same digits at another scale.
   */
  boolean closeTo(AmountValue that) {
    double a = middle(value);
    double b = middle(that.value);
    if (a <= 0 || b <= 0) {
      return true;
    }
    double ratio = Math.max(a, b) / Math.min(a, b);
    return ratio <= 2 || Math.abs(Math.log10(ratio) - Math.round(Math.log10(ratio))) < 1e-6;
  }

  /** Least similarity for two incompatible values to be one fact stated two ways. */
  double leastConflictSimilarity(AmountValue that) {
    return sameDigitsAtAnotherScale(that) ? SCALE_SLIP_SIMILARITY : conflictSimilarity;
  }

  /**
   * "$44 million" beside "$44 billion": the same digits a thousandfold apart are a slip of the scale word, which
   * two unrelated figures rarely share; their sentences need to say less alike to be one fact.
   */
  boolean sameDigitsAtAnotherScale(AmountValue that) {
    double a = middle(value);
    double b = middle(that.value);
    if (a <= 0 || b <= 0 || value.kind() == ValueKind.DATE || Math.max(a, b) / Math.min(a, b) < 999) {
      return false;
    }
    double ratio = Math.max(a, b) / Math.min(a, b);
    return Math.abs(Math.log10(ratio) - Math.round(Math.log10(ratio))) < 1e-6 && significantDigits() >= 2
        && that.significantDigits() >= 2;
  }

  private static double middle(TypedValue value) {
    if (value.kind() == ValueKind.DATE) {
      return 1; // days are compared by their words alone: any two dates may be one fact told wrong
    }
    return Double.isInfinite(value.high()) ? value.low() : (value.low() + value.high()) / 2;
  }

  /** "four German nationals" and "4 Italian nationals" count different people; "nine people" and "9 people" the same. */
  boolean countsSameThing(AmountValue that) {
    // "four others" counts whoever the sentence left out: two such counts are of no one thing
    return (nounClass.name().equals(that.nounClass.name()) || oneHeadsTheOther(value.noun(), that.value.noun()))
        && modifiers.equals(that.modifiers) && !value.noun().equals("other");
  }

  /** "fighters" and "firefighters": a compound names the kind of thing its last part names. */
  static boolean oneHeadsTheOther(String a, String b) {
    String shorter = a.length() <= b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return shorter.length() >= 5 && longer.length() > shorter.length() && longer.endsWith(shorter);
  }

  /**
   * What a reader should know: that both time one once-only happening, or that the counted nouns differ but mean
   * one class ("caskets" and "cases").
   */
  @Override
  public String noteAgainst(Value other) {
    if (other instanceof AmountValue that && datesSameHappening(that)) {
      return happening.get().describeShared(that.happening.get());
    }
    if (other instanceof AmountValue that && !value.noun().equalsIgnoreCase(that.value.noun())
        && nounClass.name().equals(that.nounClass.name()) && !nounClass.note().isEmpty()) {
      return "'" + value.noun() + "' vs '" + that.value.noun() + "': " + nounClass.note();
    }
    return "";
  }
}
