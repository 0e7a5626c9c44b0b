package dev.crosscheck.entity;

import java.util.Optional;

/**
 * One question a document's extraction asked of the corpus's names, and the answer it got.
 *
 * @param description whether the question was who a description is ("the press secretary"), not a name
 * @param asked the written name ("Trump") or, for a description, its title ("press secretary")
 * @param titled for a written name, whether a title stood before it; false for a description
 * @param answer the canonical name given, if any
 */
public record NameAnswer(boolean description, String asked, boolean titled, Optional<String> answer) {

  /** Whether {@code lookup} answers this document's question the same way today. */
  public boolean givenAgainBy(NameLookup lookup, String documentId) {
    Optional<String> now = description ? lookup.personWithTitle(documentId, asked)
        : lookup.person(documentId, asked, titled);
    return now.equals(answer);
  }
}
