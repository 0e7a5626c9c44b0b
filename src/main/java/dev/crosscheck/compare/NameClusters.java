package dev.crosscheck.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups items by the person or body they name, where one name may be a shorter form of another ("Trump",
 * "Donald Trump"). Names are indexed by their first and last tokens, so each is checked only against the
 * groups that share one.
 */
final class NameClusters<T> {

  private final Map<String, List<Integer>> groupsByKey = new HashMap<>();
  private final List<List<String>> namesOfGroup = new ArrayList<>();
  private final Map<Integer, List<T>> items = new LinkedHashMap<>();

  /** Adds an item under a name; items whose names may be one person end in one group. */
  void add(String name, T item) {
    int group = groupOf(name);
    items.computeIfAbsent(group, g -> new ArrayList<>()).add(item);
  }

  /** The groups in the order their first item was added. */
  List<List<T>> groups() {
    return new ArrayList<>(items.values());
  }

  private int groupOf(String name) {
    for (String key : PersonNames.blockingKeys(name)) {
      for (int group : groupsByKey.getOrDefault(key, List.of())) {
        List<String> names = namesOfGroup.get(group);
        if (names.stream().allMatch(other -> PersonNames.sameName(name, other))) {
          if (!names.contains(name)) {
            names.add(name);
          }
          return group;
        }
      }
    }
    int group = namesOfGroup.size();
    namesOfGroup.add(new ArrayList<>(List.of(name)));
    for (String key : PersonNames.blockingKeys(name)) {
      groupsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(group);
    }
    return group;
  }
}
