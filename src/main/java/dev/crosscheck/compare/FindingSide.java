package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;

/** One value stated about a topic and the claims and documents that state it. */
public record FindingSide(String value, ImmutableList<String> claimIds, ImmutableList<String> documentIds) {}
