package dev.crosscheck.entity;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Multiset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The people a corpus names, merged across documents. Built in a first pass over every document's name forms;
 * read-only afterwards, so the per-document extraction that consults it can run in parallel.
 *
 * <p>Full names (two words or more) with the same first and last word are one person ("Sarah Sanders",
 * "Sarah Huckabee Sanders"); the canonical name is the fullest form, then the most frequent. A single word
 * ("Trump", "Kim") is the person whose full name starts or ends with it, preferring people the same
 * document names in full. Titles seen before full names ("North Korean leader Kim Jong Un") let
 * descriptions ("the North Korean leader") resolve too.
 */
public final class EntityIndex implements NameLookup {

  private final ImmutableMap<String, String> canonicalByEnds;
  /**
   * name word -> scope -> the canonical name the word most often stands for there; a scope is a document id, or
   * "" for the whole corpus. Only the winner is kept, not the counts: it is all a lookup reads, it is looked up
   * for every name of every sentence, and a large corpus has a scope per document for each common name word.
   */
  private final ImmutableMap<String, ImmutableMap<String, String>> byWord;
  /** title -> scope -> the canonical name most often given that title there, as {@link #byWord}. */
  private final ImmutableMap<String, ImmutableMap<String, String>> byTitle;

  private EntityIndex(Builder builder) {
    Map<String, String> canonical = new HashMap<>();
    for (Map.Entry<String, Multiset<String>> group : builder.formsByEnds.entrySet()) {
      String best = group.getValue().elementSet().stream()
          .min(Comparator.comparingInt((String form) -> -NameKey.of(form).size())
              .thenComparingInt(form -> -group.getValue().count(form))
              .thenComparing(Comparator.naturalOrder()))
          .orElseThrow();
      canonical.put(group.getKey(), best);
    }
    this.canonicalByEnds = ImmutableMap.copyOf(canonical);
    this.byWord = freeze(builder.wordUses, canonical);
    this.byTitle = freeze(builder.titleUses, canonical);
  }

  private static ImmutableMap<String, ImmutableMap<String, String>> freeze(
      Map<String, Map<String, Multiset<String>>> uses, Map<String, String> canonical) {
    ImmutableMap.Builder<String, ImmutableMap<String, String>> frozen = ImmutableMap.builder();
    for (var byScope : uses.entrySet()) {
      ImmutableMap.Builder<String, String> scopes = ImmutableMap.builder();
      for (var scope : byScope.getValue().entrySet()) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Multiset.Entry<String> use : scope.getValue().entrySet()) {
          counts.merge(canonical.getOrDefault(use.getElement(), use.getElement()), use.getCount(), Integer::sum);
        }
        scopes.put(scope.getKey(), mostUsed(counts));
      }
      frozen.put(byScope.getKey(), scopes.buildOrThrow());
    }
    return frozen.buildOrThrow();
  }

  /** The name counted most; of equal counts, the first in alphabetical order (the counts are sorted by name). */
  private static String mostUsed(Map<String, Integer> countsByName) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> count : countsByName.entrySet()) {
      if (best == null || count.getValue() > bestCount) {
        best = count.getKey();
        bestCount = count.getValue();
      }
    }
    return best;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * The canonical name of the person a written name refers to, if the corpus knows one: full names always
   * resolve (to themselves at least); a single word only when some full name contains it, or when
   * {@code titled} ("President Trump" in a corpus that never names Donald Trump in full).
   */
  @Override
  public Optional<String> person(String documentId, String written, boolean titled) {
    NameKey key = NameKey.of(written);
    if (key.parts().isEmpty()) {
      return Optional.empty();
    }
    if (key.isFull()) {
      return Optional.of(canonicalByEnds.getOrDefault(key.ends(), written));
    }
    Optional<String> known = mostUsed(byWord.get(key.first()), documentId);
    return known.isPresent() ? known : titled ? Optional.of(written) : Optional.empty();
  }

  /**
   * The person a description names ("the North Korean leader", "the president"), from the titles the same
   * document writes before full names. Only the same document: across sources "the official" is anyone.
   */
  @Override
  public Optional<String> personWithTitle(String documentId, String title) {
    var scopes = byTitle.get(TitleLexicon.normalise(title));
    if (scopes == null || !scopes.containsKey(documentId)) {
      return Optional.empty();
    }
    return mostUsed(scopes, documentId);
  }

  private static Optional<String> mostUsed(ImmutableMap<String, String> scopes, String documentId) {
    if (scopes == null) {
      return Optional.empty();
    }
    String local = scopes.get(documentId);
    return Optional.of(local != null ? local : scopes.get(""));
  }

  /**
   * Collects name forms document by document. Not thread-safe: compute {@link DocumentNames} in parallel and
   * {@link #add} them from one thread; the index does not depend on the order they are added in.
   */
  public static final class Builder {
    private final Map<String, Multiset<String>> formsByEnds = new HashMap<>();
    private final Map<String, Map<String, Multiset<String>>> wordUses = new HashMap<>();
    private final Map<String, Map<String, Multiset<String>>> titleUses = new HashMap<>();

    private Builder() {}

    /** Everything one document says about names. */
    public Builder add(DocumentNames names) {
      names.fullNames().forEach(name -> addFullName(names.documentId(), name));
      names.titles().forEach(titled -> addTitle(names.documentId(), titled.title(), titled.name()));
      return this;
    }

    /** A person's full name as written in a document ("Kim Jong-un"); single words are ignored here. */
    public Builder addFullName(String documentId, String written) {
      NameKey key = NameKey.of(written);
      if (!key.isFull()) {
        return this;
      }
      formsByEnds.computeIfAbsent(key.ends(), k -> HashMultiset.create()).add(written);
      for (String word : new String[] {key.first(), key.last()}) {
        use(wordUses, word, documentId, key.ends());
      }
      return this;
    }

    /** A title written before or beside a person's full name ("press secretary", "Sarah Sanders"). */
    public Builder addTitle(String documentId, String title, String written) {
      NameKey key = NameKey.of(written);
      if (key.isFull()) {
        use(titleUses, TitleLexicon.normalise(title), documentId, key.ends());
      }
      return this;
    }

    private static void use(Map<String, Map<String, Multiset<String>>> uses, String word, String documentId,
        String ends) {
      Map<String, Multiset<String>> scopes = uses.computeIfAbsent(word, k -> new HashMap<>());
      scopes.computeIfAbsent(documentId, k -> HashMultiset.create()).add(ends);
      scopes.computeIfAbsent("", k -> HashMultiset.create()).add(ends);
    }

    public EntityIndex build() {
      return new EntityIndex(this);
    }
  }
}
