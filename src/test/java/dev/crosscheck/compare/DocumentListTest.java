package dev.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.claim.Claim;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.MetadataValue;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DocumentListTest {

  @Test
  void aFewDocumentsAreAllNamed() {
    assertThat(DocumentList.of(List.of("herald"))).isEqualTo("herald");
    assertThat(DocumentList.of(List.of("herald", "times", "gazette", "post")))
        .isEqualTo("herald and times and gazette and post");
  }

  @Test
  void aThousandCopiesAreCountedNotNamed() {
    List<String> copies = IntStream.range(0, 1000).mapToObj(i -> String.format("copy%04d", i)).toList();

    assertThat(DocumentList.of(copies)).isEqualTo("copy0000, copy0001, copy0002 and 997 more");
  }

  @Test
  void theComparisonExplainsAWireStoryCopiedManyTimesInOneSentence() {
    String sentence = "State Department spokeswoman Heather Nauert said the talks will take place Sunday.";
    List<Claim> claims = IntStream.range(0, 40)
        .mapToObj(i -> ClaimFixture.role("paper" + i, sentence, "Heather Nauert", "spokeswoman", "State Department")
            .build())
        .toList();
    List<Document> documents = IntStream.range(0, 40)
        .mapToObj(i -> document("paper" + i, "SEOUL (Yonhap) -- " + sentence))
        .toList();

    ComparisonResult result = Comparison.withDefaultLexicons().compare(claims, documents);

    assertThat(result.findings()).isNotEmpty().allSatisfy(finding ->
        assertThat(finding.explanation()).hasSizeLessThan(600).contains("and 37 more"));
  }

  private static Document document(String id, String text) {
    return new Document(id, Path.of(id + ".txt"), "hash", text, MetadataValue.unknown(), MetadataValue.unknown(),
        MetadataValue.unknown(), MetadataValue.unknown());
  }
}
