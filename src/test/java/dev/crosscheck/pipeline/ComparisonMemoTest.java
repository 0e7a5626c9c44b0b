package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.compare.ComparisonResult;
import dev.crosscheck.corpus.DocumentReader;
import dev.crosscheck.report.CorpusAnalysis;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The previous comparison is reused only for the very inputs it was made from. */
class ComparisonMemoTest {

  @TempDir Path work;

  @Test
  void theSameInputsAreComparedOnceAndAnyMovedClaimComparesAgain() throws Exception {
    Path corpus = work.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("001.txt"), """
        ---
        published: 2021-03-02
        ---
        The fire broke out at 6:20 p.m. on Monday, the city's fire chief said.
        """, StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("002.txt"), """
        ---
        published: 2021-03-02
        ---
        Firefighters were called at 6:20 p.m. on Monday, fire officials said.
        """, StandardCharsets.UTF_8);
    CorpusAnalysis analysis = new Pipeline(new DocumentReader()).analyse(corpus, work.resolve("index"), w -> {});
    List<Claim> claims = analysis.claims();
    ComparisonResult result = new ComparisonResult(analysis.clusters(), analysis.findings());
    ComparisonMemo memo = new ComparisonMemo(work.resolve("memo.bin"), "build-1");
    AtomicInteger comparisons = new AtomicInteger();
    var documents = analysis.documents().stream().map(analysed -> analysed.document()).toList();

    ComparisonResult first = memo.compare(claims, documents, Map.of(), () -> {
      comparisons.incrementAndGet();
      return result;
    });
    ComparisonResult second = memo.compare(claims, documents, Map.of(), () -> {
      comparisons.incrementAndGet();
      return result;
    });
    memo.compare(claims.subList(1, claims.size()), documents, Map.of(), () -> {
      comparisons.incrementAndGet();
      return result;
    });
    new ComparisonMemo(work.resolve("memo.bin"), "build-2").compare(claims.subList(1, claims.size()), documents,
        Map.of(), () -> {
          comparisons.incrementAndGet();
          return result;
        });

    assertThat(first).isEqualTo(result);
    assertThat(second).isEqualTo(result);
    assertThat(result.findings()).isNotEmpty();
    assertThat(comparisons).hasValue(3);
    assertThat(ComparisonMemo.digest(claims, documents, Map.of()))
        .isNotEqualTo(ComparisonMemo.digest(claims, documents, Map.of("001", "AP")))
        .isNotEqualTo(ComparisonMemo.digest(ImmutableList.copyOf(claims).reverse(), documents, Map.of()));
  }
}
