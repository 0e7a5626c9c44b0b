package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.check.CheckResult;
import dev.crosscheck.check.CheckVerdict;
import dev.crosscheck.check.Evidence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckPageTest {

  @TempDir Path out;

  @Test
  void everyClaimAndCorpusStringIsEscaped() throws Exception {
    Evidence hostile = new Evidence("009_<b>", 3, 10, 20, "He wrote <script>alert('x')</script> & left.",
        "<img src=x onerror=alert(1)>", Optional.empty());
    CheckResult result = new CheckResult("Kim sent <i>two</i> letters.", CheckVerdict.CONTRADICTED,
        ImmutableList.of(), ImmutableList.of(hostile), Optional.empty());
    String page = Files.readString(HtmlReportWriter.writeCheck(ImmutableList.of(result), out), StandardCharsets.UTF_8);
    assertThat(page).doesNotContain("<script>alert", "<img src=x", "<i>two</i>", "009_<b>")
        .contains("&lt;script&gt;", "contradicted", "sentence 3", "undated");
  }

  @Test
  void aClaimWithoutEvidenceShowsWhyAndNoSides() throws Exception {
    CheckResult result = new CheckResult("things are bad", CheckVerdict.NO_EVIDENCE, ImmutableList.of(),
        ImmutableList.of(), Optional.of("nothing checkable in the claim"));
    String page = Files.readString(HtmlReportWriter.writeCheck(ImmutableList.of(result), out), StandardCharsets.UTF_8);
    assertThat(page).contains("no evidence", "nothing checkable in the claim").doesNotContain("Against");
  }
}
