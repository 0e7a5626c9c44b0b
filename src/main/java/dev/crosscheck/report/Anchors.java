package dev.crosscheck.report;

/**
 * The ids that report.html links to. Document ids come from file names and may hold any character, so
 * anything outside a small safe set is spelled out as {@code ~hex~}; ':' only ever separates parts, which
 * keeps a document called "a:s1" from colliding with sentence 1 of document "a".
 */
final class Anchors {

  private Anchors() {}

  static String document(String documentId) {
    return "doc:" + safe(documentId);
  }

  /** {@code number} counts from 1, as the page shows it. */
  static String sentence(String documentId, int number) {
    return document(documentId) + ":s" + number;
  }

  static String finding(String findingId) {
    return "finding:" + safe(findingId);
  }

  static String event(String eventId) {
    return "event:" + safe(eventId);
  }

  static String safe(String raw) {
    // nearly every id is safe as it is ("001_harbour", "f12"): no copy, no code point stream
    if (allSafe(raw)) {
      return raw;
    }
    StringBuilder safe = new StringBuilder(raw.length());
    raw.codePoints().forEach(c -> {
      if (isSafe(c)) {
        safe.appendCodePoint(c);
      } else {
        safe.append('~').append(Integer.toHexString(c)).append('~');
      }
    });
    return safe.toString();
  }

  private static boolean allSafe(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      if (!isSafe(raw.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSafe(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
        || c == '.';
  }
}
