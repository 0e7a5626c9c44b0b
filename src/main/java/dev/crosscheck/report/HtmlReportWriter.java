package dev.crosscheck.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
    ReportPage page = ReportPageBuilder.build(analysis);
    AtomicFiles.write(target, out -> render("report.jte", page, out));
    return target;
  }

  /** Writes {@code check.html}, the claims checked with their evidence, atomically; returns its path. */
  public static Path writeCheck(com.google.common.collect.ImmutableList<dev.crosscheck.check.CheckResult> results,
      Path outputFolder) throws IOException {
    Path target = outputFolder.resolve(CHECK_FILE_NAME);
    CheckPage page = CheckPage.of(results);
    AtomicFiles.write(target, out -> render("check.jte", page, out));
    return target;
  }

  /** The page's HTML; the same analysis always gives the same text. */
  public static String render(CorpusAnalysis analysis) {
    return new String(toBytes(analysis), StandardCharsets.UTF_8);
  }

  /** The file's exact bytes, encoded as the template renders. */
  public static byte[] toBytes(CorpusAnalysis analysis) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      render("report.jte", ReportPageBuilder.build(analysis), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /** Renders a template straight into the stream: the page is never held whole, as bytes or as text. */
  private static void render(String template, Object page, OutputStream out) throws IOException {
    StreamedPageOutput output = new StreamedPageOutput(out);
    try {
      TEMPLATES.render(template, page, output);
      output.flush();
    } catch (RuntimeException e) {
      // a failed write reaches here wrapped twice: by the output, then by jte as a TemplateException
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof UncheckedIOException io) {
          throw io.getCause();
        }
      }
      throw e;
    }
  }
}
