package dev.crosscheck.corpus;

import static com.google.common.collect.ImmutableList.toImmutableList;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Stream;

/**
 * The document files of a corpus folder, sorted, and the files that cannot be used because two of them
 * would get the same document id ({@code a.txt} and {@code a.html}): neither is used until the clash is
 * resolved, since picking one silently could hide the other's claims. Broken symbolic links are listed
 * among the clashes too: files the listing names but nobody can read.
 */
public record CorpusListing(Path folder, ImmutableList<Path> files, ImmutableList<SkippedFile> clashes) {

  public static CorpusListing of(Path folder) {
    if (!Files.exists(folder)) {
      throw new CorpusException("corpus folder " + folder + " does not exist (give one with --corpus DIR)");
    }
    if (!Files.isDirectory(folder)) {
      throw new CorpusException("corpus " + folder + " is not a folder (give one with --corpus DIR)");
    }
    ImmutableList<Path> candidates;
    try (Stream<Path> walk = Files.walk(folder)) {
      candidates = walk
          .filter(CorpusListing::isFileOrBrokenLink)
          .filter(path -> !isHidden(folder.relativize(path)))
          .filter(CorpusFiles::isDocument)
          .sorted()
          .collect(toImmutableList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list corpus folder " + folder, e);
    }
    if (candidates.isEmpty()) {
      throw new CorpusException("corpus folder " + folder + " holds no documents (.txt, .md, .html, .htm)");
    }
    ImmutableList.Builder<SkippedFile> clashes = ImmutableList.builder();
    candidates.stream().filter(path -> !Files.isRegularFile(path)).forEach(link -> clashes.add(
        new SkippedFile(link, "symbolic link to a missing file, or a link that loops")));
    candidates = candidates.stream().filter(Files::isRegularFile).collect(toImmutableList());
    ImmutableListMultimap<String, Path> byId = Multimaps.index(candidates, CorpusFiles::documentId);
    ImmutableList.Builder<Path> files = ImmutableList.builder();
    for (Collection<Path> sameId : byId.asMap().values()) {
      if (sameId.size() == 1) {
        files.addAll(sameId);
      } else {
        for (Path path : sameId) {
          clashes.add(new SkippedFile(path, "document id '" + CorpusFiles.documentId(path) + "' is used by "
              + sameId.size() + " files (" + names(sameId) + "); rename one so each id is unique"));
        }
      }
    }
    return new CorpusListing(folder, files.build().stream().sorted().collect(toImmutableList()), clashes.build());
  }

  /**
   * A regular file, or a link to one, and also a link whose target is gone or loops: left out silently, its
   * document would be missing from the report with nothing said.
   */
  private static boolean isFileOrBrokenLink(Path path) {
    return Files.isRegularFile(path) || Files.isSymbolicLink(path) && !Files.exists(path);
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }


  private static String names(Collection<Path> paths) {
    return String.join(", ", paths.stream().map(Path::toString).sorted().toList());
  }
}
