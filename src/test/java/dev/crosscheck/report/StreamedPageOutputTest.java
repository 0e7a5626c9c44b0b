package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.TemplateOutput;
import gg.jte.output.Utf8ByteOutput;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The page streamed is byte for byte what jte's own buffered UTF-8 output makes of the same writes. */
class StreamedPageOutputTest {

  @Test
  void writesTheBytesOfJtesOwnUtf8Output() {
    String wide = "x".repeat(40_000) + "\u00e9";
    Consumer<TemplateOutput> writes = output -> {
      output.writeContent("<p>Caf\u00e9 \u25b2 \uD83D\uDE00</p>");
      // a range ending inside a surrogate pair, and a lone low surrogate
      output.writeContent("ab\uD83D\uDE00cd", 1, 3);
      output.writeContent("\uDE00 and \uD83D");
      output.writeContent("plain ascii", 6, 11);
      output.writeBinaryContent("binary \u00e9".getBytes(StandardCharsets.UTF_8));
      output.writeContent(wide);
      output.writeContent(wide, 39_990, wide.length());
      for (int i = 0; i < 5_000; i++) {
        output.writeContent("<td class=\"n\">" + i + "</td>");
      }
    };
    Utf8ByteOutput expected = new Utf8ByteOutput();
    writes.accept(expected);
    ByteArrayOutputStream streamed = new ByteArrayOutputStream();
    StreamedPageOutput output = new StreamedPageOutput(streamed);
    writes.accept(output);
    output.flush();

    assertThat(streamed.toByteArray()).isEqualTo(expected.toByteArray());
  }
}
