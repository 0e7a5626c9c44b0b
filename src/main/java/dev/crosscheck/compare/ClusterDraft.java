package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;

/** Claims judged to speak of one thing, before ids are given, with the facets to compare across them. */
record ClusterDraft(String kind, String label, ImmutableList<Claim> claims, ImmutableList<Facet> facets) {}
