package dev.crosscheck.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of the files a corpus meets in the wild, for property tests: news words and punctuation mixed
 * with stray bytes, byte-order marks, NUL bytes, broken UTF-8, HTML tags, front-matter fences, every kind of
 * newline, numbers, and runs of any of these repeated into long unpunctuated lines. Kept modest in size, so
 * a property runs hundreds of cases in seconds.
 */
public final class HostileInput {

  private static final List<String> WORDS = List.of("the", "police", "said", "Kim", "Jong", "Un", "Mr.", "U.S.",
      "Seoul", "June", "12,", "2019", "on", "Monday", "people", "were", "killed", "met", "in", "Singapore",
      "President", "Trump", "told", "reporters", "that", "last", "week", "two", "years", "ago", "Sept.", "Dr.");
  private static final List<String> MARKS = List.of(".", ",", ";", ":", "!", "?", "\"", "“", "”", "‘", "’", "'",
      "(", ")", "--", "—", "...", "…");
  private static final List<String> SPACES = List.of(" ", " ", " ", "  ", "\u00A0 ", "\t", "\n", "\r\n", "\r",
      "\n\n", "\f", "\u2028");
  private static final List<String> MARKUP = List.of("<p>", "</p>", "<div>", "</div>", "<li>", "<ul>",
      "<script>", "</script>", "<meta charset=\"shift_jis\">", "<meta charset=\"nonsense\">", "<!--", "-->",
      "&amp;", "&#0;", "<", ">", "<article>", "<title>", "</title>", "<br>");
  private static final List<String> FRONT_MATTER = List.of("---\n", "published: 2019-06-23\n",
      "published: last Tuesday\n", "source: UPI\n", " date 2019-06-23 ", "title:\n");
  private static final List<String> NON_ASCII = List.of("é", "Ü", "東京", "😀", "\uFEFF", "\u200B", "ß", "Ø");
  private static final List<byte[]> RAW = List.of(new byte[] {0}, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
      new byte[] {(byte) 0xFF, (byte) 0xFE}, new byte[] {(byte) 0xFE, (byte) 0xFF}, new byte[] {(byte) 0xC3},
      new byte[] {(byte) 0xE6, (byte) 0x9D}, new byte[] {(byte) 0x93}, new byte[] {(byte) 0x80});

  private HostileInput() {}

  /** The bytes of one hostile file. */
  public static Arbitrary<byte[]> bytes() {
    return chunk().list().ofMaxSize(60).map(HostileInput::concat);
  }

  /** Hostile text, as a document's text would be after decoding. */
  public static Arbitrary<String> text() {
    return bytes().map(bytes -> new String(bytes, StandardCharsets.UTF_8));
  }

  private static Arbitrary<byte[]> chunk() {
    Arbitrary<byte[]> single = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(10, utf8(WORDS)),
        net.jqwik.api.Tuple.of(5, utf8(MARKS)),
        net.jqwik.api.Tuple.of(8, utf8(SPACES)),
        net.jqwik.api.Tuple.of(2, utf8(MARKUP)),
        net.jqwik.api.Tuple.of(1, utf8(FRONT_MATTER)),
        net.jqwik.api.Tuple.of(2, utf8(NON_ASCII)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().map(n -> String.valueOf(n).getBytes(StandardCharsets.UTF_8))),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(RAW)),
        net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(64)));
    // now and then a piece repeated into a long run: an unpunctuated page, a table of numbers, deep nesting
    Arbitrary<Integer> times = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(20, Arbitraries.just(1)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(100, 3_000)));
    return Combinators.combine(single.list().ofMinSize(1).ofMaxSize(8), times)
        .as((pieces, count) -> concat(pieces.stream().map(piece -> repeat(piece, count)).toList()));
  }

  private static Arbitrary<byte[]> utf8(List<String> choices) {
    return Arbitraries.of(choices).map(choice -> choice.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] repeat(byte[] piece, int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(piece.length * count);
    for (int i = 0; i < count; i++) {
      out.writeBytes(piece);
    }
    return out.toByteArray();
  }

  private static byte[] concat(List<byte[]> pieces) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pieces.forEach(out::writeBytes);
    return out.toByteArray();
  }
}
