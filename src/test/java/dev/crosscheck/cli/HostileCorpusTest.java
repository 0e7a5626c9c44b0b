package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile files of real corpora, one of each, beside good documents: the report job gets through them all. */
class HostileCorpusTest {

  @TempDir Path work;

  @Test
  void aCorpusOfHostileFilesEndsWithAReportOfEveryReadableDocument() throws Exception {
    Path corpus = Files.createDirectories(work.resolve("corpus"));
    Files.writeString(corpus.resolve("good-letter.txt"), ReportFuzzTest.GOOD_LETTER);
    Files.writeString(corpus.resolve("good-summit.txt"), ReportFuzzTest.GOOD_SUMMIT);

    Random random = new Random(16);
    byte[] noise = new byte[4_000];
    random.nextBytes(noise);
    Files.write(corpus.resolve("random-bytes.txt"), noise);
    byte[] french = "Le sommet s'est tenu à Hanoï en février, a déclaré le ministère.".getBytes(StandardCharsets.UTF_8);
    Files.write(corpus.resolve("cut-utf8.txt"), Arrays.copyOf(french, french.length - 1));
    Files.writeString(corpus.resolve("huge-line.txt"),
        "police said the fire spread along the river bank and reached the old mill before dawn ".repeat(3_000));
    Files.writeString(corpus.resolve("deep-nesting.html"), "<html><body>" + "<div><ul><li>".repeat(3_000)
        + "<p>The mayor said 20 people were hurt in the fire.</p>" + "</li></ul></div>".repeat(3_000) + "</body></html>");
    Files.writeString(corpus.resolve("numbers.txt"), IntStream.range(0, 20_000)
        .mapToObj(n -> String.valueOf(n * 7919 % 100_003)).collect(Collectors.joining(" ")));
    Files.write(corpus.resolve("nul-bytes.txt"), "The talks\u0000 resumed on Monday.".getBytes(StandardCharsets.UTF_8));
    Files.writeString(corpus.resolve("mixed-newlines.txt"),
        "The talks resumed on Monday.\r\nOfficials said little.\rThe envoy left for Seoul.\n\r\nHe said 3 people died.\r");
    Files.writeString(corpus.resolve("empty-front-matter.md"), "---\n---\n");
    Files.writeString(corpus.resolve("with space & ünïcödé.txt"), "The envoy arrived in Seoul on Tuesday.");
    Files.write(corpus.resolve("utf16.txt"), "The envoy arrived in Hanoi on Wednesday.".getBytes(StandardCharsets.UTF_16));
    Files.write(corpus.resolve("tokyo.html"), ("<html><head><meta charset=\"shift_jis\"><title>東京で首脳会談</title>"
        + "</head><body><p>火曜日に東京で首脳会談が開かれた。</p></body></html>").getBytes(Charset.forName("Shift_JIS")));
    Files.createSymbolicLink(corpus.resolve("link-to-letter.txt"), corpus.resolve("good-letter.txt"));
    Files.createSymbolicLink(corpus.resolve("dangling.txt"), corpus.resolve("gone.txt"));
    Files.createSymbolicLink(corpus.resolve("loop.txt"), corpus.resolve("loop.txt"));

    ReportFuzzTest.assertReportsGoodDocumentsAndNamesTheRest(work, corpus, Set.of("good-letter", "good-summit",
        "cut-utf8", "huge-line", "deep-nesting", "numbers", "mixed-newlines", "with space & ünïcödé", "utf16",
        "tokyo", "link-to-letter"));

    JsonNode documents = new ObjectMapper().readTree(work.resolve("out/report.json").toFile()).get("documents");
    assertThat(documents.findValuesAsText("title")).contains("東京で首脳会談");
    assertThat(documents.findValuesAsText("id")).doesNotContain("random-bytes", "nul-bytes", "empty-front-matter",
        "dangling", "loop");
  }
}
