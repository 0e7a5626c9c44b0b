package dev.crosscheck.claim;

import com.google.common.collect.ImmutableMap;
import dev.crosscheck.entity.Token;
import dev.crosscheck.entity.Tokenizer;
import dev.crosscheck.entity.ZoneCities;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone a document's "local time" is in: that of the city, among those the JDK's time-zone
 * database names ("Europe/Paris", "America/Los_Angeles", "Asia/Seoul"), that the document names most
 * often. "6.50pm local time" in a story about Paris is then 16:50 UTC in April, and can be set beside
 * another source's "16:50 GMT".
 */
final class LocalZone {

  private static final int LONGEST_NAME = 3;
  /** Lower-case city name to its zone, as tokens are looked up. */
  private static final ImmutableMap<String, ZoneId> ZONE_BY_CITY = ZoneCities.byName().entrySet().stream()
      .collect(ImmutableMap.toImmutableMap(entry -> entry.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue,
          (first, second) -> first));

  private LocalZone() {}

  /** The zone of the zone city the text names most often (ties: the first named), if it names one. */
  static Optional<ZoneId> of(String text) {
    List<Token> tokens = Tokenizer.tokens(text);
    Map<ZoneId, Integer> counts = new HashMap<>();
    Map<ZoneId, Integer> firstSeen = new HashMap<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (!tokens.get(i).isCapitalised()) {
        continue;
      }
      StringBuilder name = new StringBuilder();
      for (int k = i; k < Math.min(tokens.size(), i + LONGEST_NAME); k++) {
        name.append(k == i ? "" : " ").append(tokens.get(k).lower());
        ZoneId zone = ZONE_BY_CITY.get(name.toString());
        if (zone != null) {
          counts.merge(zone, 1, Integer::sum);
          firstSeen.putIfAbsent(zone, i);
        }
      }
    }
    return counts.entrySet().stream()
        .max(Map.Entry.<ZoneId, Integer>comparingByValue()
            .thenComparing(entry -> -firstSeen.get(entry.getKey())))
        .map(Map.Entry::getKey);
  }
}
