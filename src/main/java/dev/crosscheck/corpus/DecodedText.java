package dev.crosscheck.corpus;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file's bytes decoded to text. UTF-8 is expected; news pages saved from old CMSs are often
 * windows-1252, so that is the fallback, and the fallback is reported rather than silent.
 */
record DecodedText(String text, Optional<String> warning) {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static DecodedText decode(Path path, byte[] bytes) throws BadDocumentException {
    if (bytes.length == 0) {
      throw new BadDocumentException(path, "empty file");
    }
    if (looksBinary(bytes)) {
      throw new BadDocumentException(path, "binary file, not text (found NUL or control bytes)");
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return new DecodedText(stripBom(text), Optional.empty());
    } catch (CharacterCodingException notUtf8) {
      String text = new String(bytes, WINDOWS_1252);
      return new DecodedText(text, Optional.of(path + ": not valid UTF-8; decoded as windows-1252"));
    }
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** NUL bytes never occur in text; many other C0 control bytes (not tab, CR, LF, FF) mean binary. */
  private static boolean looksBinary(byte[] bytes) {
    int sample = Math.min(bytes.length, 8192);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
        control++;
      }
    }
    return control > sample / 100 + 1;
  }
}
