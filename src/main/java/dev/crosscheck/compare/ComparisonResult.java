package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;

/** The compare stage's output: event clusters and the findings judged over them, both in id order. */
public record ComparisonResult(ImmutableList<EventCluster> clusters, ImmutableList<Finding> findings) {}
