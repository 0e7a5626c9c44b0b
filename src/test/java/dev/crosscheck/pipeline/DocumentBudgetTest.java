package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DocumentBudgetTest {

  private final DocumentBudget budget = new DocumentBudget(40, 10, Duration.ofMinutes(1));

  @Test
  void aTextWithinTheBudgetIsAnalysedWhole() {
    String text = "The envoy arrived in Seoul on Monday.";
    assertThat(budget.analysedLength(text)).isEqualTo(text.length());
  }

  @Test
  void aLongerTextIsCutAtTheLastWordBreakBeforeTheBound() {
    String text = "The envoy arrived in Seoul on Monday and met the foreign minister.";
    assertThat(text.substring(0, budget.analysedLength(text))).isEqualTo("The envoy arrived in Seoul on Monday and");
  }

  @Test
  void aTextWithoutSpacesIsCutAtTheBoundButNeverInsideASurrogatePair() {
    assertThat(budget.analysedLength("x".repeat(100))).isEqualTo(40);
    assertThat(budget.analysedLength("x".repeat(39) + "\uD83D\uDE00" + "x".repeat(10))).isEqualTo(39);
  }

  @Test
  void aBudgetOfNothingIsAMistake() {
    assertThatThrownBy(() -> new DocumentBudget(0, 10, Duration.ofMinutes(1)))
        .hasMessageContaining("maxCharacters must be positive: 0");
  }
}
