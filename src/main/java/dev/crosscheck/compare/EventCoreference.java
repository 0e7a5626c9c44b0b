package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which event claims speak of the same event, before any value is compared. Two mentions are one
 * event only if nothing tells them apart (a different sender, recipient, traveller, place or ordinal; "a
 * new letter"; dates too far apart) and something ties them together (a shared actor, place or date).
 *
 * <p>Candidates come from blocking: clusters are indexed by event class and by the name tokens of their
 * actors, and a mention is checked against at most {@link #MAX_CANDIDATES} of them, against each distinct
 * combination of identity slots a cluster holds rather than each member. The cost grows with the corpus,
 * not with its square.
 */
final class EventCoreference {

  private static final int MAX_CANDIDATES = 256;
  private static final String FIRST = "first";
  /** Different datings of one letter (written, sent, received, revealed) lie within this many days. */
  private static final int MAX_DAYS_BETWEEN_ROLES = 90;
  /** Articles further apart than this report different letters when they do not date them. */
  private static final int MAX_DAYS_BETWEEN_NEWS = 30;
  /** An undated letter or tweet in an article published this long after a dated one is another letter or tweet. */
  private static final int MAX_DAYS_AFTER_DATED_NEWS = 14;

  private final Places places;

  EventCoreference(Places places) {
    this.places = places;
  }

  /** One cluster of mentions in the making, keyed by the distinct identity signatures it holds. */
  static final class Group {
    final int order;
    final List<EventMention> members = new ArrayList<>();
    final Map<String, EventMention> bySignature = new LinkedHashMap<>();
    final Set<String> indexedKeys = new HashSet<>();

    Group(int order) {
      this.order = order;
    }

    void add(EventMention mention) {
      members.add(mention);
      bySignature.putIfAbsent(mention.signature(), mention);
    }
  }

  ImmutableList<ImmutableList<EventMention>> cluster(List<EventMention> mentions) {
    List<EventMention> ordered = new ArrayList<>(mentions);
    ordered.sort(Comparator.comparingInt(EventMention::specificity).reversed()
        .thenComparing(EventMention::claim, ClaimOrder.COMPARATOR));
    Map<String, ClassIndex> indexes = new HashMap<>();
    List<Group> groups = new ArrayList<>();
    for (EventMention mention : ordered) {
      ClassIndex index = indexes.computeIfAbsent(mention.eventClass().name(), name -> new ClassIndex());
      Group best = null;
      int bestScore = 0;
      for (Group candidate : index.candidates(mention)) {
        int score = score(mention, candidate);
        if (score > bestScore || (score == bestScore && best != null && candidate.order < best.order)) {
          best = candidate;
          bestScore = score;
        }
      }
      boolean isNew = best == null;
      if (isNew) {
        best = new Group(groups.size());
        groups.add(best);
      }
      index.add(best, mention, isNew);
      best.add(mention);
    }
    return groups.stream()
        .map(group -> group.members.stream()
            .sorted(Comparator.comparing(EventMention::claim, ClaimOrder.COMPARATOR))
            .collect(ImmutableList.toImmutableList()))
        .sorted(Comparator.comparing(members -> members.get(0).claim(), ClaimOrder.COMPARATOR))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Clusters of one event class, indexed by the keys of their members (actor name tokens, places). A
   * mention with keys meets the clusters sharing one, and the latest clusters that have no keys at all; a
   * mention without keys meets the latest clusters. Every list is read from its end and capped, so a
   * mention costs at most a fixed number of comparisons.
   */
  private static final class ClassIndex {
    final Map<String, List<Group>> byKey = new HashMap<>();
    final List<Group> withoutKeys = new ArrayList<>();
    final List<Group> all = new ArrayList<>();

    List<Group> candidates(EventMention mention) {
      Set<Group> candidates = new LinkedHashSet<>();
      if (mention.blockingKeys().isEmpty()) {
        candidates.addAll(latest(all));
      } else {
        for (String key : mention.blockingKeys()) {
          candidates.addAll(latest(byKey.getOrDefault(key, List.of())));
        }
        candidates.addAll(latest(withoutKeys));
      }
      return List.copyOf(candidates);
    }

    /** Registers a new cluster, or a mention joining one, under the mention's keys. */
    void add(Group group, EventMention mention, boolean isNew) {
      if (isNew) {
        all.add(group);
        if (mention.blockingKeys().isEmpty()) {
          withoutKeys.add(group);
        }
      }
      for (String key : mention.blockingKeys()) {
        if (group.indexedKeys.add(key)) {
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(group);
        }
      }
    }

    private static List<Group> latest(List<Group> groups) {
      return groups.subList(Math.max(0, groups.size() - MAX_CANDIDATES), groups.size());
    }
  }

  /**
   * How strongly the mention belongs to the group: 0 when anything tells them apart or nothing ties them
   * together, otherwise the number of identity values they share.
   */
  private int score(EventMention mention, Group group) {
    int strongest = 0;
    for (EventMention member : group.bySignature.values()) {
      int evidence = evidence(mention, member);
      if (evidence < 0) {
        return 0;
      }
      strongest = Math.max(strongest, evidence);
    }
    return strongest;
  }

  /** -1 when the two mentions cannot be one event, else how many identity values they share. */
  int evidence(EventMention a, EventMention b) {
    boolean sameDocument = a.claim().documentId().equals(b.claim().documentId());
    if (a.markedAsOtherInstance() != b.markedAsOtherInstance() && !sameDocument) {
      return -1;
    }
    int shared = 0;
    if (a.ordinal().isPresent() && b.ordinal().isPresent()) {
      if (!a.ordinal().equals(b.ordinal())) {
        return -1;
      }
      shared++;
    }
    for (int slot = 0; slot < 3; slot++) {
      Optional<String> left = actor(a, slot);
      Optional<String> right = actor(b, slot);
      if (left.isPresent() && right.isPresent()) {
        if (!PersonNames.sameName(left.get(), right.get())) {
          return -1;
        }
        shared++;
      }
    }
    if (crossed(a, b)) {
      return -1;
    }
    if (!a.participants().isEmpty() && !b.participants().isEmpty()) {
      if (!participantsCompatible(a.participants(), b.participants())) {
        return -1;
      }
      // one shared name ties little: a story's protagonist takes part in most of its events
      shared += Math.min(a.participants().size(), b.participants().size()) >= 2 ? 1 : 0;
    }
    if (a.place().isPresent() && b.place().isPresent()) {
      boolean samePlace = places.compatible(a.place().get(), b.place().get());
      // "the second summit" names one event wherever a source places it; "first" too often qualifies
      // something else ("met for the first time", "the first-ever visit") to override a place
      boolean sameNumberedEvent = a.ordinal().isPresent() && a.ordinal().equals(b.ordinal())
          && !a.ordinal().get().equals(FIRST);
      if (!samePlace && !sameNumberedEvent) {
        return -1;
      }
      shared += samePlace ? 1 : 0;
    }
    if (recurringNewsApart(a, b)) {
      return -1;
    }
    if (a.dating().isPresent() && b.dating().isPresent()) {
      int timeEvidence = timeEvidence(a, b);
      if (timeEvidence < 0) {
        return -1;
      }
      shared += timeEvidence;
    }
    // a shared characterisation ("a meaningful journey") ties two otherwise bare mentions
    if (a.descriptors().stream().anyMatch(b.descriptors()::contains)) {
      shared++;
    }
    if (sameDocument && a.claim().sentence() == b.claim().sentence()) {
      shared++;
    }
    return shared;
  }

  /**
   * -1 when the datings rule out one event, 1 when they tie the mentions, 0 when they say nothing. Datings of
   * one role compare strictly (close days tie: "Sunday" and "Monday" for one parade is the conflict to
   * report; kinds that recur daily have no conflict window, so for them close days are apart). A letter's
   * dates of writing, sending, receipt and publication differ by days or weeks, so different roles only
   * rule out what lies months apart; a dating of unstated role may be any of them, and ties the mentions
   * when it fits the other exactly.
   */
  private static int timeEvidence(EventMention a, EventMention b) {
    Dating left = a.dating().orElseThrow();
    Dating right = b.dating().orElseThrow();
    if (left.weekday() > 0 || right.weekday() > 0) {
      // "on Tuesday" of an undated article fits every Tuesday of the story. For a kind that recurs (filings,
      // letters) that ties nothing ("a filing on Tuesday" is not the filing of Tuesday, April 12 for being a
      // Tuesday); a story's crash or fire happens once, and its weekday ties a mention to its date
      boolean recurring = Math.min(a.eventClass().conflictWindowDays(), b.eventClass().conflictWindowDays()) == 0;
      return !recurring && a.timeRole().equals(b.timeRole())
          && left.relate(right, 0, 0) == TimeRelation.COMPATIBLE ? 1 : 0;
    }
    int slack = Math.max(a.eventClass().slackDays(), b.eventClass().slackDays());
    int window = Math.min(a.eventClass().conflictWindowDays(), b.eventClass().conflictWindowDays());
    if (a.timeRole().equals(b.timeRole())) {
      return switch (left.relate(right, slack, window)) {
        case APART -> -1;
        case COMPATIBLE, CLOSE_BUT_DISJOINT -> 1;
        case UNKNOWN -> 0;
      };
    }
    boolean oneUnstated = a.timeRole().isEmpty() || b.timeRole().isEmpty();
    if (oneUnstated && left.relate(right, slack, 0) == TimeRelation.COMPATIBLE) {
      return 1;
    }
    return left.relate(right, MAX_DAYS_BETWEEN_ROLES, 0) == TimeRelation.APART ? -1 : 0;
  }

  /**
   * Letters, tweets and calls recur between the same people; an undated mention of one is mostly the news
   * of its article's day. Two undated such mentions in articles published over a month apart are taken for
   * two events, and so is an undated one in an article published over two weeks after the other's date.
   */
  private static boolean recurringNewsApart(EventMention a, EventMention b) {
    boolean recurring = a.eventClass().conflictWindowDays() == 0 && b.eventClass().conflictWindowDays() == 0;
    if (!recurring || (a.dating().isPresent() && b.dating().isPresent())) {
      return false;
    }
    if (a.dating().isPresent() || b.dating().isPresent()) {
      // "Trump's tweet came after Wednesday's ceremony" in an August article is not his tweet of July 12, and an
      // article tells no tweet sent after it was published
      EventMention dated = a.dating().isPresent() ? a : b;
      EventMention undated = dated == a ? b : a;
      return undated.published().isPresent() && dated.dating().get().interval()
          .filter(days -> ChronoUnit.DAYS.between(days.latest(), undated.published().get()) > MAX_DAYS_AFTER_DATED_NEWS
              || days.earliest().isAfter(undated.published().get()))
          .isPresent();
    }
    if (a.published().isEmpty() || b.published().isEmpty()) {
      return false;
    }
    return Math.abs(ChronoUnit.DAYS.between(a.published().get(), b.published().get())) > MAX_DAYS_BETWEEN_NEWS;
  }

  private static Optional<String> actor(EventMention mention, int slot) {
    return switch (slot) {
      case 0 -> mention.sender();
      case 1 -> mention.recipient();
      default -> mention.traveller();
    };
  }

  /** A reply: the sender of one is the recipient of the other and not the other way round too. */
  private static boolean crossed(EventMention a, EventMention b) {
    return (a.sender().isPresent() && b.recipient().isPresent()
            && PersonNames.sameName(a.sender().get(), b.recipient().get())
            && b.sender().map(sender -> !PersonNames.sameName(sender, a.sender().get())).orElse(true)
            && a.recipient().map(recipient -> !PersonNames.sameName(recipient, b.recipient().get())).orElse(true))
        || (b.sender().isPresent() && a.recipient().isPresent()
            && PersonNames.sameName(b.sender().get(), a.recipient().get())
            && a.sender().map(sender -> !PersonNames.sameName(sender, b.sender().get())).orElse(true)
            && b.recipient().map(recipient -> !PersonNames.sameName(recipient, a.recipient().get())).orElse(true));
  }

  /** Two lists of participants fit one event when the shorter is contained in the longer. */
  private static boolean participantsCompatible(List<String> a, List<String> b) {
    List<String> shorter = a.size() <= b.size() ? a : b;
    List<String> longer = shorter == a ? b : a;
    return shorter.stream().allMatch(name -> longer.stream().anyMatch(other -> PersonNames.sameName(name, other)));
  }
}
