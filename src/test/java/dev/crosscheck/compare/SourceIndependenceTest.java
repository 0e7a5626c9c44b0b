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

  @Test
  void aReprintWithoutCreditIsOneSourceWithItsOriginal() {
    String[] sentences = {
        "The regional airline said on Monday that it had grounded its fleet of turboprop planes for checks.",
        "Engineers will inspect the engines of all twelve aircraft before they are allowed to fly again.",
        "A spokesman for the airline said passengers would be rebooked on partner carriers at no cost.",
        "The carrier's chief executive, Laura Meijer, said safety came before the timetable."};
    List<Claim> claims = new java.util.ArrayList<>();
    for (String copy : List.of("portal", "aggregator")) {
      for (String sentence : sentences) {
        claims.add(role(copy, sentence, "Laura Meijer", "chief executive", "").build());
      }
    }
    claims.add(role("daily", "Laura Meijer, the airline's chief executive, apologised to travellers.", "Laura Meijer",
        "chief executive", "").build());

    ComparisonResult result = Comparison.withDefaultLexicons().compare(claims, List.of(
        document("portal", String.join(" ", sentences)), document("aggregator", String.join(" ", sentences)),
        document("daily", "Laura Meijer, the airline's chief executive, apologised to travellers.")));

    assertThat(result.findings()).filteredOn(f -> f.verdict() == Verdict.AGREEMENT).singleElement()
        .satisfies(agreement -> {
          assertThat(agreement.independentSources()).isEqualTo(2);
          assertThat(agreement.explanation()).contains("aggregator and portal are copies of one text, counted once");
        });
  }

  private static Document document(String id, String text) {
    return new Document(id, Path.of(id + ".txt"), "hash", text, MetadataValue.unknown(), MetadataValue.unknown(),
        MetadataValue.unknown(), MetadataValue.unknown());
  }
}
