package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.claim.Claim;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups quotes that share their words: one inside another (sources quote more or less of one sentence),
 * or one speaker's quote worded differently. Candidates come from an inverted index on content words:
 * each quote is checked only against quotes sharing one of its content words, a bounded number per word.
 */
final class QuoteClusters {

  /** A shorter quote must hold this many content words to count as the same words ("complete denuclearization"). */
  private static final int MIN_SHARED_CONTENT_WORDS = 2;
  /** Content-word similarity from which one speaker's two differing quotes are one quote worded two ways. */
  private static final double MIN_SIMILARITY_FOR_VARIANT = 0.6;
  /** Quotes sharing a very common word are checked only up to this many: the cost stays linear. */
  private static final int MAX_CANDIDATES_PER_WORD = 200;

  private final ImmutableSet<String> stopwords;

  QuoteClusters(ImmutableSet<String> stopwords) {
    this.stopwords = stopwords;
  }

  ImmutableList<ClusterDraft> drafts(List<Claim> quoteClaims) {
    List<WordingValue> values = new ArrayList<>();
    Map<String, List<Integer>> quotesWithWord = new HashMap<>();
    for (int i = 0; i < quoteClaims.size(); i++) {
      Claim claim = quoteClaims.get(i);
      Optional<String> speaker = claim.attribution().map(a -> a.speaker())
          .or(() -> Optional.of(claim.subject())).map(String::strip).filter(s -> !s.isEmpty());
      WordingValue value = new WordingValue(Wording.of(claim.object(), stopwords), speaker,
          MIN_SHARED_CONTENT_WORDS, MIN_SIMILARITY_FOR_VARIANT);
      values.add(value);
      for (String word : value.wording().contentWords()) {
        quotesWithWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
      }
    }
    int[] parent = new int[quoteClaims.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < values.size(); i++) {
      Set<Integer> candidates = new LinkedHashSet<>();
      for (String word : values.get(i).wording().contentWords()) {
        candidates.addAll(quotesWithWord.get(word).subList(0, Math.min(MAX_CANDIDATES_PER_WORD,
            quotesWithWord.get(word).size())));
      }
      for (int j : candidates) {
        if (j != i && find(parent, i) != find(parent, j)
            && !quoteClaims.get(i).documentId().equals(quoteClaims.get(j).documentId())
            && values.get(i).relate(values.get(j)) != Relation.UNRELATED) {
          parent[Math.max(find(parent, i), find(parent, j))] = Math.min(find(parent, i), find(parent, j));
        }
      }
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < parent.length; i++) {
      groups.computeIfAbsent(find(parent, i), root -> new ArrayList<>()).add(i);
    }
    ImmutableList.Builder<ClusterDraft> drafts = ImmutableList.builder();
    for (List<Integer> members : groups.values()) {
      if (members.size() < 2) {
        continue;
      }
      ImmutableList<Claim> claims = members.stream().map(quoteClaims::get).collect(ImmutableList.toImmutableList());
      ImmutableList<Statement> statements = members.stream()
          .map(i -> new Statement(quoteClaims.get(i), values.get(i))).collect(ImmutableList.toImmutableList());
      String shortest = members.stream().map(i -> values.get(i).wording().text())
          .min(Comparator.comparingInt(String::length).thenComparing(s -> s)).orElseThrow();
      drafts.add(new ClusterDraft("quote", "quote \"" + shortest.strip() + "\"", claims,
          ImmutableList.of(new Facet("wording", FacetKind.WORDING, statements, false))));
    }
    return drafts.build();
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
