package dev.crosscheck.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecodedTextTest {

  private static final String SENTENCE = "Kim said Trump\u2019s letter was \u201cexcellent\u201d and met him in Panmunjom.";
  /** "The summit was held in Tokyo on Tuesday; the prime minister called it 'a very good meeting'." */
  private static final String JAPANESE = "火曜日に東京で首脳会談が開かれ、首相は「非常に良い会談だった」と述べた。";

  @TempDir Path folder;

  private final List<String> warnings = new ArrayList<>();

  private Document read(String name, byte[] bytes) throws Exception {
    return new DocumentReader().read(Files.write(folder.resolve(name), bytes), warnings::add);
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  @Test
  void utf16LittleEndianWithByteOrderMarkIsRead() throws Exception {
    Document document = read("le.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        SENTENCE.getBytes(StandardCharsets.UTF_16LE)));
    assertThat(document.text()).isEqualTo(SENTENCE);
    assertThat(warnings).containsExactly(folder.resolve("le.txt") + ": decoded as UTF-16LE (byte-order mark)");
  }

  @Test
  void utf16BigEndianAndUtf32ByteOrderMarksAreRead() throws Exception {
    assertThat(read("be.txt", SENTENCE.getBytes(StandardCharsets.UTF_16)).text()).isEqualTo(SENTENCE);
    assertThat(read("le32.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
        SENTENCE.getBytes(Charset.forName("UTF-32LE")))).text()).isEqualTo(SENTENCE);
    assertThat(read("be32.txt", concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF},
        SENTENCE.getBytes(Charset.forName("UTF-32BE")))).text()).isEqualTo(SENTENCE);
    assertThat(warnings).hasSize(3).allSatisfy(warning -> assertThat(warning).contains("(byte-order mark)"));
  }

  @Test
  void htmlPageIsReadInTheCharsetItsMetaTagDeclares() throws Exception {
    String page = "<html><head><meta charset=\"shift_jis\"><title>首脳会談</title></head><body><p>" + JAPANESE
        + "</p></body></html>";
    Document document = read("tokyo.html", page.getBytes(Charset.forName("Shift_JIS")));
    assertThat(document.text()).isEqualTo(JAPANESE);
    assertThat(warnings).containsExactly(
        folder.resolve("tokyo.html") + ": not valid UTF-8; decoded as Shift_JIS, as the page declares");
  }

  @Test
  void htmlPageIsReadInTheCharsetItsHttpEquivDeclares() throws Exception {
    String text = "Президент заявил в понедельник, что переговоры в Сеуле прошли успешно.";
    String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
        + "</head><body><p>" + text + "</p></body></html>";
    assertThat(read("seoul.htm", page.getBytes(Charset.forName("windows-1251"))).text()).isEqualTo(text);
  }

  @Test
  void validUtf8WinsOverADeclarationThatSaysLatin1() throws Exception {
    String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + SENTENCE + "</p></body></html>";
    assertThat(read("mislabelled.html", page.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(SENTENCE);
    assertThat(warnings).isEmpty();
  }

  @Test
  void undeclaredEncodingIsDetected() throws Exception {
    String text = "Президент заявил в понедельник, что переговоры прошли успешно. ".repeat(3).strip();
    assertThat(read("moscow.txt", text.getBytes(Charset.forName("windows-1251"))).text()).isEqualTo(text);
    assertThat(warnings).containsExactly(folder.resolve("moscow.txt") + ": not valid UTF-8; decoded as windows-1251 (detected)");
  }

  @Test
  void utf8CutShortKeepsItsTextAndReplacesTheBrokenEnd() throws Exception {
    byte[] whole = "Le café de la gare a rouvert lundi, a dit le maire. Été".getBytes(StandardCharsets.UTF_8);
    Document document = read("cut.txt", Arrays.copyOf(whole, whole.length - 1));
    assertThat(document.text()).startsWith("Le café de la gare a rouvert lundi").endsWith("\uFFFD");
    assertThat(warnings).singleElement().asString().contains("decoded as UTF-8");
  }
}
