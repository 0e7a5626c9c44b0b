package dev.crosscheck.entity;

import com.google.common.collect.ImmutableMap;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cities the JDK's time-zone database is named after ("Europe/Paris", "America/Los_Angeles",
 * "Asia/Kolkata"): a small gazetteer that ships with every JVM, and the zone each city's clock keeps.
 */
public final class ZoneCities {

  private static final Set<String> REGIONS =
      Set.of("Europe", "America", "Asia", "Africa", "Australia", "Pacific", "Atlantic", "Indian");
  private static final ImmutableMap<String, ZoneId> ZONE_BY_CITY = load();

  private ZoneCities() {}

  /** City name as the zone id writes it, with spaces ("Los Angeles"), to its zone; the first id wins. */
  public static ImmutableMap<String, ZoneId> byName() {
    return ZONE_BY_CITY;
  }

  private static ImmutableMap<String, ZoneId> load() {
    Map<String, ZoneId> byCity = new LinkedHashMap<>();
    for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
      String[] parts = id.split("/");
      if (parts.length >= 2 && REGIONS.contains(parts[0])) {
        byCity.putIfAbsent(parts[parts.length - 1].replace('_', ' '), ZoneId.of(id));
      }
    }
    return ImmutableMap.copyOf(byCity);
  }
}
