package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import java.util.List;

/** One cluster per person: the titles sources give them, compared as values. */
final class RoleClusters {

  private final TitleRelation titles;

  RoleClusters(TitleRelation titles) {
    this.titles = titles;
  }

  ImmutableList<ClusterDraft> drafts(List<Claim> roleClaims) {
    NameClusters<Claim> byPerson = new NameClusters<>();
    roleClaims.forEach(claim -> byPerson.add(claim.subject(), claim));
    ImmutableList.Builder<ClusterDraft> drafts = ImmutableList.builder();
    for (List<Claim> claims : byPerson.groups()) {
      ImmutableList<Statement> statements = claims.stream()
          .map(claim -> new Statement(claim, new TitleValue(titles, claim.object(),
              claim.slot("organisation").map(String::strip).filter(org -> !org.isEmpty()))))
          .collect(ImmutableList.toImmutableList());
      drafts.add(new ClusterDraft("role", longestName(claims), ImmutableList.copyOf(claims),
          ImmutableList.of(new Facet("title", FacetKind.TITLE, statements, false)), false));
    }
    return drafts.build();
  }

  private static String longestName(List<Claim> claims) {
    return claims.stream().map(Claim::subject)
        .reduce((a, b) -> b.length() > a.length() ? b : a).orElseThrow();
  }
}
