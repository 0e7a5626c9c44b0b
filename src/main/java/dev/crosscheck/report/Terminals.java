package dev.crosscheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Whether a standard stream goes to a terminal, and whether colour is wanted there. Java only tells whether
 * the whole process is interactive ({@link System#console()}), which is wrong for {@code crosscheck report
 * 2>log} or {@code | less}; on Linux /proc says where each descriptor points, so that is asked first.
 */
public final class Terminals {

  public static final int STDOUT = 1;
  public static final int STDERR = 2;

  private Terminals() {}

  public static boolean isTerminal(int descriptor) {
    Path link = Path.of("/proc/self/fd/" + descriptor);
    try {
      if (Files.isSymbolicLink(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // Fall through: no /proc here (macOS, Windows), so ask Java.
    }
    return System.console() != null;
  }

  /**
   * Colour only on a terminal, and never when NO_COLOR is set to anything but "" (https://no-color.org) or
   * the terminal says it cannot show it.
   */
  public static boolean colourWanted(int descriptor, Map<String, String> environment) {
    String noColor = environment.get("NO_COLOR");
    if (noColor != null && !noColor.isEmpty()) {
      return false;
    }
    return !"dumb".equals(environment.get("TERM")) && isTerminal(descriptor);
  }
}
