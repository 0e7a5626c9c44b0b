package dev.crosscheck.index;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;

/** Days a sentence speaks of (both ends inclusive), indexed so searches can filter by date. */
public record DateRange(LocalDate from, LocalDate to) {

  public DateRange {
    checkArgument(!to.isBefore(from), "date range ends before it starts: %s..%s", from, to);
  }
}
