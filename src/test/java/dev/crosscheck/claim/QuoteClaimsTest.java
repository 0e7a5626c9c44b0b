package dev.crosscheck.claim;

import static dev.crosscheck.claim.TestDocuments.claims;
import static dev.crosscheck.claim.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteClaimsTest {

  @Test
  void quotationIsAscribedToItsSpeaker() {
    var claims = claims(document("seed")
        .sentence("“I just received a beautiful letter from Kim Jong Un,” Trump said.")
        .sentence("Donald Trump left for Japan.")
        .build());

    assertThat(claims).filteredOn(c -> c.type() == ClaimType.QUOTE)
        .extracting(Claim::subject, Claim::object)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Donald Trump",
            "I just received a beautiful letter from Kim Jong Un"));
  }

  @Test
  void scareQuotesInTheWritersOwnSentenceAreNotQuotes() {
    var claims = claims(document("fixture")
        .sentence("Critics dismissed the “peace offensive” as theatre staged for the cameras.")
        .build());

    assertThat(claims).noneMatch(c -> c.type() == ClaimType.QUOTE);
  }

  @Test
  void quotationInsideAReportedClauseBelongsToTheReporter() {
    var claims = claims(document("fixture")
        .sentence("The foreign ministry spokesman said the exercises were “a rehearsal for invasion” and must stop.")
        .build());

    assertThat(claims).filteredOn(c -> c.type() == ClaimType.QUOTE)
        .extracting(Claim::subject, Claim::object)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("foreign ministry spokesman", "a rehearsal for invasion"));
  }
}
