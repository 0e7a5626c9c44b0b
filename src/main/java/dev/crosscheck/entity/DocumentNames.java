package dev.crosscheck.entity;

import com.google.common.collect.ImmutableList;

/**
 * The person names one document writes in full, and the titles it writes before them: what the corpus-wide
 * {@link EntityIndex} is built from. Computed per document (in parallel if wanted), then added to one builder.
 *
 * @param fullNames people's names of two words or more, as written, one entry per mention
 * @param titles title and full name pairs ("North Korean leader", "Kim Jong Un"), one per mention
 */
public record DocumentNames(String documentId, ImmutableList<String> fullNames, ImmutableList<TitledName> titles) {

  /** A title written before a person's name. */
  public record TitledName(String title, String name) {}
}
