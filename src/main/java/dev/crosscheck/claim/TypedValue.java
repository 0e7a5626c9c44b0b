package dev.crosscheck.claim;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A value a sentence states, as the interval of what it may mean: "about 500" is not "500", "more than 20"
 * holds for 24, "$2.6 billion" rounds "$2.64 billion", and "30 miles" is "48 kilometres". Two values are
 * compatible when their intervals overlap; compare reads them back from a claim's slots ({@link #of}).
 *
 * @param kind what is measured
 * @param unit the currency code, the base unit of a measure, the zone of a clock time ("" when unstated)
 * @param low the least the value may mean, in the unit
 * @param high the most it may mean ({@link Double#POSITIVE_INFINITY} for "more than")
 * @param qualifier the approximation word as written ("about", "more than", ""), for explanations
 * @param noun what is counted or measured, as a singular lemma ("firefighter", "share"), or ""
 */
public record TypedValue(ValueKind kind, String unit, double low, double high, String qualifier, String noun) {

  /** Whether both can be true of one thing: the intervals overlap (touching bounds of rounding do not). */
  public boolean compatibleWith(TypedValue other) {
    if (low == high && other.low == other.high) {
      return low == other.low;
    }
    if (low == high) {
      return low >= other.low && low <= other.high;
    }
    if (other.low == other.high) {
      return other.low >= low && other.low <= high;
    }
    return low < other.high && other.low < high;
  }

  /** Whether the two measure the same dimension in the same unit, so that {@link #compatibleWith} means something. */
  public boolean comparableWith(TypedValue other) {
    return kind == other.kind && unit.equals(other.unit);
  }

  /** The slots a claim carries so that the value survives JSON and the analysis cache. */
  public Map<String, String> slots() {
    Map<String, String> slots = new LinkedHashMap<>();
    slots.put("kind", kind.jsonName());
    slots.put("unit", unit);
    slots.put("low", plain(low));
    slots.put("high", plain(high));
    slots.put("qualifier", qualifier);
    slots.put("noun", noun);
    return slots;
  }

  /** The value a claim states, when it states one. */
  public static Optional<TypedValue> of(Claim claim) {
    Optional<String> kind = claim.slot("kind");
    Optional<String> low = claim.slot("low");
    Optional<String> high = claim.slot("high");
    if (kind.isEmpty() || low.isEmpty() || high.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TypedValue(ValueKind.ofJsonName(kind.get()), claim.slot("unit").orElse(""),
        Double.parseDouble(low.get()), Double.parseDouble(high.get()), claim.slot("qualifier").orElse(""),
        claim.slot("noun").orElse("")));
  }

  /** A number as JSON shows it: "44000000000", "9.15", "Infinity". */
  static String plain(double number) {
    if (Double.isInfinite(number)) {
      return number > 0 ? "Infinity" : "-Infinity";
    }
    return new BigDecimal(number).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
  }
}
