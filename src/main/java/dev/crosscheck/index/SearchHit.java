package dev.crosscheck.index;

/**
 * One sentence that matches a search.
 *
 * @param highlighted the sentence with matching words wrapped in {@code **}
 */
public record SearchHit(String documentId, int sentence, int start, int end, String text, String highlighted,
    float score) {}
