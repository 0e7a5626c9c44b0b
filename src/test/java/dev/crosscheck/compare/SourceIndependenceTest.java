package dev.crosscheck.compare;

import static dev.crosscheck.compare.ClaimFixture.role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.claim.Claim;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.MetadataValue;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceIndependenceTest {

  private static final String SENTENCE = "State Department spokeswoman Heather Nauert said the talks will take place"
      + " Sunday and the US will be prepared.";

  @Test
  void wireCopiesWithOneCreditAndOneSentenceCountOnce() {
    Claim herald = role("herald", SENTENCE, "Heather Nauert", "spokeswoman", "State Department").build();
    Claim times = role("times", SENTENCE, "Heather Nauert", "spokeswoman", "State Department").build();
    Claim gazette = role("gazette", "Nauert, the State Department spokeswoman, said so.", "Heather Nauert",
        "spokeswoman", "State Department").build();

    ComparisonResult result = Comparison.withDefaultLexicons().compare(List.of(herald, times, gazette),
        List.of(document("herald", SENTENCE + " (Yonhap)"), document("times", "SEOUL (Yonhap) -- " + SENTENCE),
            document("gazette", "Nauert, the State Department spokeswoman, said so.")));

    Finding agreement = result.findings().get(0);
    assertThat(agreement.verdict()).isEqualTo(Verdict.AGREEMENT);
    assertThat(agreement.independentSources()).isEqualTo(2);
    assertThat(agreement.explanation()).contains("herald and times are copies of one Yonhap story");
  }

  @Test
  void sameSentenceWithoutACommonCreditIsNotACopy() {
    Claim herald = role("herald", SENTENCE, "Heather Nauert", "spokeswoman", "State Department").build();
    Claim times = role("times", SENTENCE, "Heather Nauert", "spokeswoman", "State Department").build();

    ComparisonResult result = Comparison.withDefaultLexicons().compare(List.of(herald, times),
        List.of(document("herald", SENTENCE + " (Yonhap)"), document("times", SENTENCE + " (AP)")));

    assertThat(result.findings().get(0).independentSources()).isEqualTo(2);
  }

  @Test
  void twoCopiesAloneAreASingleSource() {
    Claim herald = role("herald", SENTENCE, "Heather Nauert", "spokeswoman", "State Department").build();
    Claim times = role("times", SENTENCE, "Heather Nauert", "spokeswoman", "State Department").build();

    ComparisonResult result = Comparison.withDefaultLexicons().compare(List.of(herald, times),
        List.of(document("herald", SENTENCE + " (Yonhap)"), document("times", SENTENCE + " (Yonhap)")));

    assertThat(result.findings()).singleElement().extracting(Finding::verdict).isEqualTo(Verdict.SINGLE_SOURCE);
  }

  private static Document document(String id, String text) {
    return new Document(id, Path.of(id + ".txt"), "hash", text, MetadataValue.unknown(), MetadataValue.unknown(),
        MetadataValue.unknown(), MetadataValue.unknown());
  }
}
