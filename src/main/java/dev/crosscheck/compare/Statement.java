package dev.crosscheck.compare;

import dev.crosscheck.claim.Claim;

/** One value a claim states about a facet of a cluster. */
record Statement(Claim claim, Value value) {}
