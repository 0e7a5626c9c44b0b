package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;

/**
 * Claims from one or more documents that speak of the same event or fact.
 *
 * @param id stable id, {@code e<n>}
 * @param kind the event class (letter, meeting, trip, role, ...)
 * @param label a human label, e.g. "Kim Jong Un → Donald Trump letter, dated 2018-07-06"
 */
public record EventCluster(String id, String kind, String label, ImmutableList<String> claimIds,
    ImmutableList<String> documentIds) {}
