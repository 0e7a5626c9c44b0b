package dev.crosscheck.entity;

import java.util.Optional;

/**
 * What the extraction of one document asks of the names of the whole corpus: who a written name or a
 * description is. Its answers are all a document's claims take from the other documents, so a cached
 * analysis stays right as long as the same questions get the same answers ({@link RecordedNameLookup}).
 */
public interface NameLookup {

  /** See {@link EntityIndex#person}. */
  Optional<String> person(String documentId, String written, boolean titled);

  /** See {@link EntityIndex#personWithTitle}. */
  Optional<String> personWithTitle(String documentId, String title);
}
