package dev.crosscheck.compare;

/**
 * Which titles name the same office. The claim stage owns the title lexicon; this interface lets the
 * compare stage use it (or its own data file, {@link TitleClasses}) without depending on its shape.
 */
public interface TitleRelation {

  /** True when both titles name one office ("spokesperson" and "press secretary"). */
  boolean equivalent(String titleA, String titleB);

  /** True for descriptions too vague to contradict any title ("official", "aide"). */
  boolean generic(String title);

  /** True when the lexicon knows the title: two unknown titles are never said to conflict. */
  boolean known(String title);
}
