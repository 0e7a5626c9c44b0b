package dev.crosscheck.entity;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.HashMap;
import java.util.Map;

/**
 * Which titles name the same role ("spokesperson" and "press secretary" at the White House) and which title
 * is a broader description of another ("official" covers "press secretary"). Data in
 * title-equivalences.txt and title-generalisations.txt. Compare it titles as claims carry them, normalised
 * or as written: case and trailing dots do not matter.
 */
public final class TitleEquivalence {

  private static final TitleEquivalence INSTANCE = new TitleEquivalence();

  private final ImmutableMap<String, Integer> groupOf;
  private final ImmutableSetMultimap<String, String> broaderToSpecific;

  private TitleEquivalence() {
    Map<String, Integer> groups = new HashMap<>();
    int group = 0;
    for (String line : LexiconFile.lines(TitleEquivalence.class, "title-equivalences.txt")) {
      for (String title : line.split("\\|")) {
        groups.putIfAbsent(TitleLexicon.normalise(title), group);
      }
      group++;
    }
    this.groupOf = ImmutableMap.copyOf(groups);
    ImmutableSetMultimap.Builder<String, String> broader = ImmutableSetMultimap.builder();
    for (String line : LexiconFile.lines(TitleEquivalence.class, "title-generalisations.txt")) {
      String[] parts = line.split(":", 2);
      for (String specific : parts[1].split("\\|")) {
        broader.put(TitleLexicon.normalise(parts[0]), TitleLexicon.normalise(specific));
      }
    }
    this.broaderToSpecific = broader.build();
  }

  public static TitleEquivalence instance() {
    return INSTANCE;
  }

  /** Whether two titles name the same role: equal once normalised, or listed as one group. */
  public boolean equivalent(String titleA, String titleB) {
    String a = TitleLexicon.normalise(titleA);
    String b = TitleLexicon.normalise(titleB);
    if (a.equals(b)) {
      return true;
    }
    Integer groupA = groupOf.get(a);
    return groupA != null && groupA.equals(groupOf.get(b));
  }

  /**
   * Whether two titles can describe one person without contradiction: equivalent, or one a broader
   * description of the other ("White House official" and "White House press secretary").
   */
  public boolean compatible(String titleA, String titleB) {
    return equivalent(titleA, titleB) || covers(titleA, titleB) || covers(titleB, titleA);
  }

  private boolean covers(String broad, String specific) {
    String b = TitleLexicon.normalise(broad);
    String s = TitleLexicon.normalise(specific);
    return broaderToSpecific.get(b).stream().anyMatch(candidate -> equivalent(candidate, s));
  }
}
