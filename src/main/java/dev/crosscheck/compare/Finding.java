package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;

/**
 * A judgement over claims that speak of the same thing.
 *
 * @param id stable id, {@code f<n>}
 * @param eventId the {@link EventCluster} it belongs to
 * @param topic what is compared, e.g. "Singapore summit: date"
 * @param claimIds every claim it rests on
 * @param sides the values compared (one side for an agreement or a single source, two or more for a
 *     conflict)
 * @param explanation one reading's worth: names the values compared and the documents
 * @param independentSources documents counted once per original story (wire copies count once)
 */
public record Finding(
    String id,
    Verdict verdict,
    String eventId,
    String topic,
    ImmutableList<String> claimIds,
    ImmutableList<FindingSide> sides,
    String explanation,
    int independentSources) {}
