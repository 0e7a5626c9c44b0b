package dev.crosscheck.compare;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads the compare stage's data files: one entry a line, tab-separated columns, '#' starts a comment. */
final class LexiconFiles {

  private LexiconFiles() {}

  /** The non-empty, non-comment lines of a resource beside this class, each split on tabs. */
  static ImmutableList<ImmutableList<String>> rows(String resourceName, int minColumns) {
    ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();
    for (String line : lines(resourceName)) {
      ImmutableList<String> columns =
          Arrays.stream(line.split("\t", -1)).map(String::strip).collect(ImmutableList.toImmutableList());
      checkArgument(columns.size() >= minColumns, "%s: expected %s tab-separated columns in line '%s'",
          resourceName, minColumns, line);
      rows.add(columns);
    }
    return rows.build();
  }

  static ImmutableList<String> lines(String resourceName) {
    try (InputStream in = LexiconFiles.class.getResourceAsStream(resourceName)) {
      checkArgument(in != null, "missing data file %s next to %s", resourceName, LexiconFiles.class.getName());
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines()
          .filter(line -> !line.isBlank() && !line.stripLeading().startsWith("#"))
          .collect(ImmutableList.toImmutableList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read data file " + resourceName, e);
    }
  }
}
