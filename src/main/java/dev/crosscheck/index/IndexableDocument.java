package dev.crosscheck.index;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.text.Sentence;

/**
 * What the index stores of one document: its sentences, and the days each sentence speaks of (keyed by
 * sentence number; the time stage fills it, the index only stores ranges).
 */
public record IndexableDocument(Document document, ImmutableList<Sentence> sentences,
    ImmutableListMultimap<Integer, DateRange> datesBySentence) {}
