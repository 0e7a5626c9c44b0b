package dev.crosscheck.entity;

import java.util.Optional;

/**
 * One question a document's extraction asked of the corpus's names, and the answer it got.
 *
 * @param titled for a written name, whether a title stood before it; false for a description
 * @param asked the written name ("Trump") or, for a description, its title ("press secretary")
 */
public record NameAnswer(boolean description, String asked, boolean titled, Optional<String> answer) {

  /** Whether {@code lookup} answers this document's question the same way today. */
  public boolean givenAgainBy(NameLookup lookup, String documentId) {
    Optional<String> now = description ? lookup.personWithTitle(documentId, asked)
        : lookup.person(documentId, asked, titled);
    return now.equals(answer);
  }
}
