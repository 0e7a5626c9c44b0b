package dev.crosscheck.cli;

import dev.crosscheck.corpus.DocumentReader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that read a corpus. */
final class CorpusOptions {

  @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus",
      description = "Folder of documents (.txt, .md, .html, .htm). Default: ${DEFAULT-VALUE}")
  Path corpus;

  @Option(names = "--index", paramLabel = "DIR", defaultValue = ".crosscheck/index",
      description = "Sentence index folder. Default: ${DEFAULT-VALUE}")
  Path index;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + DocumentReader.DEFAULT_MAX_BYTES,
      description = "Skip files larger than N bytes. Default: ${DEFAULT-VALUE}")
  long maxBytes;

  DocumentReader reader() {
    return new DocumentReader(maxBytes);
  }
}
