package dev.crosscheck.corpus;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A file's bytes decoded to text, and a warning whenever the decoding was not plain UTF-8. The clues, in
 * the order they are trusted: a byte-order mark; bytes that are valid UTF-8 (text in any other encoding is
 * almost never valid UTF-8 by chance, while a page that declares latin-1 and holds UTF-8 is a common
 * mislabel); the charset an HTML page declares; bytes that are UTF-8 but for a few damaged ones; ICU's
 * statistical detector, when it is confident; and last windows-1252, the encoding of news pages saved from old
 * CMSs.
 */
record DecodedText(String text, Optional<String> warning) {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** ICU's confidence (0-100) from which a detected charset is believed; below it guesses are mostly wrong. */
  private static final int MIN_CONFIDENCE = 50;

  static DecodedText decode(Path path, byte[] bytes) throws BadDocumentException {
    if (bytes.length == 0) {
      throw new BadDocumentException(path, "empty file");
    }
    Optional<ByteOrderMark> bom = ByteOrderMark.of(bytes);
    if (bom.isPresent()) {
      return byteOrderMarked(path, bytes, bom.get());
    }
    if (looksBinary(bytes)) {
      throw new BadDocumentException(path, "binary file, not text (found NUL or control bytes)");
    }
    Optional<String> utf8 = strictUtf8(bytes);
    if (utf8.isPresent()) {
      return new DecodedText(utf8.get(), Optional.empty());
    }
    Optional<Charset> declared = CorpusFiles.isHtml(path) ? DeclaredCharset.of(bytes) : Optional.empty();
    if (declared.isPresent()) {
      return new DecodedText(new String(bytes, declared.get()),
          Optional.of(path + ": not valid UTF-8; decoded as " + declared.get().name() + ", as the page declares"));
    }
    Optional<String> damaged = damagedUtf8(bytes);
    if (damaged.isPresent()) {
      return new DecodedText(damaged.get(), Optional.of(path
          + ": not valid UTF-8 throughout (damaged or cut short); decoded as UTF-8, bad bytes replaced by \uFFFD"));
    }
    Optional<Charset> detected = detect(bytes);
    if (detected.isPresent() && !detected.get().equals(WINDOWS_1252) && !detected.get().equals(StandardCharsets.UTF_8)) {
      return new DecodedText(new String(bytes, detected.get()),
          Optional.of(path + ": not valid UTF-8; decoded as " + detected.get().name() + " (detected)"));
    }
    return new DecodedText(new String(bytes, WINDOWS_1252), Optional.of(path + ": not valid UTF-8; decoded as windows-1252"));
  }

  private static DecodedText byteOrderMarked(Path path, byte[] bytes, ByteOrderMark bom) {
    String text = new String(bytes, bom.length(), bytes.length - bom.length(), bom.charset());
    Optional<String> warning = bom == ByteOrderMark.UTF_8 ? Optional.empty()
        : Optional.of(path + ": decoded as " + bom.charset().name() + " (byte-order mark)");
    return new DecodedText(text, warning);
  }

  private static Optional<String> strictUtf8(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException notUtf8) {
      return Optional.empty();
    }
  }

  /**
   * The text of UTF-8 with a few bad bytes (a file cut inside a character, a stray byte pasted in): its
   * valid multi-byte characters far outnumber the bad bytes, or the only bad one ends the file. Text in a
   * single-byte encoding has next to no valid multi-byte sequences, so it is not taken for this.
   */
  private static Optional<String> damagedUtf8(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int replaced = 0;
    int multiByte = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') {
        replaced++;
      } else if (c >= 0x80) {
        multiByte++;
      }
    }
    boolean cutShort = replaced == 1 && text.endsWith("\uFFFD");
    return multiByte > 0 && (cutShort || replaced * 10 <= multiByte) ? Optional.of(text) : Optional.empty();
  }

  /**
   * The charset ICU finds, when it is confident and Java can decode it. Latin-1 is read as windows-1252,
   * which differs only where latin-1 has invisible control codes and windows-1252 has curly quotes.
   */
  private static Optional<Charset> detect(byte[] bytes) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    CharsetMatch match = detector.detect();
    if (match == null || match.getConfidence() < MIN_CONFIDENCE || !Charset.isSupported(match.getName())) {
      return Optional.empty();
    }
    Charset charset = Charset.forName(match.getName());
    return Optional.of(charset.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : charset);
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
