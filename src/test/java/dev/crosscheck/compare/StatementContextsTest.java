package dev.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementContextsTest {

  @Test
  void statementsReadPhrasesAndStemFormsAsTheirWordClass() {
    StatementContexts contexts = StatementContexts.loadForStatements();

    assertThat(contexts.words("The striker turned down the contract on Friday.")).containsKey("=reject");
    assertThat(contexts.words("The striker refused the contract on Friday.")).containsKey("=reject");
    assertThat(contexts.words("The club disclosed the fee.")).containsKey("=announce");
  }

  @Test
  void valuesKeepTheOneWordFormsTheirThresholdsWereSetWith() {
    StatementContexts contexts = StatementContexts.load();

    assertThat(contexts.words("The striker turned down the contract on Friday.")).doesNotContainKey("=reject");
    assertThat(contexts.words("The striker rejected the contract on Friday.")).containsKey("=reject");
  }
}
