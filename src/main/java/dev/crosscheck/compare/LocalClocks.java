package dev.crosscheck.compare;

import com.google.common.collect.ImmutableSet;
import dev.crosscheck.claim.TypedValue;
import dev.crosscheck.claim.ValueKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Clock times a source gives in the story's local time without a day ("the spire would collapse at 8.10pm", in
 * an undated article about Paris): the claim stage keeps them in the place's own clock, named by its zone,
 * since the day decides summer time. The story's days do not come from that article but from the corpus: when
 * the zone had one offset on every day a document states it was published, the clock is read at that offset,
 * in UTC, beside the other sources' "16:50 GMT" and "7:49 p.m." of dated articles. When the days straddle a
 * change of offset, the clock stays as it is, comparable only with clocks of that same zone.
 */
final class LocalClocks {

  private static final int MINUTES_A_DAY = 24 * 60;

  private final ImmutableSet<LocalDate> storyDays;

  private LocalClocks(Collection<LocalDate> storyDays) {
    this.storyDays = ImmutableSet.copyOf(storyDays);
  }

  /** The clocks of a corpus whose documents state these publication days. */
  static LocalClocks of(Collection<LocalDate> statedPublicationDays) {
    return new LocalClocks(statedPublicationDays);
  }

  /** The value in UTC when it is a clock in a zone whose offset the story's days fix; otherwise the value itself. */
  TypedValue inUtc(TypedValue value) {
    if (value.kind() != ValueKind.CLOCK || !value.unit().contains("/") || storyDays.isEmpty()) {
      return value;
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(value.unit());
    } catch (DateTimeException notAZone) {
      return value;
    }
    Set<Integer> offsets = storyDays.stream()
        .map(day -> zone.getRules().getOffset(day.atTime(12, 0)).getTotalSeconds() / 60)
        .collect(Collectors.toSet());
    if (offsets.size() != 1) {
      return value;
    }
    int offset = offsets.iterator().next();
    // the minute the value is written at, brought back into one day, as the claim stage does for dated clocks
    double written = Math.floor((Double.isInfinite(value.low()) ? value.high() : value.low()) + 0.5);
    double wrap = Math.floorMod((long) written - offset, MINUTES_A_DAY) - (written - offset);
    double low = value.low() - offset + wrap;
    double high = value.high() - offset + wrap;
    return new TypedValue(ValueKind.CLOCK, "UTC", low, high, value.qualifier(), value.noun());
  }
}
