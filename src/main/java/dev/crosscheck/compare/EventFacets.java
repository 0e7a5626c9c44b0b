package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns a cluster of event mentions into a labelled draft with the facets compared across its sources. */
final class EventFacets {

  private final Places places;

  EventFacets(Places places) {
    this.places = places;
  }

  ClusterDraft draft(List<EventMention> mentions) {
    String eventClass = mentions.get(0).eventClass().name();
    ImmutableList<Claim> claims = mentions.stream().map(EventMention::claim).collect(ImmutableList.toImmutableList());
    return new ClusterDraft(eventClass, label(eventClass, mentions), claims, facets(mentions), true);
  }

  private ImmutableList<Facet> facets(List<EventMention> mentions) {
    ImmutableList.Builder<Facet> facets = ImmutableList.builder();
    // "on Thursday" of an undated article is worth comparing only against a date it may turn out to be: a
    // cluster dated by weekdays alone has no date facet
    boolean anyDated = mentions.stream().anyMatch(EventFacets::datedBeyondWeekday);
    Map<String, List<EventMention>> byRole = mentions.stream().filter(m -> anyDated && m.dating().isPresent())
        .collect(Collectors.groupingBy(EventMention::timeRole, TreeMap::new, Collectors.toList()));
    Map<String, ImmutableList.Builder<Statement>> datesByRole = new LinkedHashMap<>();
    // the distinct datings of each role, so that placing an unstated dating costs little in a large cluster
    Map<String, List<DateValue>> datingsByRole = new TreeMap<>();
    byRole.forEach((role, roleMentions) -> datingsByRole.put(role, roleMentions.stream().map(EventFacets::dateValue)
        .collect(Collectors.toMap(DateValue::key, v -> v, (a, b) -> a, LinkedHashMap::new)).values().stream().toList()));
    byRole.forEach((role, roleMentions) -> roleMentions.forEach(mention -> {
      String facetRole = role.isEmpty() ? roleOfUnstated(mention, datingsByRole) : role;
      datesByRole.computeIfAbsent(facetRole, r -> ImmutableList.builder()).add(dateStatement(mention));
    }));
    datesByRole.forEach((role, statements) ->
        facets.add(new Facet(role.isEmpty() ? "date" : "date (" + role + ")", FacetKind.DATE, statements.build(), true)));
    ImmutableList<Statement> placeStatements = mentions.stream().filter(m -> m.place().isPresent())
        .map(m -> new Statement(m.claim(), new PlaceValue(places, m.place().get())))
        .collect(ImmutableList.toImmutableList());
    if (!placeStatements.isEmpty()) {
      facets.add(new Facet("place", FacetKind.PLACE, placeStatements, true));
    }
    ImmutableList<Statement> descriptors = mentions.stream()
        .flatMap(m -> m.claim().slot("descriptor").stream()
            .flatMap(list -> Arrays.stream(list.split(";")))
            .map(String::strip).filter(d -> !d.isEmpty())
            .map(d -> new Statement(m.claim(), new DescriptorValue(d))))
        .collect(ImmutableList.toImmutableList());
    if (!descriptors.isEmpty()) {
      facets.add(new Facet("description", FacetKind.DESCRIPTOR, descriptors, false));
    }
    ImmutableList<Facet> built = facets.build();
    boolean anyCompared = built.stream().anyMatch(facet -> facet.statements().stream()
        .map(statement -> statement.claim().documentId()).distinct().count() >= 2);
    if (anyCompared) {
      return built;
    }
    // "ended without an agreement" and "plans to meet" speak of the event, but say it did not (yet) happen
    ImmutableList<Statement> occurrences = mentions.stream().filter(m -> m.claim().slot("mood").isEmpty())
        .map(m -> new Statement(m.claim(), new OccurrenceValue(m.claim().object())))
        .collect(ImmutableList.toImmutableList());
    return ImmutableList.<Facet>builder().addAll(built)
        .add(new Facet("occurrence", FacetKind.OCCURRENCE, occurrences, false)).build();
  }

  /**
   * The stated role an unstated dating belongs with: the one role whose datings it fits and contradicts
   * none of ("the letter ... Thursday" beside "shared on Thursday" and "dated July 6" is the sharing), or
   * "" when none or several fit.
   */
  private static String roleOfUnstated(EventMention mention, Map<String, List<DateValue>> datingsByRole) {
    DateValue value = dateValue(mention);
    List<String> fitting = datingsByRole.entrySet().stream()
        .filter(entry -> !entry.getKey().isEmpty())
        .filter(entry -> entry.getValue().stream().allMatch(other -> value.relate(other) == Relation.SAME))
        .map(Map.Entry::getKey).toList();
    return fitting.size() == 1 ? fitting.get(0) : "";
  }

  private static boolean datedBeyondWeekday(EventMention mention) {
    return mention.dating().filter(dating -> dating.weekday() == 0).isPresent();
  }

  private static DateValue dateValue(EventMention mention) {
    return new DateValue(mention.dating().orElseThrow(), mention.eventClass().slackDays(),
        mention.eventClass().conflictWindowDays());
  }

  private static Statement dateStatement(EventMention mention) {
    return new Statement(mention.claim(), dateValue(mention));
  }

  /** "Kim Jong Un → Donald Trump letter, dated 2018-07-06"; "Mike Pompeo trip to Pyongyang, 2018-07". */
  private static String label(String eventClass, List<EventMention> mentions) {
    StringBuilder label = new StringBuilder();
    Optional<String> ordinal = mostCommon(mentions, EventMention::ordinal);
    Optional<String> sender = mostCommon(mentions, EventMention::sender);
    Optional<String> recipient = mostCommon(mentions, EventMention::recipient);
    Optional<String> traveller = mostCommon(mentions, EventMention::traveller);
    Optional<String> participants = mostCommon(mentions,
        m -> m.participants().isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", m.participants())));
    if (sender.isPresent() || recipient.isPresent()) {
      label.append(sender.orElse("?")).append(" → ").append(recipient.orElse("?")).append(' ');
    } else if (traveller.isPresent()) {
      label.append(traveller.get()).append(' ');
    } else if (participants.isPresent()) {
      label.append(participants.get()).append(' ');
    }
    ordinal.ifPresent(o -> label.append(o).append(' '));
    label.append(eventClass);
    mostCommon(mentions, EventMention::place).ifPresent(place -> label.append(traveller.isPresent() ? " to " : " in ")
        .append(place));
    // a weekday of unknown week ("XXXX-WXX-4") names no date a reader can place
    mostCommon(mentions, m -> m.dating().filter(d -> d.weekday() == 0)
        .map(d -> (m.timeRole().isEmpty() ? "" : m.timeRole() + " ") + d.display()))
        .ifPresent(date -> label.append(", ").append(date));
    if (mentions.stream().anyMatch(EventMention::markedAsOtherInstance)) {
      label.append(" (a later instance)");
    }
    return label.toString();
  }

  /** The value most mentions state, the earliest stated on a tie. */
  private static Optional<String> mostCommon(List<EventMention> mentions, Function<EventMention, Optional<String>> slot) {
    Map<String, Long> counts = mentions.stream().map(slot).flatMap(Optional::stream)
        .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
    return counts.entrySet().stream().max(Comparator.comparingLong(Map.Entry<String, Long>::getValue))
        .map(Map.Entry::getKey);
  }
}
