package dev.crosscheck.claim;

/**
 * Who does or says something in a sentence, resolved: a named entity's canonical name, a person a pronoun or
 * description refers to, or an unnamed speaker as written ("one official", "state media").
 *
 * @param start offset of the words that name the actor in the document text
 * @param end offset just past them
 * @param person whether the actor is known to be a person
 */
record Actor(String name, int start, int end, boolean person) {}
