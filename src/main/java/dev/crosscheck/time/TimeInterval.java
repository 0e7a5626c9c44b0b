package dev.crosscheck.time;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;

/**
 * The days a time expression may denote, both ends inclusive: "early July 2018" is 2018-07-01..2018-07-10.
 * Two mentions can refer to the same time only if their intervals overlap.
 */
public record TimeInterval(LocalDate earliest, LocalDate latest) {

  public TimeInterval {
    checkArgument(!latest.isBefore(earliest), "interval ends before it starts: %s..%s", earliest, latest);
  }

  public static TimeInterval day(LocalDate day) {
    return new TimeInterval(day, day);
  }

  public boolean overlaps(TimeInterval other) {
    return !earliest.isAfter(other.latest) && !other.earliest.isAfter(latest);
  }

  public boolean contains(TimeInterval other) {
    return !other.earliest.isBefore(earliest) && !other.latest.isAfter(latest);
  }
}
