package dev.crosscheck.claim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.entity.Tokenizer;
import org.junit.jupiter.api.Test;

/** The mood of a sentence's statement, which keeps denials and plans from agreeing with reports. */
class StatementExtractorTest {

  private final StatementExtractor extractor = StatementExtractor.load();

  @Test
  void aPlainReportHasNoMood() {
    assertThat(mood("The mayor visited the flooded district on Sunday morning.")).isEmpty();
  }

  @Test
  void aDenialIsNegatedEvenWhenItAlsoHedges() {
    assertThat(mood("The mayor didn't visit the flooded district on Sunday.")).isEqualTo("negated");
    assertThat(mood("The mayor may not visit the flooded district on Sunday.")).isEqualTo("negated");
    assertThat(mood("The mayor declined to visit the flooded district on Sunday.")).isEqualTo("negated");
  }

  @Test
  void aPlanIsPossibleNotReported() {
    assertThat(mood("The mayor plans to visit the flooded district on Sunday.")).isEqualTo("possible");
  }

  @Test
  void aReportOfWhatSomeoneWillDoIsStillAReport() {
    // news states what an agency will do as a fact of the story ("the safety board will investigate")
    assertThat(mood("The safety board will investigate the crash, a spokesman said.")).isEmpty();
  }

  @Test
  void aQuestionStatesNothing() {
    assertThat(mood("So the mayor visited the flooded district on Sunday?")).isEqualTo("question");
  }

  private String mood(String sentence) {
    return extractor.mood(Tokenizer.tokens(sentence), sentence);
  }
}
