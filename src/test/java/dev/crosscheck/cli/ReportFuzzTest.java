package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.corpus.HostileInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * The report job on corpora of good documents among hostile files: the run always ends with a report that
 * holds every good document, and every file missing from it is named on stderr.
 */
class ReportFuzzTest {

  static final String GOOD_LETTER = """
      ---
      published: 2019-06-23
      ---
      Secretary of State Mike Pompeo said on Sunday that Kim Jong Un had sent a letter to President Trump.
      """;
  static final String GOOD_SUMMIT = """
      Trump and Kim met in Singapore on June 12, 2018, for their first summit, officials said on Monday.
      """;
  private static final List<String> ODD_NAMES = List.of("plain", "with space", "ünïcödé", "-starts-with-dash",
      "#hash&amp", "x".repeat(150), "dots.in.name", "emoji😀", "UPPER", "'quoted'");

  @Property(tries = 8)
  void everyGoodDocumentIsReportedAndEveryOtherFileNamed(@ForAll("hostileFiles") List<Tuple2<String, byte[]>> hostile)
      throws IOException {
    Path work = Files.createTempDirectory("fuzz");
    try {
      Path corpus = Files.createDirectories(work.resolve("corpus"));
      Files.writeString(corpus.resolve("good-letter.txt"), GOOD_LETTER);
      Files.writeString(corpus.resolve("good-summit.txt"), GOOD_SUMMIT);
      for (int i = 0; i < hostile.size(); i++) {
        Files.write(corpus.resolve(i + "-" + hostile.get(i).get1()), hostile.get(i).get2());
      }
      assertReportsGoodDocumentsAndNamesTheRest(work, corpus, Set.of("good-letter", "good-summit"));
    } finally {
      deleteTree(work);
    }
  }

  @Provide
  Arbitrary<List<Tuple2<String, byte[]>>> hostileFiles() {
    Arbitrary<String> names = Combinators.combine(Arbitraries.of(ODD_NAMES), Arbitraries.of("txt", "md", "html", "htm",
        "TXT")).as((name, extension) -> name + "." + extension);
    return Combinators.combine(names, HostileInput.bytes()).as(Tuple::of).list().ofMinSize(1).ofMaxSize(4);
  }

  /**
   * Runs the report job on {@code corpus} and checks its promise: it ends with a report.json that holds every
   * one of {@code good}, and each file of the corpus that the report leaves out is named on stderr with exit
   * code 1.
   */
  static void assertReportsGoodDocumentsAndNamesTheRest(Path work, Path corpus, Set<String> good) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    picocli.CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute("report", "--corpus", corpus.toString(), "--out", work.resolve("out").toString(),
        "--claims", work.resolve("claims").toString(), "--index", work.resolve("index").toString());

    JsonNode report = new ObjectMapper().readTree(work.resolve("out/report.json").toFile());
    Set<String> reported = new HashSet<>();
    report.get("documents").forEach(document -> reported.add(document.get("id").asText()));
    assertThat(reported).containsAll(good);
    boolean anyLeftOut = false;
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (!reported.contains(id)) {
          anyLeftOut = true;
          assertThat(err.toString()).as("stderr names %s", file).contains(file.toString());
        }
      }
    }
    assertThat(exitCode).isEqualTo(anyLeftOut ? ExitCodes.BAD_INPUT : exitCode);
    assertThat(exitCode).isIn(ExitCodes.OK, ExitCodes.BAD_INPUT);
    assertThat(err.toString()).doesNotContain("Exception in", "\tat ");
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
