package dev.crosscheck.compare;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.claim.Claim;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * An event claim read for coreference: its class and the slots that tell one instance from another
 * (who wrote to whom, who travelled where, which meeting, when).
 */
record EventMention(
    Claim claim,
    EventClasses.EventClass eventClass,
    Optional<String> sender,
    Optional<String> recipient,
    Optional<String> traveller,
    ImmutableList<String> participants,
    Optional<String> place,
    Optional<String> ordinal,
    boolean markedAsOtherInstance,
    String timeRole,
    Optional<Dating> dating,
    ImmutableSet<String> descriptors,
    Optional<LocalDate> published,
    ImmutableSet<String> blockingKeys) {

  /** The claim stage's role for a time attached to an event without a verb saying which of its times it is. */
  private static final String UNSTATED_ROLE = "happened";
  private static final Splitter LIST = Splitter.on(';').trimResults().omitEmptyStrings();

  static EventMention of(Claim claim, EventClasses classes, Places places, ImmutableSet<String> instanceMarkers,
      Optional<LocalDate> published) {
    String eventWord = claim.slot("event").orElse(claim.predicate());
    Optional<String> sender = nonBlank(claim.slot("sender"));
    Optional<String> recipient = nonBlank(claim.slot("recipient"));
    Optional<String> traveller = nonBlank(claim.slot("traveller"));
    ImmutableList<String> participants = claim.slot("participants")
        .map(list -> ImmutableList.copyOf(LIST.split(list))).orElse(ImmutableList.of());
    Optional<String> ordinal = nonBlank(claim.slot("ordinal")).map(o -> o.toLowerCase(Locale.ROOT));
    boolean marked = nonBlank(claim.slot("instance"))
        .map(instance -> instanceMarkers.contains(instance.toLowerCase(Locale.ROOT)))
        .orElse(false)
        || ordinal.map(instanceMarkers::contains).orElse(false);
    ImmutableSet.Builder<String> keys = ImmutableSet.builder();
    ImmutableList.Builder<String> actors = ImmutableList.builder();
    sender.ifPresent(actors::add);
    recipient.ifPresent(actors::add);
    traveller.ifPresent(actors::add);
    actors.addAll(participants);
    ImmutableList<String> named = actors.build();
    if (named.isEmpty()) {
      // no slot names an actor: fall back on the people the sentence names, for blocking only
      claim.slot("entities").ifPresent(entities -> LIST.split(entities).forEach(name -> keys.addAll(
          PersonNames.blockingKeys(name))));
    }
    named.forEach(name -> keys.addAll(PersonNames.blockingKeys(name)));
    // an actor may be a country ("North Korea" held the parade) that another source gives as the place
    named.forEach(name -> keys.add("place:" + places.normalise(name)));
    // the place is a key too, with the places it lies in: "Pyongyang" meets "North Korea"
    nonBlank(claim.slot("place")).ifPresent(place -> places.withEnclosing(place)
        .forEach(name -> keys.add("place:" + name)));
    return new EventMention(claim, classes.classOf(eventWord), sender, recipient, traveller, participants,
        nonBlank(claim.slot("place")), ordinal, marked,
        claim.slot("timeRole").map(role -> role.toLowerCase(Locale.ROOT)).filter(role -> !role.equals(UNSTATED_ROLE))
            .orElse(""),
        claim.time().map(Dating::of).filter(Dating::isKnown),
        claim.slot("descriptor").map(list -> ImmutableSet.copyOf(LIST.split(list.toLowerCase(Locale.ROOT))))
            .orElse(ImmutableSet.of()),
        published, keys.build());
  }

  /** How many identity slots are filled: specific mentions found clusters, vague ones join them. */
  int specificity() {
    return (sender.isPresent() ? 1 : 0) + (recipient.isPresent() ? 1 : 0) + (traveller.isPresent() ? 1 : 0)
        + (participants.isEmpty() ? 0 : 1) + (place.isPresent() ? 1 : 0) + (ordinal.isPresent() ? 1 : 0)
        + (dating.isPresent() ? 1 : 0);
  }

  /** Slots that tell instances apart, as one string: mentions with equal signatures are interchangeable. */
  String signature() {
    return String.join("|", sender.orElse(""), recipient.orElse(""), traveller.orElse(""),
        String.join(";", participants), place.orElse(""), ordinal.orElse(""),
        Boolean.toString(markedAsOtherInstance), timeRole,
        dating.map(d -> d.expression().value() + d.interval().map(Object::toString).orElse("")).orElse(""));
  }

  private static Optional<String> nonBlank(Optional<String> value) {
    return value.map(String::strip).filter(text -> !text.isEmpty());
  }
}
