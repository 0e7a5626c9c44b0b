package dev.crosscheck.report;

import com.google.common.io.Resources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report's stylesheet and script, read once from resources. The Content-Security-Policy allows the
 * script by its SHA-256 hash rather than 'unsafe-inline': even if some corpus text ever slipped through
 * escaping, a browser would refuse to run any script or event handler but ours, and would load nothing
 * from the network.
 */
final class ReportAssets {

  static final ReportPage.Assets ASSETS = load();

  private ReportAssets() {}

  private static ReportPage.Assets load() {
    String stylesheet = resource("report.css");
    String script = resource("report.js");
    String policy = String.join("; ",
        "default-src 'none'",
        "script-src 'sha256-" + sha256(script) + "'",
        "style-src 'unsafe-inline'",
        "img-src data:",
        "base-uri 'none'",
        "form-action 'none'");
    return new ReportPage.Assets(stylesheet, script, policy);
  }

  private static String resource(String name) {
    try {
      return Resources.toString(Resources.getResource(ReportAssets.class, name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("report asset missing from the jar: " + name, e);
    }
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
