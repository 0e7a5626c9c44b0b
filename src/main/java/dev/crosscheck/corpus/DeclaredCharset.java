package dev.crosscheck.corpus;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset an HTML page declares in its head, {@code <meta charset="shift_jis">} or
 * {@code <meta http-equiv="Content-Type" content="text/html; charset=shift_jis">}. Like a browser's prescan,
 * it reads only the page's first bytes, as ASCII, since the declaration must come before any text.
 */
final class DeclaredCharset {

  /** Browsers look at the first 1,024 bytes; pages saved by hand sometimes put a long comment first. */
  private static final int PRESCAN_BYTES = 4_096;
  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta\\b[^>]*?\\bcharset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

  private DeclaredCharset() {}

  static Optional<Charset> of(byte[] html) {
    String head = new String(html, 0, Math.min(html.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
    Matcher meta = META_CHARSET.matcher(head);
    if (!meta.find()) {
      return Optional.empty();
    }
    return charset(meta.group(1));
  }

  /**
   * The charset a label names, as the HTML standard reads labels: "iso-8859-1" and "us-ascii" mean
   * windows-1252, and a UTF-16 label in a page that got this far (no byte-order mark, readable as ASCII)
   * cannot be true.
   */
  private static Optional<Charset> charset(String label) {
    String name = label.toLowerCase(Locale.ROOT);
    if (name.startsWith("utf-16") || name.startsWith("utf-32")) {
      return Optional.empty();
    }
    try {
      Charset charset = Charset.forName(name);
      if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
        return Optional.of(Charset.forName("windows-1252"));
      }
      return Optional.of(charset);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
      return Optional.empty();
    }
  }
}
