package dev.crosscheck.corpus;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a lexicon data file from the classpath: one entry per line, blank lines and '#' comments skipped.
 * Shared by the stages whose lexicons are plain lists.
 */
public final class ResourceLines {

  private ResourceLines() {}

  public static ImmutableList<String> read(String resource) {
    try (InputStream in = ResourceLines.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing lexicon on the classpath: " + resource);
      }
      ImmutableList.Builder<String> lines = ImmutableList.builder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(trimmed);
        }
      }
      return lines.build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
