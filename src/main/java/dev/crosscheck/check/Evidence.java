package dev.crosscheck.check;

import java.util.Optional;

/**
 * A corpus sentence that speaks for or against a claim.
 *
 * @param sentence the sentence's number in its document, counted from 1 as the report shows it
 * @param start offset of the sentence's claim in the document text
 * @param end offset just past it
 * @param value what the sentence states of the claim's topic, as the finding words it
 * @param published the document's publication day, when known
 */
public record Evidence(String document, int sentence, int start, int end, String text, String value,
    Optional<String> published) {}
