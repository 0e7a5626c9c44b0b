package dev.crosscheck.entity;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A name in a document: a span of its text and the entity it refers to.
 *
 * @param start offset into the document text
 * @param end offset just past the name
 * @param text the name as written ("Kim Jong-un", "President Trump" gives "Trump")
 * @param canonical the entity's canonical name ("Kim Jong Un"); for a name not resolved yet, the name as
 *     written
 * @param tentative a single capitalised word with no title before it: a person only if the corpus also
 *     names someone with it in full ("Trump" after "Donald Trump")
 */
public record Mention(
    String documentId, int start, int end, String text, EntityKind kind, String canonical, boolean tentative) {

  public Mention {
    checkArgument(start < end, "empty mention at %s in %s", start, documentId);
  }

  public Mention resolved(String canonicalName) {
    return new Mention(documentId, start, end, text, kind, canonicalName, false);
  }
}
