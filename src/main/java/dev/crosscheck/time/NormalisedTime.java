package dev.crosscheck.time;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;

/** What a recognised expression means: its TIMEX3 type and value and, when they can be bounded, its days. */
record NormalisedTime(TimexType type, String value, Optional<TimeInterval> interval) {

  NormalisedTime {
    checkArgument(!value.isBlank(), "a TIMEX3 value must not be blank (type %s)", type);
  }

  static NormalisedTime date(String value, TimeInterval interval) {
    return new NormalisedTime(TimexType.DATE, value, Optional.of(interval));
  }

  static NormalisedTime unbounded(TimexType type, String value) {
    return new NormalisedTime(type, value, Optional.empty());
  }

  NormalisedTime withType(TimexType newType) {
    return new NormalisedTime(newType, value, interval);
  }

  NormalisedTime withValue(String newValue) {
    return new NormalisedTime(type, newValue, interval);
  }

  NormalisedTime withInterval(TimeInterval newInterval) {
    return new NormalisedTime(type, value, Optional.of(newInterval));
  }
}
