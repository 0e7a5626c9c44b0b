package dev.crosscheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

  @TempDir Path folder;

  private final DocumentReader reader = new DocumentReader();

  private Path write(String name, String content) throws IOException {
    return Files.writeString(folder.resolve(name), content);
  }

  @Test
  void frontMatterGivesSourceUrlAndDateAndIsNotArticleText() throws Exception {
    Path file = write("01_wire.txt", "---\nsource: UPI\nurl: https://example.org/story\npublished: 2018-07-12\n---\n"
        + "Trump tweets friendly letter\n\nJuly 12 (UPI) -- U.S. President Donald Trump tweeted a letter.\n");
    Document document = reader.read(file);
    assertThat(document.id()).isEqualTo("01_wire");
    assertThat(document.source().value()).contains("UPI");
    assertThat(document.source().basis()).isEqualTo(Basis.METADATA);
    assertThat(document.url().value()).contains("https://example.org/story");
    assertThat(document.published().value()).contains(LocalDate.of(2018, 7, 12));
    assertThat(document.published().basis()).isEqualTo(Basis.METADATA);
    assertThat(document.text()).startsWith("Trump tweets friendly letter").doesNotContain("published:");
    assertThat(document.title().value()).contains("Trump tweets friendly letter");
  }

  @Test
  void inlineDateHeaderAtTheVeryStartIsMetadata() throws Exception {
    Path file = write("000.txt", " date 2019-06-23 President Donald Trump recently wrote a letter to North Korean"
        + " dictator Kim Jong-un, Secretary of State Mike Pompeo confirmed on Sunday.\n");
    Document document = reader.read(file);
    assertThat(document.published().value()).contains(LocalDate.of(2019, 6, 23));
    assertThat(document.published().basis()).isEqualTo(Basis.METADATA);
    assertThat(document.text()).startsWith("President Donald Trump recently wrote");
  }

  @Test
  void htmlHeadTagsAndArticleParagraphs() throws Exception {
    Path file = write("page.html", "<html><head><title>Trump shares note</title>"
        + "<meta property=\"og:site_name\" content=\"The Hill\">"
        + "<meta property=\"article:published_time\" content=\"2018-07-12T14:05:00Z\">"
        + "<link rel=\"canonical\" href=\"https://example.org/note\"></head><body><nav>Home | World</nav>"
        + "<article><h1>Trump shares note</h1><p>President Trump on Thursday shared a letter.</p>"
        + "<p>Trump tweeted images of the letter, dated July 6.</p></article><footer>Contact us</footer></body></html>");
    Document document = reader.read(file);
    assertThat(document.title().value()).contains("Trump shares note");
    assertThat(document.source().value()).contains("The Hill");
    assertThat(document.url().value()).contains("https://example.org/note");
    assertThat(document.published().value()).contains(LocalDate.of(2018, 7, 12));
    assertThat(document.text()).isEqualTo("Trump shares note\n\nPresident Trump on Thursday shared a letter.\n\n"
        + "Trump tweeted images of the letter, dated July 6.");
  }

  @Test
  void wireCreditNamesTheSourceFromTheText() throws Exception {
    Path file = write("wire.txt", "North Korea watchers downplayed the significance of the letter.\n\n"
        + "\"Progress will be impossible so long as the president praises obstruction.\" (Yonhap)\n");
    Document document = reader.read(file);
    assertThat(document.source().value()).contains("Yonhap");
    assertThat(document.source().basis()).isEqualTo(Basis.TEXT);
    assertThat(document.published().basis()).isEqualTo(Basis.UNKNOWN);
  }

  @Test
  void printedDateLineNearTheTopIsTextEvidence() throws Exception {
    Path file = write("voa.txt", "Trump Says He Sent Letter\n\nBy VOA News\nJune 24, 2019 01:55 PM\n\n"
        + "U.S. President Donald Trump says the letter was friendly.\n");
    Document document = reader.read(file);
    assertThat(document.published().value()).contains(LocalDate.of(2019, 6, 24));
    assertThat(document.published().basis()).isEqualTo(Basis.TEXT);
  }

  @Test
  void pageFurnitureAndRepeatedHeadlineGoButEverySentenceStays() throws Exception {
    String article = "WASHINGTON -- US President Donald Trump on Thursday revealed a letter.\n\n"
        + "State Department spokeswoman Heather Nauert said the talks will take place Sunday.";
    Path file = write("004.txt", "Back To Top\n\nTrump tweets letter from NK leader\n\n"
        + "Trump tweets letter from NK leader\n\n" + article + " (Yonhap)\n\nKorea Herald Youtube");
    Document document = reader.read(file);
    assertThat(document.text()).isEqualTo("Trump tweets letter from NK leader\n\n" + article + " (Yonhap)");
  }

  @Test
  void plainTextWithNothingToCleanKeepsItsOffsets() throws Exception {
    String text = "\n\nThe talks resumed on Monday.\nOfficials said little.\n";
    Document document = reader.read(write("plain.txt", text));
    assertThat(document.text()).isEqualTo(text);
  }

  @Test
  void emptyFileIsRejected() throws Exception {
    Path file = write("empty.txt", "");
    assertThatThrownBy(() -> reader.read(file)).isInstanceOf(BadDocumentException.class)
        .hasMessage(file + ": empty file");
  }

  @Test
  void binaryFileIsRejected() throws Exception {
    Path file = Files.write(folder.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    assertThatThrownBy(() -> reader.read(file)).isInstanceOf(BadDocumentException.class)
        .hasMessageContaining(file.toString()).hasMessageContaining("binary");
  }

  @Test
  void windows1252IsDecodedAndSaidSo() throws Exception {
    Path file = Files.write(folder.resolve("cp.txt"),
        "Kim said Trump\u2019s letter was \u201cexcellent.\u201d".getBytes(Charset.forName("windows-1252")));
    List<String> warnings = new ArrayList<>();
    Document document = reader.read(file, warnings::add);
    assertThat(document.text()).isEqualTo("Kim said Trump\u2019s letter was \u201cexcellent.\u201d");
    assertThat(warnings).containsExactly(file + ": not valid UTF-8; decoded as windows-1252");
  }

  @Test
  void fileOverTheSizeLimitIsRejected() throws Exception {
    Path file = write("big.txt", "A sentence that is long enough. ".repeat(10));
    assertThatThrownBy(() -> new DocumentReader(100).read(file)).isInstanceOf(BadDocumentException.class)
        .hasMessageContaining("larger than the limit of 100");
  }

  @Test
  void malformedFrontMatterIsRejected() throws Exception {
    Path unclosed = write("unclosed.txt", "---\nsource: UPI\npublished: 2018-07-12\nThe story starts.\n");
    assertThatThrownBy(() -> reader.read(unclosed)).hasMessageContaining("malformed front matter: line 4");
    Path noFence = write("nofence.txt", "---\nsource: UPI\n");
    assertThatThrownBy(() -> reader.read(noFence)).hasMessageContaining("no closing '---'");
    Path badDate = write("baddate.txt", "---\npublished: last Tuesday\n---\nThe story.\n");
    assertThatThrownBy(() -> reader.read(badDate)).hasMessageContaining("'last Tuesday' is not YYYY-MM-DD");
  }

  @Test
  void utf8ByteOrderMarkIsNotText() throws Exception {
    Path file = Files.write(folder.resolve("bom.txt"),
        ("\uFEFFThe talks resumed.").getBytes(StandardCharsets.UTF_8));
    assertThat(reader.read(file).text()).isEqualTo("The talks resumed.");
  }

  @Test
  void aBlockInsideABlockIsReadOnceAndDeeplyNestedParagraphsAreAllRead() throws Exception {
    Path nested = write("nested.html", "<html><body><ul><li><p>The envoy left Hanoi.</p></li></ul>"
        + "<p>He arrived in Seoul on Monday.</p></body></html>");
    assertThat(reader.read(nested).text()).isEqualTo("The envoy left Hanoi.\n\nHe arrived in Seoul on Monday.");
    Path deep = write("deep.html", "<html><body>" + "<div><p>The envoy spoke.</p>".repeat(5_000)
        + "</div>".repeat(5_000) + "</body></html>");
    assertThat(reader.read(deep).text().split("\n\n")).hasSize(5_000).containsOnly("The envoy spoke.");
  }
}
