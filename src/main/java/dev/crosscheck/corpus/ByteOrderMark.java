package dev.crosscheck.corpus;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * The byte-order mark a file opens with, and the encoding it names. A mark outranks every other clue: a
 * UTF-16 file is full of NUL bytes and would otherwise be taken for binary. UTF-32 marks are tested first,
 * since the UTF-32LE mark begins with the UTF-16LE one.
 */
enum ByteOrderMark {
  UTF_32BE("UTF-32BE", 0x00, 0x00, 0xFE, 0xFF),
  UTF_32LE("UTF-32LE", 0xFF, 0xFE, 0x00, 0x00),
  UTF_8("UTF-8", 0xEF, 0xBB, 0xBF),
  UTF_16BE("UTF-16BE", 0xFE, 0xFF),
  UTF_16LE("UTF-16LE", 0xFF, 0xFE);

  private final String charsetName;
  private final int[] mark;

  ByteOrderMark(String charsetName, int... mark) {
    this.charsetName = charsetName;
    this.mark = mark;
  }

  static Optional<ByteOrderMark> of(byte[] bytes) {
    for (ByteOrderMark bom : values()) {
      if (bom.opens(bytes)) {
        return Optional.of(bom);
      }
    }
    return Optional.empty();
  }

  Charset charset() {
    return Charset.forName(charsetName);
  }

  /** How many bytes the mark takes. */
  int length() {
    return mark.length;
  }

  private boolean opens(byte[] bytes) {
    if (bytes.length < mark.length) {
      return false;
    }
    for (int i = 0; i < mark.length; i++) {
      if ((bytes[i] & 0xFF) != mark[i]) {
        return false;
      }
    }
    return true;
  }
}
