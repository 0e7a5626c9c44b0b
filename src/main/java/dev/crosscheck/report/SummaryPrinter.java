package dev.crosscheck.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Prints what a run found on stdout: counts, then the conflicts (topic, each value and its sources), then the
 * agreements, the single-source counts, the skipped files and where the HTML report is. Text and Markdown
 * list the first {@code maxListed} conflicts and agreements (the report has all); JSON lists everything.
 */
public final class SummaryPrinter {

  public static final int DEFAULT_MAX_LISTED = 20;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true);
  /** Corpus text may carry escape sequences; printed raw they could rewrite the user's terminal. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}]+");
  private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>#|~!])");

  /** Sources named per value on a line; the rest are counted (report.json lists them all). */
  private static final int SOURCES_NAMED = 5;
  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String DIM = "\u001b[2m";

  private final SummaryFormat format;
  private final boolean colour;
  private final int maxListed;

  private SummaryPrinter(SummaryFormat format, boolean colour, int maxListed) {
    checkArgument(maxListed >= 0, "maxListed must not be negative: %s", maxListed);
    this.format = format;
    this.colour = colour && format == SummaryFormat.TEXT;
    this.maxListed = maxListed;
  }

  /** A printer for stdout: colour only for text on a terminal, and never under NO_COLOR. */
  public static SummaryPrinter forStdout(SummaryFormat format) {
    return new SummaryPrinter(format, Terminals.colourWanted(Terminals.STDOUT, System.getenv()), DEFAULT_MAX_LISTED);
  }

  public static SummaryPrinter of(SummaryFormat format, boolean colour, int maxListed) {
    return new SummaryPrinter(format, colour, maxListed);
  }

  public void print(CorpusAnalysis analysis, Path htmlReport, PrintStream out) {
    out.print(render(CorpusSummary.of(analysis), htmlReport));
    out.flush();
  }

  public String render(CorpusSummary summary, Path htmlReport) {
    return switch (format) {
      case TEXT -> text(summary, htmlReport);
      case JSON -> json(summary, htmlReport);
      case MD -> markdown(summary, htmlReport);
    };
  }

  private String text(CorpusSummary summary, Path htmlReport) {
    StringBuilder out = new StringBuilder();
    out.append(style(BOLD, "crosscheck")).append(": ").append(headline(summary)).append('\n');
    if (!summary.publications().isEmpty()) {
      out.append('\n').append(style(BOLD, "Published")).append('\n');
      for (String line : publicationLines(summary)) {
        out.append("  ").append(plain(line)).append('\n');
      }
    }
    if (!summary.conflicts().isEmpty()) {
      out.append('\n').append(style(BOLD + RED, "Conflicts (" + summary.conflicts().size() + ")")).append('\n');
      for (CorpusSummary.Line line : limit(summary.conflicts())) {
        out.append("  ").append(style(RED, plain(line.topic()))).append('\n');
        for (CorpusSummary.Value value : line.values()) {
          out.append("      ").append(style(BOLD, plain(value.value()))).append("  ")
              .append(style(DIM, plain(sourceList(value.sources())))).append('\n');
        }
      }
      more(out, summary.conflicts(), "  ");
    }
    if (!summary.agreements().isEmpty()) {
      out.append('\n').append(style(BOLD + GREEN, "Agreements (" + summary.agreements().size() + ")"))
          .append('\n');
      List<CorpusSummary.Line> unfolded = summary.agreements().stream().filter(line -> !line.folded()).toList();
      for (CorpusSummary.Line line : limit(unfolded)) {
        out.append("  ").append(style(GREEN, plain(line.topic()))).append(": ");
        out.append(String.join("; ", line.values().stream()
            .map(value -> style(BOLD, plain(value.value())) + " " + style(DIM, "(" + plain(sourceList(value.sources())) + ")"))
            .toList())).append('\n');
      }
      more(out, unfolded, "  ");
      List<CorpusSummary.Line> folded = summary.agreements().stream().filter(CorpusSummary.Line::folded).toList();
      if (!folded.isEmpty()) {
        // titles sources repeat are rarely news: one line for all of them
        out.append("  ").append(style(DIM, "Also agreed, titles: " + plain(String.join("; ", folded.stream()
            .map(line -> line.topic().replaceFirst(": title$", "") + " (" + String.join(", ", line.values().stream()
                .map(CorpusSummary.Value::value).toList()) + ")").toList())))).append('\n');
      }
    }
    if (summary.conflicts().isEmpty() && summary.agreements().isEmpty()) {
      out.append("\nNo two sources state the same thing, so nothing is confirmed or contradicted.\n");
    }
    out.append('\n').append(style(BOLD, "Single source: ")).append(singleSourceSentence(summary)).append('\n');
    if (!summary.skipped().isEmpty()) {
      out.append('\n').append(style(BOLD, "Skipped (" + summary.skipped().size() + ")")).append('\n');
      summary.skipped().forEach(file -> out.append("  ").append(plain(file.path())).append(": ")
          .append(plain(file.reason())).append('\n'));
    }
    out.append('\n').append(style(BOLD, "Report: ")).append(htmlReport).append('\n');
    return out.toString();
  }

  private String markdown(CorpusSummary summary, Path htmlReport) {
    StringBuilder out = new StringBuilder("# Crosscheck summary\n\n").append(md(headline(summary))).append("\n");
    if (!summary.publications().isEmpty()) {
      out.append("\n## Published\n\n");
      publicationLines(summary).forEach(line -> out.append("- ").append(md(line)).append('\n'));
    }
    out.append("\n## Conflicts (").append(summary.conflicts().size()).append(")\n\n");
    none(out, summary.conflicts());
    for (CorpusSummary.Line line : limit(summary.conflicts())) {
      out.append("- **").append(md(line.topic())).append("**: ").append(String.join(" vs ", line.values().stream()
          .map(value -> "**" + md(value.value()) + "** (" + md(sourceList(value.sources())) + ")")
          .toList())).append('\n');
    }
    more(out, summary.conflicts(), "");
    out.append("\n## Agreements (").append(summary.agreements().size()).append(")\n\n");
    none(out, summary.agreements());
    for (CorpusSummary.Line line : limit(summary.agreements())) {
      out.append("- **").append(md(line.topic())).append("**: ").append(String.join("; ", line.values().stream()
          .map(value -> md(value.value()) + " (" + md(sourceList(value.sources())) + ")")
          .toList())).append('\n');
    }
    more(out, summary.agreements(), "");
    out.append("\n## Single source\n\n").append(md(singleSourceSentence(summary))).append('\n');
    if (!summary.skipped().isEmpty()) {
      out.append("\n## Skipped (").append(summary.skipped().size()).append(")\n\n");
      summary.skipped().forEach(file -> out.append("- ").append(md(file.path())).append(": ")
          .append(md(file.reason())).append('\n'));
    }
    String path = ReportJsonWriter.portablePath(htmlReport);
    out.append("\nReport: [").append(md(path)).append("](").append(path.replace(" ", "%20")).append(")\n");
    return out.toString();
  }

  private static String json(CorpusSummary summary, Path htmlReport) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("documents", summary.documents());
    root.put("sources", summary.sources());
    root.put("claims", summary.claims());
    root.put("events", summary.events());
    lines(root.putArray("conflicts"), summary.conflicts());
    lines(root.putArray("agreements"), summary.agreements());
    ObjectNode single = root.putObject("singleSource");
    single.put("findings", summary.singleSourceFindings());
    single.put("claims", summary.singleSourceClaims());
    ObjectNode byType = single.putObject("claimsByType");
    summary.singleSourceClaimsByType().forEach(byType::put);
    ArrayNode published = root.putArray("published");
    summary.publications().forEach(publication -> published.addObject().put("document", publication.documentId())
        .put("date", publication.date()).put("basis", publication.basis()));
    ArrayNode skipped = root.putArray("skipped");
    summary.skipped().forEach(file -> skipped.addObject().put("path", file.path()).put("reason", file.reason()));
    root.put("report", ReportJsonWriter.portablePath(htmlReport));
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree in memory cannot fail to serialise", e);
    }
  }

  private static void lines(ArrayNode array, List<CorpusSummary.Line> lines) {
    for (CorpusSummary.Line line : lines) {
      ObjectNode node = array.addObject().put("id", line.id()).put("topic", line.topic());
      ArrayNode values = node.putArray("values");
      for (CorpusSummary.Value value : line.values()) {
        ObjectNode valueNode = values.addObject().put("value", value.value());
        value.sources().forEach(valueNode.putArray("sources")::add);
      }
    }
  }

  private static String headline(CorpusSummary summary) {
    return Words.count(summary.documents(), "document") + " from " + Words.count(summary.sources(), "source")
        + (summary.skipped().isEmpty() ? "" : " (" + summary.skipped().size() + " skipped)")
        + ", " + Words.count(summary.claims(), "claim") + ", " + Words.count(summary.events(), "event cluster")
        + ": " + Words.count(summary.conflicts().size(), "conflict") + ", "
        + Words.count(summary.agreements().size(), "agreement");
  }

  private static String singleSourceSentence(CorpusSummary summary) {
    String byType = summary.singleSourceClaimsByType().entrySet().stream()
        .map(entry -> entry.getKey() + " " + entry.getValue())
        .reduce((a, b) -> a + ", " + b)
        .map(types -> " (" + types + ")")
        .orElse("");
    return Words.count(summary.singleSourceFindings(), "finding") + " resting on "
        + Words.count(summary.singleSourceClaims(), "claim") + byType + " that no other source confirms";
  }

  /**
   * "000_514d203ebf6b1bcd  2019-06-23 (stated)", "003_ae19dd3f24cd6433  undated": one line a document up to
   * the listing limit, then what the rest amount to.
   */
  private List<String> publicationLines(CorpusSummary summary) {
    List<String> lines = new ArrayList<>();
    List<CorpusSummary.Publication> all = summary.publications();
    for (CorpusSummary.Publication publication : all.subList(0, Math.min(all.size(), maxListed))) {
      lines.add(publication.documentId() + "  "
          + (publication.date().isEmpty() ? "undated" : publication.date() + " (" + publication.basis() + ")"));
    }
    if (all.size() > maxListed) {
      Map<String, Long> byBasis = new TreeMap<>(all.subList(maxListed, all.size()).stream()
          .collect(Collectors.groupingBy(CorpusSummary.Publication::basis,
              Collectors.counting())));
      lines.add("… and " + (all.size() - maxListed) + " more: " + String.join(", ", byBasis.entrySet().stream()
          .map(entry -> entry.getValue() + " " + entry.getKey()).toList()));
    }
    return lines;
  }

  private List<CorpusSummary.Line> limit(List<CorpusSummary.Line> lines) {
    return lines.subList(0, Math.min(maxListed, lines.size()));
  }

  private void more(StringBuilder out, List<CorpusSummary.Line> lines, String indent) {
    if (lines.size() > maxListed) {
      out.append(indent).append("... and ").append(lines.size() - maxListed).append(" more in the report\n");
    }
  }

  private static void none(StringBuilder out, List<CorpusSummary.Line> lines) {
    if (lines.isEmpty()) {
      out.append("None.\n");
    }
  }

  private String style(String code, String text) {
    return colour ? code + text + RESET : text;
  }

  /** One line of corpus text, safe to print on a terminal. */
  static String plain(String text) {
    return CONTROL.matcher(text).replaceAll(" ");
  }

  private static String md(String text) {
    return MARKDOWN_SPECIAL.matcher(plain(text)).replaceAll("\\\\$1");
  }

  /** Sources stating a value, the first few named: a wire story in forty outlets fits on a line. */
  private static String sourceList(List<String> sources) {
    return sources.size() <= SOURCES_NAMED ? String.join(", ", sources)
        : String.join(", ", sources.subList(0, SOURCES_NAMED)) + " and " + (sources.size() - SOURCES_NAMED) + " more";
  }
}
