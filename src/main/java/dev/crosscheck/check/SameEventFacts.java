package dev.crosscheck.check;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimType;
import dev.crosscheck.compare.Places;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the candidate documents state of the claim's own event through any of its mentions, read as a
 * fact-checker reads them. The comparison clusters mentions into events and may put the claim's letter
 * in another cluster than a sentence that dates it without naming its sender ("Dated July 6, the note
 * was ..."), or take a trip months apart for another trip. Here each corpus mention of the same event
 * class whose actors the claim does not rule out is held against the claim directly:
 * <ul>
 *   <li>a date it states for the same role (dated, happened) that covers the claim's date is support;
 *   <li>the same ordinal ("first") pinned to another place or date is contradiction: there is one first;
 *   <li>the same actor at the same place on a date that cannot be the claim's is contradiction.
 * </ul>
 * A mention without any anchor shared with the claim (an actor the claim names, its ordinal) never
 * contradicts, so a claim about something the corpus does not discuss stays without evidence.
 */
final class SameEventFacts {

  /** Slots that name who takes part in an event; a carrier is not part of the event's identity. */
  private static final List<String> ACTOR_ROLES = List.of("sender", "recipient", "traveller");
  private static final Pattern NAME_PARTS = Pattern.compile("[\\s;]+");

  /** A corpus mention held against one of the claim's events. */
  record Fact(Claim userClaim, Claim corpusClaim, boolean supports, boolean pinnedByOrdinal, String value) {}

  private final Places places;

  SameEventFacts(Places places) {
    this.places = places;
  }

  ImmutableList<Fact> facts(String claimText, Set<Claim> userClaims, List<Claim> corpusClaims) {
    List<Fact> facts = new ArrayList<>();
    for (Claim user : userClaims) {
      if (user.type() != ClaimType.EVENT || user.slot("mood").isPresent() || user.slot("event").isEmpty()) {
        continue;
      }
      for (Claim corpus : corpusClaims) {
        if (corpus.type() == ClaimType.EVENT && corpus.slot("mood").isEmpty()
            && corpus.slot("event").equals(user.slot("event")) && actorsCompatible(claimText, user, corpus)) {
          judge(user, corpus).ifPresent(facts::add);
        }
      }
    }
    return ImmutableList.copyOf(facts);
  }

  private Optional<Fact> judge(Claim user, Claim corpus) {
    Optional<String> ordinal = user.slot("ordinal");
    boolean sameOrdinal = ordinal.isPresent() && ordinal.equals(corpus.slot("ordinal"));
    if (ordinal.isPresent() && corpus.slot("ordinal").isPresent() && !sameOrdinal) {
      return Optional.empty(); // "second meeting" is another meeting than the "first"
    }
    boolean placesAgree = bothPresent(user, corpus, "place")
        && places.compatible(user.slot("place").get(), corpus.slot("place").get());
    boolean placesExclude = bothPresent(user, corpus, "place") && !placesAgree;
    Optional<CalendarDate> userDate = date(user);
    Optional<CalendarDate> corpusDate = sameTimeRole(user, corpus) ? date(corpus) : Optional.empty();
    boolean datesExclude = userDate.isPresent() && corpusDate.isPresent() && userDate.get().excludes(corpusDate.get());
    boolean dateStated = userDate.isPresent() && corpusDate.isPresent() && userDate.get().statedBy(corpusDate.get());
    boolean namedActor = !actors(corpus).isEmpty();
    boolean sameInstance = corpus.slot("instance").equals(user.slot("instance"));

    if (sameOrdinal && (placesExclude || datesExclude)) {
      return Optional.of(new Fact(user, corpus, false, true, describe(corpus, placesExclude, datesExclude)));
    }
    if (namedActor && placesAgree && datesExclude && sameInstance) {
      return Optional.of(new Fact(user, corpus, false, false, describe(corpus, false, true)));
    }
    boolean ordinalHolds = ordinal.isEmpty() || sameOrdinal;
    if (ordinalHolds && !placesExclude && !datesExclude && (dateStated || sameOrdinal && placesAgree)) {
      return Optional.of(new Fact(user, corpus, true, false, describe(corpus, placesAgree, dateStated)));
    }
    return Optional.empty();
  }

  /**
   * False when the corpus mention is about someone else: a role both fill with different people, or an
   * actor the claim's words never name ("a trip by Mike Pompeo" says nothing of a trip by Trump).
   */
  private static boolean actorsCompatible(String claimText, Claim user, Claim corpus) {
    for (String role : ACTOR_ROLES) {
      if (bothPresent(user, corpus, role) && !user.slot(role).equals(corpus.slot(role))) {
        return false;
      }
    }
    Set<String> userParticipants = participants(user);
    Set<String> corpusParticipants = participants(corpus);
    if (!userParticipants.isEmpty() && !corpusParticipants.isEmpty()
        && userParticipants.stream().noneMatch(corpusParticipants::contains)) {
      return false;
    }
    String words = " " + claimText.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    return actors(corpus).stream().allMatch(name -> named(words, name));
  }

  /** A name is named when one of its parts of three letters or more is a word of the claim. */
  private static boolean named(String words, String name) {
    return Stream.of(NAME_PARTS.split(name.toLowerCase(Locale.ROOT)))
        .anyMatch(part -> part.length() >= 3 && words.contains(" " + part + " "));
  }

  private static Set<String> actors(Claim claim) {
    Set<String> actors = ACTOR_ROLES.stream().map(claim::slot).flatMap(Optional::stream).collect(Collectors.toSet());
    actors.addAll(participants(claim));
    return actors;
  }

  private static Set<String> participants(Claim claim) {
    return claim.slot("participants").stream().flatMap(list -> Stream.of(list.split(";\\s*")))
        .map(String::strip).filter(name -> !name.isEmpty()).collect(Collectors.toSet());
  }

  private static boolean bothPresent(Claim a, Claim b, String slot) {
    return a.slot(slot).isPresent() && b.slot(slot).isPresent();
  }

  /** An unnamed role is the event happening; a letter's "dated" day is not the day it was revealed. */
  private static boolean sameTimeRole(Claim a, Claim b) {
    return a.slot("timeRole").orElse("happened").equals(b.slot("timeRole").orElse("happened"));
  }

  private static Optional<CalendarDate> date(Claim claim) {
    return claim.time().flatMap(time -> CalendarDate.parse(time.value()));
  }

  private static String describe(Claim corpus, boolean place, boolean date) {
    List<String> parts = new ArrayList<>();
    corpus.slot("ordinal").ifPresent(parts::add);
    if (place) {
      corpus.slot("place").ifPresent(parts::add);
    }
    if (date) {
      corpus.time().ifPresent(time -> parts.add("'" + time.text() + "' (" + time.value() + ")"));
    }
    return parts.isEmpty() ? corpus.object() : String.join(", ", parts);
  }
}
