package dev.crosscheck.corpus;

import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Removes lines that are page furniture rather than article text: navigation and share lines from a
 * lexicon, and a headline repeated right below itself (saved pages often carry the page title and the
 * article heading). Only whole lines go, so no sentence of the article is lost; a text with nothing to
 * remove is returned unchanged, offsets and all.
 */
final class PageFurniture {

  private static final ImmutableSet<String> FURNITURE_LINES = ResourceLines.read("/dev/crosscheck/corpus/page-furniture.txt")
      .stream()
      .map(line -> line.toLowerCase(Locale.ROOT))
      .collect(ImmutableSet.toImmutableSet());

  /** Headlines repeat near the top; further down a repeated short line is more likely a refrain. */
  private static final int HEADLINE_ZONE_LINES = 12;
  private static final int MAX_HEADLINE_LENGTH = 200;

  private PageFurniture() {}

  static String strip(String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder kept = new StringBuilder(text.length());
    Set<String> headlinesSeen = new HashSet<>();
    boolean removed = false;
    int nonEmptyLines = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String trimmed = line.strip();
      boolean furniture = FURNITURE_LINES.contains(trimmed.toLowerCase(Locale.ROOT));
      if (!trimmed.isEmpty() && !furniture && nonEmptyLines++ < HEADLINE_ZONE_LINES && looksLikeHeadline(trimmed)) {
        furniture = !headlinesSeen.add(trimmed);
      }
      if (furniture) {
        removed = true;
        continue;
      }
      boolean blankAfterBlankOrStart = trimmed.isEmpty() && removed
          && (kept.length() == 0 || endsWithBlankLine(kept));
      if (blankAfterBlankOrStart) {
        // the line removed before this one leaves its blank separator behind: drop it with the line
        continue;
      }
      kept.append(line);
      if (i < lines.length - 1) {
        kept.append('\n');
      }
    }
    if (!removed) {
      return text;
    }
    return kept.toString().strip();
  }

  /** Short, with no sentence-final punctuation. */
  static boolean looksLikeHeadline(String line) {
    if (line.length() > MAX_HEADLINE_LENGTH) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    return ".!?\"”'’:".indexOf(last) < 0;
  }

  private static boolean endsWithBlankLine(StringBuilder text) {
    int length = text.length();
    return length >= 2 && text.charAt(length - 1) == '\n' && text.charAt(length - 2) == '\n';
  }
}
