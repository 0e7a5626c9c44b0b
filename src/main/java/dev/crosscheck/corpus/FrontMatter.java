package dev.crosscheck.corpus;

import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A metadata block at the very top of a text file:
 *
 * <pre>
 * ---
 * source: UPI
 * url: https://...
 * published: 2018-07-12
 * ---
 * </pre>
 *
 * @param fields keys lower-cased, values trimmed and unquoted
 * @param bodyStart offset in the file text where the article begins (just past the closing line)
 */
record FrontMatter(ImmutableMap<String, String> fields, int bodyStart) {

  private static final String FENCE = "---";
  private static final int MAX_LINES = 60;

  /** The block at the top of {@code text}, or empty when the file does not start with a fence. */
  static Optional<FrontMatter> parse(Path path, String text) throws BadDocumentException {
    if (!text.startsWith(FENCE + "\n") && !text.startsWith(FENCE + "\r\n")) {
      return Optional.empty();
    }
    Map<String, String> fields = new LinkedHashMap<>();
    int lineStart = text.indexOf('\n') + 1;
    for (int lineNumber = 2; lineNumber <= MAX_LINES && lineStart < text.length(); lineNumber++) {
      int lineEnd = text.indexOf('\n', lineStart);
      int next = lineEnd < 0 ? text.length() : lineEnd + 1;
      String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
      if (line.equals(FENCE)) {
        return Optional.of(new FrontMatter(ImmutableMap.copyOf(fields), next));
      }
      if (!line.isEmpty() && !line.startsWith("#")) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
          throw new BadDocumentException(path,
              "malformed front matter: line " + lineNumber + " is not 'key: value': " + line);
        }
        fields.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
            unquote(line.substring(colon + 1).strip()));
      }
      lineStart = next;
    }
    throw new BadDocumentException(path, "malformed front matter: no closing '---' line");
  }

  Optional<String> field(String key) {
    return Optional.ofNullable(fields.get(key)).filter(value -> !value.isEmpty());
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && ((value.startsWith("\"") && value.endsWith("\"")) || (value.startsWith("'") && value.endsWith("'")))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
