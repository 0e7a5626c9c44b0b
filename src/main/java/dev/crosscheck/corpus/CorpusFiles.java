package dev.crosscheck.corpus;

import com.google.common.collect.ImmutableSet;
import java.nio.file.Path;
import java.util.Locale;

/** Which files are documents, and their ids. */
public final class CorpusFiles {

  public static final ImmutableSet<String> EXTENSIONS = ImmutableSet.of("txt", "md", "html", "htm");

  private CorpusFiles() {}

  public static boolean isDocument(Path file) {
    return EXTENSIONS.contains(extension(file));
  }

  static boolean isHtml(Path file) {
    String extension = extension(file);
    return extension.equals("html") || extension.equals("htm");
  }

  /** The file name without its extension. */
  public static String documentId(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
