package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.google.common.collect.Lists;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonWriterTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path folder;

  @Test
  void documentsCarryTheSpecFields() throws Exception {
    JsonNode report = MAPPER.readTree(ReportJsonWriter.toBytes(ReportFixtures.letterAndMeeting()));

    JsonNode first = report.get("documents").get(0);
    assertThat(first.get("id").asText()).isEqualTo("001_harbour");
    assertThat(first.get("path").asText()).isEqualTo("corpus/001_harbour.txt");
    assertThat(first.get("title").asText()).isEqualTo("Port authority wrote to the mayor");
    assertThat(first.get("source").asText()).isEqualTo("Harbour Gazette");
    assertThat(first.get("published").get("value").asText()).isEqualTo("2019-06-23");
    assertThat(first.get("published").get("basis").asText()).isEqualTo("metadata");
    assertThat(first.get("sentenceCount").asInt()).isEqualTo(3);
  }

  @Test
  void findingsNameTheirVerdictClaimsAndSides() throws Exception {
    JsonNode report = MAPPER.readTree(ReportJsonWriter.toBytes(ReportFixtures.letterAndMeeting()));

    JsonNode conflict = report.get("findings").get(0);
    assertThat(conflict.get("id").asText()).isEqualTo("f1");
    assertThat(conflict.get("verdict").asText()).isEqualTo("conflict");
    assertThat(conflict.get("topic").asText()).isEqualTo("port authority letter: date");
    assertThat(texts(conflict.get("claims"))).containsExactly("001_harbour/c2", "002_coastal/c2");
    assertThat(conflict.get("explanation").asText()).contains("12 June 2019");
    assertThat(conflict.get("eventId").asText()).isEqualTo("e1");
    assertThat(conflict.get("independentSources").asInt()).isEqualTo(2);
    assertThat(texts(conflict.get("sides").findValues("value"))).containsExactly("2019-06-12", "2019-06-14");
    assertThat(report.get("findings").get(3).get("verdict").asText()).isEqualTo("single-source");
  }

  @Test
  void claimsUseTheSharedClaimForm() throws Exception {
    JsonNode report = MAPPER.readTree(ReportJsonWriter.toBytes(ReportFixtures.letterAndMeeting()));

    JsonNode claim = report.get("claims").get(1);
    assertThat(claim.get("id").asText()).isEqualTo("001_harbour/c2");
    assertThat(claim.get("sentenceText").asText()).isEqualTo("The letter was dated June 12, according to a spokesman for the mayor.");
    assertThat(claim.get("time").get("value").asText()).isEqualTo("2019-06-12");
  }

  @Test
  void skippedFilesAndClustersAreListed() throws Exception {
    JsonNode report = MAPPER.readTree(ReportJsonWriter.toBytes(ReportFixtures.letterAndMeeting()));

    assertThat(report.get("skipped").get(0).get("path").asText()).isEqualTo("corpus/notes.pdf");
    assertThat(report.get("skipped").get(0).get("reason").asText()).startsWith("not a text or HTML file");
    assertThat(texts(report.get("clusters").findValues("id"))).containsExactly("e1", "e2", "e3");
  }

  @Test
  void inputOrderDoesNotChangeTheBytes() {
    CorpusAnalysis analysis = ReportFixtures.letterAndMeeting();
    CorpusAnalysis shuffled = new CorpusAnalysis(analysis.documents().reverse(), analysis.skipped(),
        analysis.claims().reverse(), analysis.clusters().reverse(), analysis.findings().reverse());

    assertThat(ReportJsonWriter.toBytes(shuffled)).isEqualTo(ReportJsonWriter.toBytes(analysis));
  }

  @Test
  void keysAreSortedAtEveryLevel() throws Exception {
    JsonNode report = MAPPER.readTree(ReportJsonWriter.toBytes(ReportFixtures.letterAndMeeting()));

    List<String> topLevel = Lists.newArrayList(report.fieldNames());
    List<String> findingKeys = Lists.newArrayList(report.get("findings").get(0).fieldNames());
    assertThat(topLevel).isSorted();
    assertThat(findingKeys).isSorted();
    assertThat(Lists.newArrayList(report.get("documents").get(0).fieldNames())).isSorted();
  }

  @Test
  void fileIsItsOwnTreeWrittenWithSortedKeys() throws Exception {
    byte[] written = ReportJsonWriter.toBytes(ReportFixtures.withTitleAgreement());
    ObjectMapper sorted = new ObjectMapper().configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true);
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    String rewritten = sorted.writer(pretty).writeValueAsString(MAPPER.readTree(written)) + "\n";

    assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(rewritten);
  }

  @Test
  void writingTwiceGivesByteIdenticalFilesAndLeavesNoTemporaryFile() throws Exception {
    CorpusAnalysis analysis = ReportFixtures.letterAndMeeting();

    Path written = ReportJsonWriter.write(analysis, folder.resolve("reports"));
    byte[] first = Files.readAllBytes(written);
    ReportJsonWriter.write(analysis, folder.resolve("reports"));

    assertThat(Files.readAllBytes(written)).isEqualTo(first);
    assertThat(new String(first, StandardCharsets.UTF_8)).endsWith("}\n").doesNotContain("\r");
    try (var files = Files.list(folder.resolve("reports"))) {
      assertThat(files.map(file -> file.getFileName().toString())).containsExactly("report.json");
    }
  }

  private static List<String> texts(Iterable<JsonNode> nodes) {
    List<String> texts = new ArrayList<>();
    nodes.forEach(node -> texts.add(node.asText()));
    return texts;
  }
}
