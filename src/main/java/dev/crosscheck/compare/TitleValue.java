package dev.crosscheck.compare;

import java.util.Locale;
import java.util.Optional;

/**
 * A person's title at an organisation. Equivalent titles agree; a generic description ("official")
 * agrees with any; two different known offices at the same organisation conflict. A former title says
 * nothing about the present one.
 */
record TitleValue(TitleRelation titles, String title, Optional<String> organisation) implements Value {

  @Override
  public String key() {
    return title.toLowerCase(Locale.ROOT) + organisation.map(org -> " @" + org.toLowerCase(Locale.ROOT)).orElse("");
  }

  @Override
  public String describe() {
    return "'" + title + "'" + organisation.filter(org -> !title.toLowerCase(Locale.ROOT)
        .contains(org.toLowerCase(Locale.ROOT))).map(org -> " (" + org + ")").orElse("");
  }

  @Override
  public Relation relate(Value other) {
    if (!(other instanceof TitleValue that) || former() || that.former()) {
      return Relation.UNRELATED;
    }
    boolean sameOrganisation = organisation.isEmpty() || that.organisation.isEmpty()
        || PersonNames.sameName(organisation.get(), that.organisation.get());
    if (titles.equivalent(title, that.title)) {
      return sameOrganisation ? Relation.SAME : Relation.UNRELATED;
    }
    if (titles.compatible(title, that.title)) {
      return Relation.SAME;
    }
    return sameOrganisation && titles.known(title) && titles.known(that.title)
        ? Relation.DIFFERENT : Relation.UNRELATED;
  }

  private boolean former() {
    String lower = title.toLowerCase(Locale.ROOT);
    return lower.startsWith("former") || lower.startsWith("ex-") || lower.startsWith("then");
  }
}
