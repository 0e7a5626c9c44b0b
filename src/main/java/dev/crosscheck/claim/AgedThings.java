package dev.crosscheck.claim;

import com.google.common.collect.ImmutableMap;
import dev.crosscheck.entity.LexiconFile;
import java.util.List;
import java.util.Locale;

/**
 * The things, not people, whose age a sentence can state ({@code aged-things.tsv}): "the 850-year-old
 * cathedral", "the bridge is 90 years old". A general noun ("building", "landmark") can name any of them.
 */
public final class AgedThings {

  private static final AgedThings INSTANCE = new AgedThings();

  /** noun → whether it is general. */
  private final ImmutableMap<String, Boolean> nouns;

  private AgedThings() {
    ImmutableMap.Builder<String, Boolean> builder = ImmutableMap.builder();
    for (List<String> row : LexiconFile.table(AgedThings.class, "aged-things.tsv", 2)) {
      builder.put(row.get(0).toLowerCase(Locale.ROOT), row.get(1).equals("general"));
    }
    this.nouns = builder.buildOrThrow();
  }

  public static AgedThings instance() {
    return INSTANCE;
  }

  boolean isThing(String noun) {
    return nouns.containsKey(noun.toLowerCase(Locale.ROOT));
  }

  /** True when the two nouns can name one thing: the same noun, or one general ("the building", "the cathedral"). */
  public boolean mayBeSame(String a, String b) {
    return a.equalsIgnoreCase(b) || nouns.getOrDefault(a.toLowerCase(Locale.ROOT), false)
        || nouns.getOrDefault(b.toLowerCase(Locale.ROOT), false);
  }
}
