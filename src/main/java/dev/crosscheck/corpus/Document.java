package dev.crosscheck.corpus;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One article of the corpus after ingestion. {@code text} is the cleaned article text (page furniture and
 * front matter removed); every character offset downstream refers to it.
 *
 * @param id the file name without its extension
 * @param path the file it was read from, relative to the working directory when possible
 * @param contentHash SHA-256 of the file's bytes, used to skip unchanged files when re-indexing
 */
public record Document(
    String id,
    Path path,
    String contentHash,
    String text,
    MetadataValue<String> title,
    MetadataValue<String> source,
    MetadataValue<String> url,
    MetadataValue<LocalDate> published) {

  /** The same document with its publication date replaced, e.g. once the time stage has inferred it. */
  public Document withPublished(MetadataValue<LocalDate> newPublished) {
    return new Document(id, path, contentHash, text, title, source, url, newPublished);
  }

  /**
   * The same document with an empty text: its metadata kept while a large corpus streams through, the text
   * read again from {@code path} when needed ({@code contentHash} tells whether the file is still the same).
   */
  public Document withoutText() {
    return new Document(id, path, contentHash, "", title, source, url, published);
  }

  /** The same document with its text back, e.g. re-read from its file. */
  public Document withText(String newText) {
    return new Document(id, path, contentHash, newText, title, source, url, published);
  }
}
