package dev.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvestigatorAlignmentTest {

  private final InvestigatorAlignment alignment = InvestigatorAlignment.load();

  @Test
  void bodiesNamedInFullOrByAcronymAreOneList() {
    assertThat(alignment.investigators("Officials said the Coast Guard and the National Transportation Safety Board"
        + " will investigate the sinking.").orElseThrow().bodies()).containsExactly("CG", "NTSB");
    assertThat(alignment.investigators("The capsizing is under investigation by the NTSB and the Coast Guard.")
        .orElseThrow().bodies()).containsExactly("CG", "NTSB");
  }

  @Test
  void oneBodyInvestigatingIsNoList() {
    assertThat(alignment.investigators("The NTSB is investigating the sinking.")).isEmpty();
    assertThat(alignment.investigators("Police and firefighters were at the scene, and the cause is under"
        + " investigation.")).isEmpty();
  }

  @Test
  void sourcesNamingTheSameInvestigatorsAgree() {
    Claim first = ClaimFixture.statement("01_wire", "Officials said the Coast Guard and the National Transportation"
        + " Safety Board will investigate the sinking of the ferry.").build();
    Claim second = ClaimFixture.statement("02_daily", "The cause of the sinking is under investigation by the NTSB"
        + " and the Coast Guard, a spokeswoman said.").build();
    Claim other = ClaimFixture.statement("03_local", "The FBI and the state police are investigating threats made"
        + " against the ferry company.").build();

    ImmutableList<ClusterDraft> drafts = alignment.drafts(List.of(first, second, other));

    assertThat(drafts).hasSize(1);
    assertThat(drafts.get(0).claims()).containsExactly(first, second);
    assertThat(drafts.get(0).label()).isEqualTo("investigated by Coast Guard and National Transportation Safety Board");
  }

  @Test
  void aHedgedOrDeniedInvestigationNamesNoInvestigators() {
    Claim first = ClaimFixture.statement("01_wire", "The FBI and the Secret Service may investigate the leak.")
        .slot("mood", "possible").build();
    Claim second = ClaimFixture.statement("02_daily", "The leak is under investigation by the FBI and the Secret"
        + " Service.").build();

    assertThat(alignment.drafts(List.of(first, second))).isEmpty();
  }
}
