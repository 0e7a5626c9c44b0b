package dev.crosscheck.compare;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Documents named in an explanation: "01 and 02", or for a story a thousand copies repeat, the first few and
 * a count ("01, 02, 03 and 997 more"), so an explanation stays a sentence; the finding's claims list every
 * document.
 */
final class DocumentList {

  /** Past this many, the rest are counted rather than named. */
  private static final int NAMED = 4;

  private DocumentList() {}

  static String of(Collection<String> documentIds) {
    if (documentIds.size() <= NAMED) {
      return String.join(" and ", documentIds);
    }
    String named = documentIds.stream().limit(NAMED - 1).collect(Collectors.joining(", "));
    return named + " and " + (documentIds.size() - (NAMED - 1)) + " more";
  }
}
