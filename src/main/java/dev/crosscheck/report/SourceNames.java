package dev.crosscheck.report;

import dev.crosscheck.corpus.Document;

/** How the reports name a document's publisher, the same way in the summary, the HTML and the timelines. */
final class SourceNames {

  private SourceNames() {}

  /**
   * The publisher, or "unknown source (id)": two unattributed documents must not look like one source in a
   * filter list, a timeline or a count of sources.
   */
  static String of(Document document) {
    return document.source().value().filter(name -> !name.isBlank())
        .orElse("unknown source (" + document.id() + ")");
  }
}
