package dev.crosscheck.entity;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the lexicons kept as data under {@code src/main/resources}: one entry a line, blank lines and lines
 * starting with {@code #} ignored. Loaded once by the classes that use them, never per call.
 */
public final class LexiconFile {

  private LexiconFile() {}

  /** The entries of a resource file, trimmed, in file order. */
  public static ImmutableList<String> lines(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      checkArgument(in != null, "lexicon %s not found beside %s", name, owner.getName());
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      ImmutableList.Builder<String> lines = ImmutableList.builder();
      for (String line : text.split("\n")) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(trimmed);
        }
      }
      return lines.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + name, e);
    }
  }

  /** The entries lower-cased, as a set for membership tests. */
  public static ImmutableSet<String> lowerCaseSet(Class<?> owner, String name) {
    ImmutableSet.Builder<String> set = ImmutableSet.builder();
    lines(owner, name).forEach(line -> set.add(line.toLowerCase(Locale.ROOT)));
    return set.build();
  }

  /** Tab-separated lines split into their columns; every line must have {@code columns} columns. */
  public static ImmutableList<ImmutableList<String>> table(Class<?> owner, String name, int columns) {
    ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();
    for (String line : lines(owner, name)) {
      String[] cells = line.split("\t");
      checkArgument(cells.length == columns, "lexicon %s: expected %s columns in line '%s'", name, columns, line);
      ImmutableList.Builder<String> row = ImmutableList.builder();
      for (String cell : cells) {
        row.add(cell.strip());
      }
      rows.add(row.build());
    }
    return rows.build();
  }

  /**
   * Lines of the form {@code canonical|alias|alias}: every form (the canonical one included) mapped to the
   * canonical form. The first line naming a form wins.
   */
  public static ImmutableMap<String, String> aliases(Class<?> owner, String name) {
    Map<String, String> byForm = new LinkedHashMap<>();
    for (String line : lines(owner, name)) {
      String[] forms = line.split("\\|");
      String canonical = forms[0].strip();
      for (String form : forms) {
        byForm.putIfAbsent(form.strip(), canonical);
      }
    }
    return ImmutableMap.copyOf(byForm);
  }
}
