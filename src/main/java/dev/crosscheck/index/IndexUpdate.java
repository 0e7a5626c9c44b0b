package dev.crosscheck.index;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.corpus.SkippedFile;

/**
 * What one incremental run did, by document id.
 *
 * @param read files whose bytes were read: new files, and files whose size or modification time changed
 *     (a file touched but not changed is read, hashed, and then left alone)
 * @param added new documents indexed
 * @param updated documents whose content changed and were re-indexed
 * @param unchanged documents left as they were
 * @param removed documents whose file is gone (or is now unusable), deleted from the index
 */
public record IndexUpdate(ImmutableList<String> read, ImmutableList<String> added, ImmutableList<String> updated,
    ImmutableList<String> unchanged, ImmutableList<String> removed, ImmutableList<SkippedFile> skipped,
    int sentencesWritten) {}
