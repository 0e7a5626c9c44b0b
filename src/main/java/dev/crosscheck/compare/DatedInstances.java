package dev.crosscheck.compare;

import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values a source ties to one of several dated instances of an act it reports: "Tuesday's filing said he
 * owns 73,115,038 shares" in an article that also tells of Monday's filing. Another source's figure that names
 * no day ("a filing showed he owns 73.5 million shares") may be of the other instance, so the two figures are
 * not rival accounts of one.
 */
final class DatedInstances {

  /** Per document and event class, the days (as the time stage writes them) its events of that class are on. */
  private final Map<String, Set<String>> daysOfEvent = new HashMap<>();
  /** Per document and sentence, the event classes its sentence states. */
  private final Map<String, Set<String>> eventsOfSentence = new HashMap<>();

  DatedInstances(List<Claim> claims) {
    for (Claim claim : claims) {
      if (claim.type() != ClaimType.EVENT) {
        continue;
      }
      claim.slot("event").ifPresent(event -> {
        eventsOfSentence.computeIfAbsent(claim.sentenceKey(), key -> new HashSet<>())
            .add(event);
        claim.time().ifPresent(time -> daysOfEvent
            .computeIfAbsent(claim.documentId() + "#" + event, key -> new HashSet<>()).add(time.value()));
      });
    }
  }

  /**
   * Whether a value claim is dated and its sentence states an act its source tells on another day as well:
   * the value is then of one instance among several.
   */
  boolean oneOfSeveral(Claim value) {
    if (value.time().isEmpty()) {
      return false;
    }
    String day = value.time().get().value();
    return eventsOfSentence.getOrDefault(value.sentenceKey(), Set.of()).stream()
        .map(event -> daysOfEvent.getOrDefault(value.documentId() + "#" + event, Set.of()))
        .anyMatch(days -> days.contains(day) && days.stream().anyMatch(other -> !other.equals(day)));
  }
}
