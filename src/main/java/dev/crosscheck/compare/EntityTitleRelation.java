package dev.crosscheck.compare;

import dev.crosscheck.entity.TitleEquivalence;

/**
 * The claim stage's title equivalences (the lexicon the titles were found with), widened by this stage's
 * title classes, which also say which titles are known offices: only two known, incompatible offices of one
 * person make a conflict.
 */
final class EntityTitleRelation implements TitleRelation {

  private final TitleEquivalence entityTitles;
  private final TitleClasses titleClasses;

  EntityTitleRelation(TitleEquivalence entityTitles, TitleClasses titleClasses) {
    this.entityTitles = entityTitles;
    this.titleClasses = titleClasses;
  }

  @Override
  public boolean equivalent(String titleA, String titleB) {
    return entityTitles.equivalent(titleA, titleB) || titleClasses.equivalent(titleA, titleB);
  }

  @Override
  public boolean compatible(String titleA, String titleB) {
    return entityTitles.compatible(titleA, titleB) || titleClasses.compatible(titleA, titleB);
  }

  @Override
  public boolean known(String title) {
    return titleClasses.known(title);
  }
}
