package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimsCommandTest {

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int code = Main.run(args);
      return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
  }

  @Test
  void printsOneJsonClaimPerLine() throws IOException {
    Path file = dir.resolve("note.txt");
    Files.writeString(file, "State Department spokeswoman Heather Nauert said the talks will take place Sunday.\n");

    Run run = run("claims", file.toString(), "--json");

    assertThat(run.exitCode()).isZero();
    List<JsonNode> claims = new ArrayList<>();
    for (String line : run.out().strip().split("\n")) {
      claims.add(new ObjectMapper().readTree(line));
    }
    assertThat(claims).extracting(c -> c.get("type").asText()).contains("role", "attribution");
    assertThat(claims).allSatisfy(c -> assertThat(c.get("document").asText()).isEqualTo("note"));
    assertThat(claims.get(0).get("id").asText()).isEqualTo("note/c0");
  }

  @Test
  void missingFileIsBadInputNamingTheFile() {
    Run run = run("claims", dir.resolve("absent.txt").toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("absent.txt");
  }

  @Test
  void noFileIsWrongUsage() {
    assertThat(run("claims").exitCode()).isEqualTo(2);
  }
}
