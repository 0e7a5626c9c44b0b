package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TimesCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEED_WITH_DATE_HEADER = "corpus/000_514d203ebf6b1bcd.txt";

  @TempDir Path work;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private List<JsonNode> jsonLines() throws Exception {
    List<JsonNode> lines = new java.util.ArrayList<>();
    for (String line : out.toString().lines().toList()) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  @Test
  void resolvesWeekdaysAgainstTheDateHeaderOfTheDocument() throws Exception {
    assertThat(run("times", "--json", SEED_WITH_DATE_HEADER)).isZero();
    List<JsonNode> lines = jsonLines();
    assertThat(lines).anySatisfy(line -> {
      assertThat(line.get("text").asText()).isEqualTo("on Sunday");
      assertThat(line.get("value").asText()).isEqualTo("2019-06-23");
      assertThat(line.get("document").asText()).isEqualTo("000_514d203ebf6b1bcd");
      assertThat(line.get("type").asText()).isEqualTo("DATE");
      assertThat(line.has("start") && line.has("end")).isTrue();
    });
    assertThat(lines).anySatisfy(line -> {
      assertThat(line.get("text").asText()).isEqualTo("on Saturday");
      assertThat(line.get("value").asText()).isEqualTo("2019-06-22");
    });
  }

  @Test
  void dctOptionOverridesAndOffsetsPointIntoThePlainText() throws Exception {
    Path file = work.resolve("plain.txt");
    String text = "Kim sent the letter on Dec. 28, officials said.";
    Files.writeString(file, text);
    assertThat(run("times", "--json", "--dct", "2019-01-03", file.toString())).isZero();
    JsonNode line = jsonLines().get(0);
    assertThat(line.get("value").asText()).isEqualTo("2018-12-28");
    assertThat(text.substring(line.get("start").asInt(), line.get("end").asInt()))
        .isEqualTo(line.get("text").asText());
  }

  @Test
  void readableTableWithoutJson() {
    assertThat(run("times", SEED_WITH_DATE_HEADER)).isZero();
    assertThat(out.toString()).contains("000_514d203ebf6b1bcd").contains("2019-06-23").contains("on Sunday");
  }

  @Test
  void missingFileIsBadInputNamingTheFile() {
    assertThat(run("times", work.resolve("absent.txt").toString())).isEqualTo(1);
    assertThat(err.toString()).contains("absent.txt");
  }

  @Test
  void badDctIsWrongUsage() {
    assertThat(run("times", "--dct", "23/06/2019", SEED_WITH_DATE_HEADER)).isEqualTo(2);
  }
}
