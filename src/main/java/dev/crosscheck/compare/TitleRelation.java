package dev.crosscheck.compare;

/**
 * Which titles name the same office. The claim stage owns the title lexicon; this interface lets the
 * compare stage use it (or its own data file, {@link TitleClasses}) without depending on its shape.
 */
public interface TitleRelation {

  /** True when both titles name one office ("spokesperson" and "press secretary"). */
  boolean equivalent(String titleA, String titleB);

  /**
   * True when both titles can describe one person without contradiction: equivalent, or one a broader
   * description of the other ("White House official" and "White House press secretary").
   */
  boolean compatible(String titleA, String titleB);

  /** True when the lexicon knows the title: two unknown titles are never said to conflict. */
  boolean known(String title);
}
