package dev.crosscheck.pipeline;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/**
 * Which build of the program is running: the size and modification time of its jar, or of every file under
 * its classes folder. Cached analyses are only valid for the build that made them: a changed lexicon or
 * rule must never be masked by an earlier run's results.
 */
final class CodeFingerprint {

  private static final String VALUE = compute();

  private CodeFingerprint() {}

  static String value() {
    return VALUE;
  }

  private static String compute() {
    try {
      Path code = Path.of(CodeFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Hasher hasher = Hashing.sha256().newHasher();
      try (Stream<Path> files = Files.isDirectory(code) ? Files.walk(code) : Stream.of(code)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
          hasher.putString(code.relativize(file).toString(), StandardCharsets.UTF_8)
              .putLong(attributes.size())
              .putLong(attributes.lastModifiedTime().toMillis());
        }
      }
      return hasher.hash().toString();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // an unknown build shares no cache with any other run
      return "unknown-" + System.nanoTime();
    }
  }
}
