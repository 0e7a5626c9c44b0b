package dev.crosscheck.report;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.text.Sentence;

/** A document with its sentences, as the reports show it. */
public record AnalysedDocument(Document document, ImmutableList<Sentence> sentences) {}
