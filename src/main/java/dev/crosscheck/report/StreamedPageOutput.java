package dev.crosscheck.report;

import gg.jte.TemplateOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A jte output that encodes the page as UTF-8 straight into a stream. jte's {@code Utf8ByteOutput} keeps
 * every piece the template writes as a byte array of its own until the end: for a large corpus that is
 * millions of arrays, holding a 100 MB page twice over while it is written out.
 *
 * <p>The bytes are those {@code Utf8ByteOutput} makes: {@code String.getBytes(UTF_8)} of each piece (the
 * JDK's encoder copies a Latin-1 string's bytes at once, faster than any loop over its characters here).
 */
final class StreamedPageOutput implements TemplateOutput {

  private final OutputStream out;
  private final byte[] buffer = new byte[1 << 14];
  private int buffered;

  StreamedPageOutput(OutputStream out) {
    this.out = out;
  }

  @Override
  public void writeContent(String value) {
    writeBinaryContent(value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void writeContent(String value, int beginIndex, int endIndex) {
    writeBinaryContent(value.substring(beginIndex, endIndex).getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void writeBinaryContent(byte[] value) {
    if (value.length > buffer.length - buffered) {
      flush();
    }
    if (value.length > buffer.length) {
      write(value, value.length);
    } else {
      System.arraycopy(value, 0, buffer, buffered, value.length);
      buffered += value.length;
    }
  }

  /** Hands what is buffered to the stream; call once the template is rendered. */
  void flush() {
    write(buffer, buffered);
    buffered = 0;
  }

  private void write(byte[] bytes, int length) {
    try {
      out.write(bytes, 0, length);
    } catch (IOException e) {
      // jte's outputs cannot throw checked exceptions: the writer unwraps this
      throw new UncheckedIOException(e);
    }
  }
}
