package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;

/**
 * One aspect of a cluster compared across sources, e.g. the date a letter was written.
 *
 * @param name what is compared, shown after the cluster label in the topic ("date written")
 * @param reportSingleSource whether a value only one source states is worth a single-source finding
 */
record Facet(String name, FacetKind kind, ImmutableList<Statement> statements, boolean reportSingleSource) {}
