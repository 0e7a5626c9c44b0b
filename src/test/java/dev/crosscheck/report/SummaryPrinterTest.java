package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosscheck.compare.Finding;
import dev.crosscheck.compare.FindingSide;
import dev.crosscheck.compare.Verdict;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.MetadataValue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SummaryPrinterTest {

  private static final Path HTML = Path.of("reports", "report.html");

  private static String print(SummaryFormat format, boolean colour, CorpusAnalysis analysis) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SummaryPrinter.of(format, colour, SummaryPrinter.DEFAULT_MAX_LISTED)
        .print(analysis, HTML, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void textListsConflictsWithBothValuesAndSourcesBeforeAgreements() {
    String text = print(SummaryFormat.TEXT, false, ReportFixtures.letterAndMeeting());

    assertThat(text).startsWith("crosscheck: 3 documents from 3 sources (1 skipped), 7 claims, 3 event clusters:"
        + " 1 conflict, 1 agreement\n");
    assertThat(text).contains("""
        Conflicts (1)
          port authority letter: date
              2019-06-12  Harbour Gazette
              2019-06-14  Coastal Wire
        """);
    assertThat(text).contains("  Lisbon meeting: place: Lisbon (Harbour Gazette, Coastal Wire)\n");
    assertThat(text.indexOf("Conflicts (1)")).isLessThan(text.indexOf("Agreements (1)"));
    assertThat(text).contains("Single source: 2 findings resting on 2 claims (attribution 2)");
    assertThat(text).contains("corpus/notes.pdf: not a text or HTML file (application/pdf)");
    assertThat(text).endsWith("Report: reports/report.html\n");
  }

  @Test
  void plainTextCarriesNoEscapeSequencesAndColourDoes() {
    assertThat(print(SummaryFormat.TEXT, false, ReportFixtures.letterAndMeeting())).doesNotContain("\u001b");
    assertThat(print(SummaryFormat.TEXT, true, ReportFixtures.letterAndMeeting())).contains("\u001b[31m");
  }

  @Test
  void escapeSequencesInCorpusTextNeverReachTheTerminal() {
    CorpusAnalysis analysis = withFinding(new Finding("f9", Verdict.CONFLICT, "e1",
        "letter: date\u001b]0;owned\u0007\u001b[2J", ImmutableList.of(),
        ImmutableList.of(new FindingSide("a\u001b[31m", ImmutableList.of(), ImmutableList.of())), "", 2));

    String text = print(SummaryFormat.TEXT, false, analysis);

    assertThat(text).doesNotContain("\u001b").doesNotContain("\u0007").contains("letter: date ]0;owned [2J");
  }

  @Test
  void jsonIsOneObjectWithEveryConflictAndAgreement() throws Exception {
    JsonNode json = new ObjectMapper().readTree(print(SummaryFormat.JSON, true, ReportFixtures.letterAndMeeting()));

    assertThat(json.get("documents").asInt()).isEqualTo(3);
    assertThat(json.get("conflicts").get(0).get("topic").asText()).isEqualTo("port authority letter: date");
    assertThat(json.get("conflicts").get(0).get("values").get(1).get("sources").get(0).asText())
        .isEqualTo("Coastal Wire");
    assertThat(json.get("agreements")).hasSize(1);
    assertThat(json.get("singleSource").get("findings").asInt()).isEqualTo(2);
    assertThat(json.get("skipped").get(0).get("reason").asText()).contains("not a text");
    assertThat(json.get("report").asText()).isEqualTo("reports/report.html");
  }

  @Test
  void markdownEscapesCorpusMarkup() {
    String markdown = print(SummaryFormat.MD, false, ReportFixtures.letterAndMeeting());

    assertThat(markdown).startsWith("# Crosscheck summary\n");
    assertThat(markdown).contains("- **port authority letter: date**: **2019-06-12** (Harbour Gazette) vs"
        + " **2019-06-14** (Coastal Wire)");
    assertThat(markdown).contains("Report: [reports/report.html](reports/report.html)");
    assertThat(markdown).doesNotContain("<script>").doesNotContain("<img");
  }

  @Test
  void aCorpusWithoutFindingsSaysSoInEveryFormat() {
    CorpusAnalysis fixture = ReportFixtures.letterAndMeeting();
    CorpusAnalysis nothing = new CorpusAnalysis(fixture.documents(), ImmutableList.of(), fixture.claims(),
        ImmutableList.of(), ImmutableList.of());

    assertThat(print(SummaryFormat.MD, false, nothing)).contains("## Conflicts (0)\n\nNone.\n");
    assertThat(print(SummaryFormat.TEXT, false, nothing))
        .contains("No two sources state the same thing").doesNotContain("Skipped");
  }

  @Test
  void eachDocumentsPublicationDateIsNamedWithHowItIsKnown() {
    CorpusAnalysis fixture = ReportFixtures.letterAndMeeting();
    AnalysedDocument dated = fixture.documents().get(0);
    Document original = dated.document();
    Document undatedDocument = new Document("009_undated", original.path(), original.contentHash(), original.text(),
        original.title(), original.source(), original.url(), MetadataValue.unknown());
    CorpusAnalysis withUndated = new CorpusAnalysis(ImmutableList.of(dated,
        new AnalysedDocument(undatedDocument, dated.sentences())), ImmutableList.of(),
        ImmutableList.of(), ImmutableList.of(), ImmutableList.of());

    String text = print(SummaryFormat.TEXT, false, withUndated);

    assertThat(text).contains("Published\n  " + dated.document().id() + "  "
        + dated.document().published().value().orElseThrow() + " (stated)\n  009_undated  undated\n");
    assertThat(print(SummaryFormat.JSON, false, withUndated))
        .contains("{\"basis\":\"undated\",\"date\":\"\",\"document\":\"009_undated\"}");
  }

  @Test
  void agreementsOnTitlesAreFoldedIntoOneLineAfterTheRest() {
    CorpusSummary.Line title = new CorpusSummary.Line("f1", "Maria Lopez: title",
        ImmutableList.of(new CorpusSummary.Value("'mayor'", ImmutableList.of("Harbour Gazette", "Coastal Wire"))), true);
    CorpusSummary.Line toll = new CorpusSummary.Line("f2", "number of people: count",
        ImmutableList.of(new CorpusSummary.Value("'nine people'", ImmutableList.of("Harbour Gazette", "Coastal Wire"))));
    CorpusSummary summary = new CorpusSummary(2, 2, 4, 2, ImmutableList.of(), ImmutableList.of(title, toll), 0,
        ImmutableSortedMap.of(), ImmutableList.of());

    String text = SummaryPrinter.of(SummaryFormat.TEXT, false, 20).render(summary, HTML);

    assertThat(text).containsSubsequence("number of people: count: 'nine people'",
        "Also agreed, titles: Maria Lopez ('mayor')");
  }

  @Test
  void longListsAreCutWithAPointerToTheReport() {
    String text = SummaryPrinter.of(SummaryFormat.TEXT, false, 0)
        .render(CorpusSummary.of(ReportFixtures.letterAndMeeting()), HTML);

    assertThat(text).contains("  ... and 1 more in the report\n").doesNotContain("2019-06-12");
  }

  @Test
  void aValueFortyOutletsStateNamesTheFirstFiveAndCountsTheRest() {
    ImmutableList<String> outlets = IntStream.range(0, 40)
        .mapToObj(i -> String.format("Outlet %02d", i)).collect(ImmutableList.toImmutableList());
    CorpusSummary.Line agreement = new CorpusSummary.Line("f1", "Singapore summit: place",
        ImmutableList.of(new CorpusSummary.Value("Singapore", outlets)));
    CorpusSummary summary = new CorpusSummary(40, 40, 40, 1, ImmutableList.of(), ImmutableList.of(agreement), 0,
        ImmutableSortedMap.of(), ImmutableList.of());

    for (SummaryFormat format : new SummaryFormat[] {SummaryFormat.TEXT, SummaryFormat.MD}) {
      assertThat(SummaryPrinter.of(format, false, 20).render(summary, HTML))
          .contains("Outlet 00, Outlet 01, Outlet 02, Outlet 03, Outlet 04 and 35 more")
          .doesNotContain("Outlet 05");
    }
  }

  @Test
  void noColorTurnsColourOffWhateverTheTerminal() {
    assertThat(Terminals.colourWanted(Terminals.STDOUT, Map.of("NO_COLOR", "1"))).isFalse();
    assertThat(Terminals.colourWanted(Terminals.STDOUT, Map.of("TERM", "dumb"))).isFalse();
  }

  private static CorpusAnalysis withFinding(Finding finding) {
    CorpusAnalysis analysis = ReportFixtures.letterAndMeeting();
    return new CorpusAnalysis(analysis.documents(), analysis.skipped(), analysis.claims(), analysis.clusters(),
        ImmutableList.of(finding));
  }
}
