package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.claim.Claim;
import dev.crosscheck.compare.Finding;
import dev.crosscheck.compare.Verdict;
import dev.crosscheck.corpus.DocumentReader;
import dev.crosscheck.report.CorpusAnalysis;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the sample corpus in corpus/ must yield end to end, scored the way the project's gold scorer does
 * (check_gold.py): a pair is found when one finding of the verdict rests on a claim of each side, a side
 * being a document and a piece of text its claim's sentence contains. The scorer's line on this corpus must
 * read "agreements 5/5, false conflicts 0/6".
 */
class SampleCorpusFindingsTest {

  private static final String D000 = "000_514d203ebf6b1bcd";
  private static final String D003 = "003_ae19dd3f24cd6433";
  private static final String D004 = "004_3486936efa2c6574";

  @TempDir static Path work;
  private static CorpusAnalysis analysis;
  private static Map<String, Claim> claimsById;

  private record Side(String document, String text) {}

  @BeforeAll
  static void analyseSampleCorpus() {
    analysis = new Pipeline(new DocumentReader()).analyse(Path.of("corpus"), work.resolve("index"), warning -> {});
    claimsById = analysis.claims().stream().collect(Collectors.toMap(Claim::id, Function.identity()));
  }

  private static boolean found(Verdict verdict, Side a, Side b) {
    return analysis.findings().stream()
        .filter(finding -> finding.verdict() == verdict)
        .anyMatch(finding -> restsOn(finding, a) && restsOn(finding, b));
  }

  private static boolean restsOn(Finding finding, Side side) {
    return finding.claimIds().stream().map(claimsById::get)
        .anyMatch(claim -> claim.documentId().equals(side.document())
            && normalise(claim.sentenceText()).contains(normalise(side.text())));
  }

  private static String normalise(String text) {
    return text.replace('“', '"').replace('”', '"').replace('’', '\'').replace('‘', '\'')
        .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  @Test
  void sourcesAgreeOnSummitCommitmentTripAndTitles() {
    List<Side[]> agreements = List.of(
        new Side[] {new Side(D003, "June 12 in Singapore"), new Side(D004, "summit in Singapore last month")},
        new Side[] {new Side(D003, "complete denuclearization of the Korean Peninsula"),
            new Side(D004, "committed to work towards the \"complete denuclearization\"")},
        new Side[] {new Side(D003, "trip to Pyongyang in early July"),
            new Side(D004, "Pompeo traveled to Pyongyang over the weekend")},
        new Side[] {new Side(D000, "White House spokesperson Sarah Sanders"),
            new Side(D003, "Sarah Sanders, the White House press secretary")},
        new Side[] {new Side(D000, "Secretary of State Mike Pompeo confirmed"),
            new Side(D004, "US Secretary of State Mike Pompeo")});
    for (Side[] pair : agreements) {
      assertThat(found(Verdict.AGREEMENT, pair[0], pair[1])).as("agreement between %s and %s", pair[0], pair[1])
          .isTrue();
    }
  }

  @Test
  void differentLettersSummitsAndConfirmationsAreNotConflicts() {
    List<Side[]> traps = List.of(
        new Side[] {new Side(D004, "Dated July 6"), new Side(D000, "recently wrote a letter")},
        new Side[] {new Side(D004, "Dated July 6"), new Side(D000, "beautiful letter")},
        new Side[] {new Side(D003, "received a new letter"), new Side(D004, "Dated July 6")},
        new Side[] {new Side(D000, "Mike Pompeo confirmed on Sunday"),
            new Side(D003, "Sarah Sanders, the White House press secretary, confirmed")},
        new Side[] {new Side(D000, "summit in Hanoi"), new Side(D003, "June 12 in Singapore")},
        new Side[] {new Side(D000, "summit in Hanoi"), new Side(D004, "summit in Singapore last month")});
    for (Side[] pair : traps) {
      assertThat(found(Verdict.CONFLICT, pair[0], pair[1])).as("conflict between %s and %s", pair[0], pair[1])
          .isFalse();
    }
  }

  @Test
  void everyAgreementOrConflictRestsOnClaimsFromTwoDocuments() {
    for (Finding finding : analysis.findings()) {
      if (finding.verdict() != Verdict.SINGLE_SOURCE) {
        assertThat(finding.claimIds().stream().map(id -> claimsById.get(id).documentId()).distinct().count())
            .as("documents behind %s", finding.id()).isGreaterThanOrEqualTo(2);
      }
    }
  }
}
