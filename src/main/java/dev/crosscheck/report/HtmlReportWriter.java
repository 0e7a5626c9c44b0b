package dev.crosscheck.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes report.html: one self-contained page (inline CSS and JS, nothing loaded from anywhere) for a
 * reviewer to read in a browser, from disk. The templates in {@code src/main/jte} are compiled with the
 * project, so a template error fails the build, and jte escapes every value for the spot it lands in.
 */
public final class HtmlReportWriter {

  public static final String FILE_NAME = "report.html";
  /** The page of `crosscheck check --out`. */
  public static final String CHECK_FILE_NAME = "check.html";

  /** Precompiled: no template compiler is needed at run time and none is started per report. */
  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

  private HtmlReportWriter() {}

  /** Writes {@code report.html} into {@code outputFolder} atomically and returns its path. */
  public static Path write(CorpusAnalysis analysis, Path outputFolder) throws IOException {
    Path target = outputFolder.resolve(FILE_NAME);
    Utf8ByteOutput page = rendered(analysis);
    AtomicFiles.write(target, page::writeTo);
    return target;
  }

  /** Writes {@code check.html}, the claims checked with their evidence, atomically; returns its path. */
  public static Path writeCheck(com.google.common.collect.ImmutableList<dev.crosscheck.check.CheckResult> results,
      Path outputFolder) throws IOException {
    Path target = outputFolder.resolve(CHECK_FILE_NAME);
    Utf8ByteOutput page = new Utf8ByteOutput();
    TEMPLATES.render("check.jte", CheckPage.of(results), page);
    AtomicFiles.write(target, page::writeTo);
    return target;
  }

  /** The page's HTML; the same analysis always gives the same text. */
  public static String render(CorpusAnalysis analysis) {
    return new String(toBytes(analysis), StandardCharsets.UTF_8);
  }

  /** The file's exact bytes, encoded as the template renders. */
  public static byte[] toBytes(CorpusAnalysis analysis) {
    return rendered(analysis).toByteArray();
  }

  /** The page rendered into jte's chunked buffer, written out from there without one more copy. */
  private static Utf8ByteOutput rendered(CorpusAnalysis analysis) {
    Utf8ByteOutput output = new Utf8ByteOutput();
    TEMPLATES.render("report.jte", ReportPageBuilder.build(analysis), output);
    return output;
  }
}
