package dev.crosscheck.claim;

import static dev.crosscheck.claim.TestDocuments.claims;
import static dev.crosscheck.claim.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimExtractionTest {

  private static final DocumentContext FIRST = document("b_first")
      .sentence("Secretary of State Mike Pompeo said Chairman Kim had sent a letter.")
      .sentence("Kim Jong-un signed it.")
      .build();
  private static final DocumentContext SECOND = document("a_second")
      .sentence("Kim Jong Un wrote to President Trump, according to Pompeo.")
      .build();

  @Test
  void namesAreMergedAcrossTheCorpus() {
    var claims = claims(FIRST, SECOND);

    assertThat(claims).filteredOn(c -> c.type() == ClaimType.ROLE)
        .extracting(Claim::subject)
        .containsExactly("Trump", "Mike Pompeo", "Kim Jong Un");
  }

  @Test
  void idsCountFromZeroInDocumentOrderAndDocumentsAreSortedById() {
    List<Claim> claims = claims(FIRST, SECOND);

    assertThat(claims.get(0).id()).isEqualTo("a_second/c0");
    assertThat(claims).extracting(Claim::documentId).isSortedAccordingTo(String::compareTo);
    for (int i = 1; i < claims.size(); i++) {
      Claim previous = claims.get(i - 1);
      Claim current = claims.get(i);
      if (previous.documentId().equals(current.documentId())) {
        assertThat(current.start()).isGreaterThanOrEqualTo(previous.start());
      }
    }
    assertThat(claims).filteredOn(c -> c.documentId().equals("b_first")).first()
        .extracting(Claim::id).isEqualTo("b_first/c0");
  }

  @Test
  void outputIsTheSameWhateverTheInputOrder() {
    assertThat(claims(SECOND, FIRST)).isEqualTo(claims(FIRST, SECOND));
  }

  @Test
  void everyClaimListsTheEntitiesOfItsSentenceAndSitsInIt() {
    for (Claim claim : claims(FIRST, SECOND)) {
      assertThat(claim.slot("entities")).isPresent();
      DocumentContext document = claim.documentId().equals("b_first") ? FIRST : SECOND;
      var sentence = document.sentences().get(claim.sentence());
      assertThat(claim.start()).isBetween(sentence.start(), sentence.end());
      assertThat(claim.end()).isBetween(claim.start(), sentence.end());
      assertThat(claim.sentenceText()).isEqualTo(sentence.text(document.text()));
    }
  }

  @Test
  void runOnSentenceIsReadInWindowsAndKeepsItsSentence() {
    String clause = "Secretary of State Mike Pompeo said the summit in Hanoi was over, ";
    var claims = claims(document("runon").sentence(clause.repeat(100) + "and that was all.").build());

    assertThat(claims).filteredOn(c -> c.type() == ClaimType.ATTRIBUTION).extracting(Claim::object)
        .hasSize(100).containsOnly("the summit in Hanoi was over", "the summit in Hanoi was over, and that was all");
    assertThat(claims).filteredOn(c -> c.type() == ClaimType.EVENT).extracting(c -> c.slot("place").orElse(""))
        .isNotEmpty().containsOnly("Hanoi");
    assertThat(claims).extracting(Claim::sentence).containsOnly(0);
    assertThat(claims).extracting(c -> c.sentenceText().endsWith("and that was all.")).containsOnly(true);
  }

  @Test
  void headlinesAreSkipped() {
    var claims = claims(document("page")
        .sentence("Trump Says He Sent North Korean Leader 'Very Friendly Letter'")
        .sentence("By Staff Writer")
        .build());

    assertThat(claims).isEmpty();
  }

  @Test
  void aSentenceEndIsReadAsTheSentenceEndPatternFindsIt() {
    assertThat(ClaimExtraction.endsLikeASentence("He said it was “a beautiful letter.”")).isTrue();
    assertThat(ClaimExtraction.endsLikeASentence("Trump Says He Sent North Korean Leader 'Very Friendly Letter'"))
        .isFalse();
    // every string of up to five characters from an alphabet of ends, closers, line ends and a letter
    List<String> strings = EveryString.upTo(5, ".?”')a \n\r\u0085\u2028");
    for (String text : strings) {
      assertThat(ClaimExtraction.endsLikeASentence(text)).as("[%s]", text)
          .isEqualTo(ClaimExtraction.SENTENCE_END.matcher(text).find());
    }
  }
}
