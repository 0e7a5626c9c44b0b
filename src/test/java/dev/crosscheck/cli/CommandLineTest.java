package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineTest {

  @TempDir Path work;
  private Path corpus;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void copySampleCorpus() throws Exception {
    corpus = Files.createDirectories(work.resolve("corpus"));
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      for (Path file : files.toList()) {
        Files.copy(file, corpus.resolve(file.getFileName()));
      }
    }
  }

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void benchTimesTheReportFreshUnchangedAndWithOneDocumentChangedOrAddedWithoutTouchingTheCorpus() throws Exception {
    Path first;
    long files;
    try (Stream<Path> listed = Files.list(corpus)) {
      List<Path> all = listed.sorted().toList();
      first = all.get(0);
      files = all.size();
    }
    String before = Files.readString(first);

    assertThat(run("bench", "--corpus", corpus.toString(), "--work", work.resolve("bench").toString(),
        "--end-to-end-only")).isZero();

    assertThat(out.toString()).contains("report, end to end (fresh)", "report again, nothing changed",
        "report again, one document changed", "report again, one article added").doesNotContain("sentences + times");
    assertThat(Files.readString(first)).isEqualTo(before);
    try (Stream<Path> listed = Files.list(corpus)) {
      assertThat(listed.count()).isEqualTo(files);
    }
  }

  @Test
  void checkSupportsATitleTheCorpusGivesWithItsEvidence() {
    String index = work.resolve("index").toString();

    assertThat(run("check", "Sarah Sanders is the White House press secretary.", "--json", "--corpus",
        corpus.toString(), "--index", index)).isZero();

    assertThat(out.toString()).contains("\"verdict\":\"supported\"", "\"document\":\"003_ae19dd3f24cd6433\"",
        "the White House press secretary");
  }

  @Test
  void checkFindsNoEvidenceForWhatNoSourceSays() {
    String index = work.resolve("index").toString();

    assertThat(run("check", "Kim Jong Un visited Washington in July 2018.", "--corpus", corpus.toString(),
        "--index", index)).isZero();

    assertThat(out.toString()).startsWith("NO EVIDENCE: Kim Jong Un visited Washington in July 2018.");
  }

  @Test
  void checkAnswersAClaimWithNothingCheckableWithANote() {
    assertThat(run("check", "things are bad", "--json", "--corpus", corpus.toString(), "--index",
        work.resolve("index").toString())).isZero();

    assertThat(out.toString()).contains("\"verdict\":\"no evidence\"", "nothing checkable");
  }

  @Test
  void checkRefusesAnEmptyClaimAndAMissingClaimsFileInOneLine() {
    assertThat(run("check", "  ", "--corpus", corpus.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("the claim is empty").hasLineCount(1);
    err.getBuffer().setLength(0);

    assertThat(run("check", "--claims-file", work.resolve("none.txt").toString(), "--corpus", corpus.toString()))
        .isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(err.toString()).contains("none.txt: no such claims file").hasLineCount(1);
  }

  @Test
  void searchFindsTheSentenceAboutPompeosVisitAsJson() {
    String index = work.resolve("index").toString();
    assertThat(run("index", "--corpus", corpus.toString(), "--index", index)).isZero();
    out.getBuffer().setLength(0);
    assertThat(run("search", "Pompeo Pyongyang visit", "--json", "--index", index)).isZero();
    assertThat(out.toString().lines().filter(line -> line.contains("\"document\":\"004_3486936efa2c6574\"")
        && line.contains("visit to Pyongyang"))).hasSize(1);
    assertThat(out.toString().lines().findFirst().orElseThrow())
        .contains("\"sentence\":").contains("\"start\":").contains("\"end\":").contains("\"score\":");
  }

  @Test
  void everyCommandHasHelpWithAnExample() {
    for (String command : new String[] {"report", "index", "search"}) {
      out.getBuffer().setLength(0);
      assertThat(run(command, "--help")).isZero();
      assertThat(out.toString()).contains("Example");
    }
  }

  @Test
  void missingCorpusIsOneLineAndExitCodeOne() {
    assertThat(run("index", "--corpus", work.resolve("nope").toString(), "--index", work.resolve("i").toString()))
        .isEqualTo(1);
    assertThat(err.toString().strip()).doesNotContain("\n").contains("does not exist");
  }

  @Test
  void wrongUsageIsExitCodeTwo() {
    assertThat(run("search")).isEqualTo(2);
    assertThat(run("index", "--no-such-option")).isEqualTo(2);
  }

  @Test
  void skippedFileIsReportedAndMakesExitCodeOne() throws Exception {
    Files.write(corpus.resolve("broken.txt"), new byte[] {0, 1, 2, 3});
    assertThat(run("index", "--corpus", corpus.toString(), "--index", work.resolve("i").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("broken.txt: binary file");
    assertThat(out.toString()).contains("3 new");
  }
}
