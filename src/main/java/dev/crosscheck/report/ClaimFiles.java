package dev.crosscheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimJson;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes {@code claims/<document id>.jsonl}: one file per document, one claim per line in document order,
 * so a reviewer can read and diff what was extracted. A file whose document left the corpus is removed,
 * so the folder always matches the corpus it was made from.
 */
public final class ClaimFiles {

  public static final String EXTENSION = ".jsonl";

  private ClaimFiles() {}

  public static void write(CorpusAnalysis analysis, Path folder) throws IOException {
    Files.createDirectories(folder);
    Map<String, List<Claim>> byDocument = analysis.claims().stream()
        .collect(Collectors.groupingBy(Claim::documentId));
    Set<String> written = analysis.documents().stream().map(document -> document.document().id() + EXTENSION)
        .collect(Collectors.toSet());
    // files are independent: written in parallel
    try {
      analysis.documents().parallelStream().forEach(document -> {
        String id = document.document().id();
        Path file = folder.resolve(id + EXTENSION);
        byte[] bytes = toBytes(byDocument.getOrDefault(id, List.of()));
        try {
          if (!holds(file, bytes)) {
            AtomicFiles.write(file, bytes);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path stale : files.filter(file -> file.getFileName().toString().endsWith(EXTENSION))
          .filter(file -> !written.contains(file.getFileName().toString()))
          .toList()) {
        Files.delete(stale);
      }
    }
  }

  /**
   * True when the file already holds exactly these bytes: a rerun that changed one document rewrites one
   * file, and tools watching the folder see only what changed.
   */
  private static boolean holds(Path file, byte[] bytes) throws IOException {
    return Files.isRegularFile(file) && Files.size(file) == bytes.length
        && Arrays.equals(Files.readAllBytes(file), bytes);
  }

  /** The JSON Lines of one document's claims, in the order given (the claim stage's: by position). */
  public static byte[] toBytes(List<Claim> claims) {
    // Characters first, encoded once at the end: a character generator writes a character outside the
    // basic plane (an emoji in a tweet) as itself, where a UTF-8 generator would write it as two escaped halves.
    StringWriter lines = new StringWriter();
    try (JsonGenerator json = ClaimJson.MAPPER.getFactory().createGenerator(lines)) {
      // one claim a line, and nothing between a line's end and the next claim
      json.setRootValueSeparator(null);
      for (Claim claim : claims) {
        ClaimJsonStream.writeInClaimOrder(json, claim);
        json.writeRaw('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return lines.toString().getBytes(StandardCharsets.UTF_8);
  }
}
