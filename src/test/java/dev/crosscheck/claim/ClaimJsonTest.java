package dev.crosscheck.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimJsonTest {

  @Test
  void everyKindOfClaimReadsBackAsItWasWritten() throws Exception {
    List<Claim> claims = TestDocuments.claims(TestDocuments.document("letter")
        .sentence("Secretary of State Mike Pompeo said on Sunday that Kim Jong Un had sent a \"very beautiful\""
            + " letter to President Donald Trump.")
        .sentence("The letter was dated June 12, according to White House press secretary Sarah Sanders.")
        .sentence("North Korea returned 55 caskets on Friday, the Pentagon said.")
        .time("on Sunday", "2019-06-23")
        .time("June 12", "2019-06-12")
        .time("on Friday", "2019-06-21")
        .build());

    assertThat(claims).extracting(Claim::type).contains(ClaimType.ATTRIBUTION, ClaimType.EVENT, ClaimType.ROLE,
        ClaimType.QUANTITY);
    assertThat(claims).anySatisfy(claim -> assertThat(claim.time()).isPresent());
    for (Claim claim : claims) {
      String json = ClaimJson.MAPPER.writeValueAsString(ClaimJson.toJson(claim));
      assertThat(ClaimJson.fromJson(ClaimJson.MAPPER.readTree(json))).isEqualTo(claim);
    }
  }
}
