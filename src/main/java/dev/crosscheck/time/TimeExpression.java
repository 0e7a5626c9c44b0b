package dev.crosscheck.time;

import java.util.Optional;

/**
 * A temporal expression found in a document, normalised TimeML-style.
 *
 * @param start offset into the document text
 * @param end offset just past the expression
 * @param text exactly the document text between start and end
 * @param value a TIMEX3 value: {@code 2019-06-23}, {@code 2019-06}, {@code 2019-W25}, {@code XXXX-07-06},
 *     {@code P8M}, {@code PAST_REF}, ...
 * @param interval the days it may denote, when they can be bounded (absent for durations and vague
 *     references, and for dates whose year is unknown)
 */
public record TimeExpression(
    String documentId,
    int start,
    int end,
    String text,
    TimexType type,
    String value,
    Optional<TimeInterval> interval) {}
