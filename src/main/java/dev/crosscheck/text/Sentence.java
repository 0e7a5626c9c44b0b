package dev.crosscheck.text;

/**
 * One sentence of a document: a span of the document's cleaned text. The text itself is not copied here
 * (a corpus of 100,000 documents would hold every sentence twice); slice it from the document when needed.
 *
 * @param index the sentence number within the document, from 0
 * @param start offset of the first character in the document text
 * @param end offset just past the last character
 */
public record Sentence(String documentId, int index, int start, int end) {

  /** This sentence's text, sliced from its document's text. */
  public String text(String documentText) {
    return documentText.substring(start, end);
  }
}
