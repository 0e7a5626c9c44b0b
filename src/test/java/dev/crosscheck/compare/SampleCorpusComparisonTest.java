package dev.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.claim.Claim;
import dev.crosscheck.corpus.DocumentReader;
import dev.crosscheck.report.AnalysedDocument;
import dev.crosscheck.report.CorpusAnalysis;
import dev.crosscheck.report.Pipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on the sample corpus: what its three articles agree on, and the pairs that must never
 * be a conflict (different letters, different summits), scored the way the gold files score a report: a
 * pair is found when one finding rests on a claim from each side's document whose sentence holds its text.
 */
class SampleCorpusComparisonTest {

  private static final String BLOG = "000_514d203ebf6b1bcd";
  private static final String DIPLOMAT = "003_ae19dd3f24cd6433";
  private static final String HERALD = "004_3486936efa2c6574";

  private static ComparisonResult result;
  private static Map<String, Claim> claims;

  @BeforeAll
  static void compareSampleCorpus(@TempDir Path work) {
    CorpusAnalysis analysis = new Pipeline(new DocumentReader()).analyse(Path.of("corpus"), work.resolve("index"),
        warning -> {});
    claims = analysis.claims().stream().collect(Collectors.toMap(Claim::id, Function.identity()));
    result = Comparison.withDefaultLexicons().compare(analysis.claims(),
        analysis.documents().stream().map(AnalysedDocument::document).toList());
  }

  @Test
  void theSingaporeSummitPlaceAndTimeAgree() {
    assertThat(found(Verdict.AGREEMENT, DIPLOMAT, "June 12 in Singapore", HERALD, "summit in Singapore last month"))
        .isTrue();
  }

  @Test
  void theDenuclearizationCommitmentAgrees() {
    assertThat(found(Verdict.AGREEMENT, DIPLOMAT, "complete denuclearization of the Korean Peninsula", HERALD,
        "committed to work towards the \"complete denuclearization\"")).isTrue();
  }

  @Test
  void theTripToPyongyangAgrees() {
    assertThat(found(Verdict.AGREEMENT, DIPLOMAT, "trip to Pyongyang in early July", HERALD,
        "Pompeo traveled to Pyongyang over the weekend")).isTrue();
  }

  @Test
  void spokespersonAndPressSecretaryAgree() {
    assertThat(found(Verdict.AGREEMENT, BLOG, "White House spokesperson Sarah Sanders", DIPLOMAT,
        "Sarah Sanders, the White House press secretary")).isTrue();
  }

  @Test
  void secretaryOfStateAgrees() {
    assertThat(found(Verdict.AGREEMENT, BLOG, "Secretary of State Mike Pompeo confirmed", HERALD,
        "US Secretary of State Mike Pompeo")).isTrue();
  }

  @Test
  void differentLettersAndSummitsNeverConflict() {
    assertThat(found(Verdict.CONFLICT, HERALD, "Dated July 6", BLOG, "recently wrote a letter")).isFalse();
    assertThat(found(Verdict.CONFLICT, HERALD, "Dated July 6", BLOG, "beautiful letter")).isFalse();
    assertThat(found(Verdict.CONFLICT, DIPLOMAT, "received a new letter", HERALD, "Dated July 6")).isFalse();
    assertThat(found(Verdict.CONFLICT, BLOG, "Mike Pompeo confirmed on Sunday", DIPLOMAT,
        "Sarah Sanders, the White House press secretary, confirmed")).isFalse();
    assertThat(found(Verdict.CONFLICT, BLOG, "summit in Hanoi", DIPLOMAT, "June 12 in Singapore")).isFalse();
    assertThat(found(Verdict.CONFLICT, BLOG, "summit in Hanoi", HERALD, "summit in Singapore last month")).isFalse();
  }

  @Test
  void everyAgreementOrConflictRestsOnTwoDocuments() {
    assertThat(result.findings()).filteredOn(f -> f.verdict() != Verdict.SINGLE_SOURCE)
        .allMatch(f -> f.claimIds().stream().map(id -> claims.get(id).documentId()).distinct().count() >= 2);
  }

  private static boolean found(Verdict verdict, String documentA, String textA, String documentB, String textB) {
    return result.findings().stream().filter(f -> f.verdict() == verdict).anyMatch(f -> {
      List<Claim> rest = f.claimIds().stream().map(claims::get).toList();
      return rest.stream().anyMatch(c -> matches(c, documentA, textA))
          && rest.stream().anyMatch(c -> matches(c, documentB, textB));
    });
  }

  /** As the gold scorer: same document, and the sentence holds the text once quotes and spaces are normalised. */
  private static boolean matches(Claim claim, String document, String text) {
    return claim.documentId().equals(document) && normalise(claim.sentenceText()).contains(normalise(text));
  }

  private static String normalise(String text) {
    return text.replace('\u201c', '"').replace('\u201d', '"').replace('\u2019', '\'').replace('\u2018', '\'')
        .replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
  }
}
