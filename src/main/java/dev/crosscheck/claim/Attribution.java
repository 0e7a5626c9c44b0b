package dev.crosscheck.claim;

import com.google.common.collect.ImmutableList;

/**
 * Who a claim is ascribed to.
 *
 * @param speaker canonical name of the immediate speaker ("Mike Pompeo", "KCNA", "one official")
 * @param cue the cue verb or phrase as lemma ("confirm", "say", "according to", "decline to confirm")
 * @param polarity NEGATED for refusals and denials
 * @param chain outer reporters, outermost first, for nested reports ("According to one official, CNN
 *     reported, ..." has speaker "one official" and chain ["CNN"])
 */
public record Attribution(String speaker, String cue, Polarity polarity, ImmutableList<String> chain) {}
