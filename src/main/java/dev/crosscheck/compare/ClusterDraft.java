package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;

/**
 * Claims judged to speak of one thing, before ids are given, with the facets to compare across them.
 *
 * @param event whether this is an event (kept in the output even when one document alone speaks of it);
 *     roles, statements, counts and quotes are kept only when two documents share them
 */
record ClusterDraft(String kind, String label, ImmutableList<Claim> claims, ImmutableList<Facet> facets,
    boolean event) {}
