package dev.crosscheck.compare;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Groups counts of the same kind of thing. Equal numbers of one noun class are one count; different numbers
 * are taken for one count stated two ways only when they are tied to the same event or the same day and
 * their sentences name a common entity, otherwise they are counts of different things ("three hostages"
 * in May, "two" in June).
 */
final class QuantityClusters {

  private static final int MAX_PER_ANCHOR = 200;
  private static final Splitter LIST = Splitter.on(';').trimResults().omitEmptyStrings();

  private final NounClasses nounClasses;

  QuantityClusters(NounClasses nounClasses) {
    this.nounClasses = nounClasses;
  }

  ImmutableList<ClusterDraft> drafts(List<Claim> quantityClaims) {
    int n = quantityClaims.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    // blocking: equal numbers of one noun class meet under one key; different numbers only under a shared
    // event or day, and are linked when their sentences also name a common entity and their times agree
    Map<String, Integer> firstWithNumber = new HashMap<>();
    Map<String, List<Integer>> withAnchor = new HashMap<>();
    List<NumberValue> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Claim claim = quantityClaims.get(i);
      NumberValue value = numberValue(claim);
      values.add(value);
      Integer first = firstWithNumber.putIfAbsent(value.nounClass() + "|" + value.number(), i);
      if (first != null) {
        union(parent, first, i);
      }
      List<String> anchors = new ArrayList<>();
      claim.slot("event").ifPresent(event -> anchors.add(value.nounClass() + "|e|" + event.toLowerCase(Locale.ROOT)));
      day(claim).ifPresent(day -> anchors.add(value.nounClass() + "|d|" + day));
      for (String anchor : anchors) {
        List<Integer> earlier = withAnchor.computeIfAbsent(anchor, key -> new ArrayList<>());
        for (int j : earlier) {
          if (find(parent, i) != find(parent, j) && sameCount(claim, quantityClaims.get(j))) {
            union(parent, i, j);
          }
        }
        if (earlier.size() < MAX_PER_ANCHOR) {
          earlier.add(i);
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), root -> new ArrayList<>()).add(i);
    }
    ImmutableList.Builder<ClusterDraft> drafts = ImmutableList.builder();
    for (List<Integer> members : groups.values()) {
      ImmutableList<Claim> claims = members.stream().map(quantityClaims::get).collect(ImmutableList.toImmutableList());
      ImmutableList<Statement> statements = members.stream()
          .map(i -> new Statement(quantityClaims.get(i), values.get(i))).collect(ImmutableList.toImmutableList());
      NumberValue first = values.get(members.get(0));
      String label = "number of " + first.nounClass()
          + claims.get(0).slot("event").map(event -> " (" + event + ")").orElse("");
      drafts.add(new ClusterDraft("quantity", label, claims,
          ImmutableList.of(new Facet("count", FacetKind.NUMBER, statements, false)), false));
    }
    return drafts.build();
  }

  /** Different numbers are one count stated two ways only when the sentences share an entity and a time. */
  private static boolean sameCount(Claim a, Claim b) {
    Set<String> entitiesA = entities(a);
    boolean sharedEntity = entities(b).stream().anyMatch(entitiesA::contains);
    boolean timesAgree = a.time().isEmpty() || b.time().isEmpty()
        || Dating.of(a.time().get()).relate(Dating.of(b.time().get()), 0, 0) != TimeRelation.APART;
    return sharedEntity && timesAgree;
  }

  private static Set<String> entities(Claim claim) {
    return claim.slot("entities").map(list -> Set.copyOf(LIST.splitToList(list.toLowerCase(Locale.ROOT))))
        .orElse(Set.of());
  }

  private NumberValue numberValue(Claim claim) {
    String noun = claim.slot("noun").orElse(claim.subject());
    String number = claim.slot("number").orElse(claim.object()).strip();
    NounClasses.NounClass nounClass = nounClasses.classOf(noun);
    return new NumberValue(number, noun, nounClass.name(), nounClass.note());
  }

  /** The day a count is tied to, when its claim dates it to a single day. */
  private static Optional<String> day(Claim claim) {
    return claim.time().map(Dating::of).flatMap(Dating::interval)
        .filter(interval -> interval.earliest().equals(interval.latest()))
        .map(interval -> interval.earliest().toString());
  }

  private static void union(int[] parent, int a, int b) {
    int rootA = find(parent, a);
    int rootB = find(parent, b);
    if (rootA != rootB) {
      parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
    }
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
