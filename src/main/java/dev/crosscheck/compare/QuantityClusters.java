package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Groups counts of the same kind of thing. Equal numbers of one noun class are one count; different numbers
 * are taken for one count stated two ways only when they are tied to the same event or the same days,
 * otherwise they are counts of different things ("three hostages" in May, "two" in June).
 */
final class QuantityClusters {

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
    // blocking: claims meet only under a shared key (noun class with number, event or day)
    Map<String, Integer> firstWithKey = new HashMap<>();
    List<NumberValue> values = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Claim claim = quantityClaims.get(i);
      NumberValue value = numberValue(claim);
      values.add(value);
      List<String> keys = new ArrayList<>();
      keys.add(value.nounClass() + "|n|" + value.number());
      claim.slot("event").ifPresent(event -> keys.add(value.nounClass() + "|e|" + event.toLowerCase(java.util.Locale.ROOT)));
      day(claim).ifPresent(day -> keys.add(value.nounClass() + "|d|" + day));
      for (String key : keys) {
        Integer first = firstWithKey.putIfAbsent(key, i);
        if (first != null) {
          union(parent, first, i);
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
          ImmutableList.of(new Facet("count", FacetKind.NUMBER, statements, false))));
    }
    return drafts.build();
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
