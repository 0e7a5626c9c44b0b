package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.corpus.MetadataValue;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

  @TempDir
  Path folder;

  private static Document page() {
    return Jsoup.parse(HtmlReportWriter.render(ReportFixtures.letterAndMeeting()));
  }

  @Test
  void conflictsComeBeforeAgreementsAndSingleSourceFindings() {
    Document page = page();

    assertThat(page.select("main > section.findings").eachAttr("id"))
        .containsExactly("conflicts", "agreements", "single-source");
    assertThat(page.select("#conflicts article.finding")).hasSize(1);
    assertThat(page.select("#agreements article.finding")).hasSize(1);
    assertThat(page.select("#single-source article.finding")).hasSize(2);
    assertThat(page.select("#count-conflicts").text()).isEqualTo("1");
  }

  @Test
  void agreementsOnATitleAloneAreFoldedAfterTheOthers() throws Exception {
    Document page = Jsoup.parse(HtmlReportWriter.render(ReportFixtures.withTitleAgreement()));

    assertThat(page.select("#agreements > .finding-list article.finding")).hasSize(1);
    Element folded = page.selectFirst("#agreements details.also-agreed");
    assertThat(folded).isNotNull();
    assertThat(folded.hasAttr("open")).isFalse();
    assertThat(folded.select("summary").text()).startsWith("Also agreed: titles");
    assertThat(folded.select("article.finding")).hasSize(1);
    assertThat(folded.select("article.finding").text()).contains("spokesman");
    assertThat(page.select("#agreements-title .count").text()).isEqualTo("2");
  }

  @Test
  void evidenceHighlightsTheClaimSpanAndLinksToItsSentence() {
    Element conflict = page().selectFirst("#conflicts article.finding");

    assertThat(conflict.select(".side-head .value").eachText()).containsExactly("2019-06-12", "2019-06-14");
    Element firstEvidence = conflict.selectFirst(".evidence li");
    assertThat(firstEvidence.selectFirst("blockquote mark").text()).isEqualTo("The letter was dated June 12");
    assertThat(firstEvidence.selectFirst("blockquote").text())
        .isEqualTo("The letter was dated June 12, according to a spokesman for the mayor.");
    assertThat(firstEvidence.selectFirst(".cite").text()).contains("Harbour Gazette", "2019-06-23");
    String href = firstEvidence.selectFirst("a.sentence-link").attr("href");
    assertThat(href).isEqualTo("#doc:001_harbour:s2");
  }

  @Test
  void everySentenceLinkHasATarget() {
    Document page = page();

    for (Element link : page.select("a[href^=#]")) {
      String id = link.attr("href").substring(1);
      assertThat(page.getElementById(id)).as("target of %s", link.outerHtml()).isNotNull();
    }
  }

  @Test
  void documentsShowNumberedSentencesWithClaimsHighlighted() {
    Element document = page().getElementById("doc:002_coastal");

    assertThat(document.select("ol.sentences > li")).hasSize(3);
    assertThat(document.select("ol.sentences > li").first().attr("value")).isEqualTo("1");
    assertThat(document.select("mark.claim").eachText()).contains("met in Lisbon on June 20");
  }

  @Test
  void withoutTheTextsTheDocumentsShowOnlyTheCitedSentencesAndEveryLinkStillHasATarget() {
    CorpusAnalysis fixture = ReportFixtures.letterAndMeeting();
    CorpusAnalysis streamed = new CorpusAnalysis(fixture.documents().stream()
        .map(analysed -> new AnalysedDocument(analysed.document().withoutText(), analysed.sentences()))
        .collect(ImmutableList.toImmutableList()), fixture.skipped(), fixture.claims(), fixture.clusters(),
        fixture.findings());

    Document page = Jsoup.parse(HtmlReportWriter.render(streamed));

    Element hostile = page.getElementById("doc:003_hostile");
    assertThat(hostile.select("ol.sentences > li").eachAttr("value")).containsExactly("2");
    assertThat(hostile.selectFirst("summary").text()).contains("2 sentences (1 cited)");
    assertThat(page.getElementById("doc:001_harbour").select("mark.claim").eachText())
        .contains("The letter was dated June 12");
    assertThat(page.selectFirst("#conflicts .evidence blockquote").text())
        .isEqualTo("The letter was dated June 12, according to a spokesman for the mayor.");
    for (Element link : page.select("a[href^=#]")) {
      assertThat(page.getElementById(link.attr("href").substring(1))).as("target of %s", link.outerHtml()).isNotNull();
    }
  }

  @Test
  void corpusMarkupIsShownAsTextNeverAsElements() {
    String html = HtmlReportWriter.render(ReportFixtures.letterAndMeeting());
    Document page = Jsoup.parse(html);

    assertThat(page.select("script")).hasSize(1);
    assertThat(page.select("img")).isEmpty();
    assertThat(page.select("a[href^=javascript]")).isEmpty();
    assertThat(page.select("[onerror]")).isEmpty();
    assertThat(page.getElementById("doc:003_hostile").text())
        .contains(ReportFixtures.HOSTILE_SCRIPT, ReportFixtures.HOSTILE_IMAGE, ReportFixtures.HOSTILE_LINK);
    assertThat(html).doesNotContain("<script>alert", "<img src=x");
  }

  @Test
  void theContentSecurityPolicyAllowsOnlyTheReportsOwnScript() {
    Element policy = page().selectFirst("meta[http-equiv=Content-Security-Policy]");

    assertThat(policy.attr("content"))
        .contains("default-src 'none'", "script-src 'sha256-", "base-uri 'none'")
        .doesNotContain("script-src 'unsafe-inline'", "http");
  }

  @Test
  void thePageLoadsNothingFromElsewhere() {
    Document page = page();

    assertThat(page.select("link[rel=stylesheet], script[src], img[src], iframe")).isEmpty();
    assertThat(page.select("link[rel=icon]").attr("href")).startsWith("data:");
  }

  @Test
  void eachEventHasATimelineWithALanePerSource() {
    Element timeline = page().getElementById("event:e1");

    assertThat(timeline.select("svg .lane")).hasSize(2);
    assertThat(timeline.select("svg rect.mark.conflict")).hasSize(2);
    assertThat(timeline.select("svg .lane-label").stream().map(Element::ownText)).containsExactly("Coastal Wire", "Harbour Gazette");
  }

  @Test
  void aDocumentWithoutPublisherIsNamedAsAnUnknownSource() {
    CorpusAnalysis fixture = ReportFixtures.letterAndMeeting();
    AnalysedDocument anonymous = fixture.documents().get(0);
    var document = anonymous.document();
    AnalysedDocument withoutSource = new AnalysedDocument(new dev.crosscheck.corpus.Document(document.id(),
        document.path(), document.contentHash(), document.text(), document.title(),
        MetadataValue.unknown(), document.url(), document.published()), anonymous.sentences());
    CorpusAnalysis analysis = new CorpusAnalysis(
        ImmutableList.of(withoutSource, fixture.documents().get(1)), fixture.skipped(),
        fixture.claims(), fixture.clusters(), fixture.findings());

    Document page = Jsoup.parse(HtmlReportWriter.render(analysis));

    assertThat(page.select("#filter-source option").eachAttr("value")).contains("unknown source (001_harbour)");
    assertThat(page.getElementById("doc:001_harbour").selectFirst(".doc-meta").text())
        .startsWith("unknown source (001_harbour)");
  }

  @Test
  void skippedFilesAreListedWithTheReason() {
    assertThat(page().select("#skipped td").eachText())
        .containsExactly("corpus/notes.pdf", "not a text or HTML file (application/pdf)");
  }

  @Test
  void renderingIsDeterministicAndWrittenAtomically() throws Exception {
    Path written = HtmlReportWriter.write(ReportFixtures.letterAndMeeting(), folder);
    byte[] first = Files.readAllBytes(written);
    HtmlReportWriter.write(ReportFixtures.letterAndMeeting(), folder);

    assertThat(Files.readAllBytes(written)).isEqualTo(first);
    try (var files = Files.list(folder)) {
      assertThat(files.map(file -> file.getFileName().toString())).containsExactly("report.html");
    }
  }
}
