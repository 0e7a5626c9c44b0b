package dev.crosscheck.claim;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.time.TimeExpression;

/**
 * What the claim stage reads of one document: the document, its sentences and its time expressions (from
 * the time stage; may be empty), all with offsets into {@code document.text()}.
 */
public record DocumentContext(Document document, ImmutableList<Sentence> sentences, ImmutableList<TimeExpression> times) {

  public String id() {
    return document.id();
  }

  public String text() {
    return document.text();
  }
}
