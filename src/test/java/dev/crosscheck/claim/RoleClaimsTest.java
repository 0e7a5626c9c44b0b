package dev.crosscheck.claim;

import static dev.crosscheck.claim.TestDocuments.claims;
import static dev.crosscheck.claim.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class RoleClaimsTest {

  private static List<Claim> roles(List<Claim> claims) {
    return claims.stream().filter(c -> c.type() == ClaimType.ROLE).toList();
  }

  @Test
  void titleBeforeTheNameWithItsOrganisation() {
    var claims = claims(document("seed")
        .sentence("According to White House spokesperson Sarah Sanders, “correspondence between the two leaders has"
            + " been ongoing.”")
        .build());

    assertThat(roles(claims))
        .extracting(Claim::subject, Claim::predicate, Claim::object, c -> c.slot("organisation").orElse(""))
        .containsExactly(tuple("Sarah Sanders", "hold title", "spokesperson", "White House"));
  }

  @Test
  void appositiveTitleWithItsOrganisation() {
    var claims = claims(document("seed")
        .sentence("Sarah Sanders, the White House press secretary, confirmed that the letter was “aimed at following"
            + " up on their meeting in Singapore.”")
        .build());

    assertThat(roles(claims))
        .extracting(Claim::subject, Claim::object, c -> c.slot("title").orElse(""), c -> c.slot("organisation").orElse(""))
        .containsExactly(tuple("Sarah Sanders", "press secretary", "press secretary", "White House"));
  }

  @Test
  void multiWordTitleAndCountryBeforeIt() {
    var claims = claims(document("seed")
        .sentence("Dated July 6, the note was likely the one given to US Secretary of State Mike Pompeo during his"
            + " visit to Pyongyang last week.")
        .build());

    assertThat(roles(claims))
        .extracting(Claim::subject, Claim::object, c -> c.slot("organisation").orElse(""))
        .containsExactly(tuple("Mike Pompeo", "secretary of state", "United States"));
  }

  @Test
  void appositiveWithTheOrganisationAfterAt() {
    var claims = claims(document("seed")
        .sentence("\"It is in keeping with the North Korean approach,\" Ken Gause, a North Korea expert at CNA Corp.,"
            + " said in emailed remarks to Yonhap.")
        .build());

    assertThat(roles(claims))
        .extracting(Claim::subject, Claim::object, c -> c.slot("organisation").orElse(""))
        .containsExactly(tuple("Ken Gause", "expert", "CNA Corp."));
  }

  @Test
  void appositiveWithTwoTitles() {
    var claims = claims(document("fixture")
        .sentence("\"The talks are stalled,\" said Jenny Town, a research fellow and director of the Korea Program at"
            + " the Stimson Center, in an interview.")
        .build());

    assertThat(roles(claims))
        .extracting(Claim::subject, Claim::object, c -> c.slot("organisation").orElse(""))
        .containsExactlyInAnyOrder(tuple("Jenny Town", "fellow", "Stimson Center"),
            tuple("Jenny Town", "director", "Korea Program"));
  }

  @Test
  void titleSetBeforeTheNameWithAComma() {
    var claims = claims(document("fixture")
        .sentence("The blaze spread quickly, and the Lyon fire chief, Marc Dubois, said it began in a storeroom.")
        .build());

    assertThat(roles(claims))
        .extracting(Claim::subject, Claim::object, c -> c.slot("organisation").orElse(""))
        .containsExactly(tuple("Marc Dubois", "fire chief", ""));
  }

  @Test
  void aTitleEndingOneClauseIsNoRoleOfTheNameAfterIt() {
    var claims = claims(document("fixture")
        .sentence("Residents waited for hours to speak to the mayor, Helen Park and her aides said on Sunday.")
        .build());

    assertThat(roles(claims)).isEmpty();
  }

  @Test
  void honorificsAreNotRoles() {
    var claims = claims(document("fixture").sentence("Mr. Bolton arrived in Seoul with Ms. Rice on Friday.").build());

    assertThat(roles(claims)).isEmpty();
  }

  @Test
  void formerTitleIsKeptAsWritten() {
    var claims = claims(document("fixture")
        .sentence("Former national security adviser Susan Rice criticised the summit.")
        .build());

    assertThat(roles(claims)).extracting(Claim::object).containsExactly("former national security adviser");
  }
}
