package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed claims/ of the sample corpus must be what the code extracts now. When this fails after a
 * deliberate change, regenerate them: {@code ./crosscheck claims corpus/*.txt --out claims} and review the diff.
 */
class ClaimsFilesAreCurrentTest {

  @TempDir Path fresh;

  @Test
  void committedClaimsMatchAFreshExtraction() throws IOException {
    List<String> corpus;
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      corpus = files.filter(f -> f.toString().endsWith(".txt")).map(Path::toString).sorted().toList();
    }
    String[] args = Stream.concat(Stream.of("claims"), Stream.concat(corpus.stream(), Stream.of("--out", fresh.toString())))
        .toArray(String[]::new);
    assertThat(Main.run(args)).isZero();

    for (String file : corpus) {
      String id = Path.of(file).getFileName().toString().replaceFirst("\\.txt$", "");
      Path committed = Path.of("claims", id + ".jsonl");
      assertThat(committed).as("claims/%s.jsonl is committed", id).exists();
      assertThat(Files.readString(committed))
          .as("claims/%s.jsonl is stale: run ./crosscheck claims corpus/*.txt --out claims", id)
          .isEqualTo(Files.readString(fresh.resolve(id + ".jsonl")));
    }
  }
}
