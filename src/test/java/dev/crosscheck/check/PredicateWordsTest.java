package dev.crosscheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PredicateWordsTest {

  private final PredicateWords predicates = new PredicateWords(ClaimWords.load(), WordClasses.load());

  @Test
  void wordsOfOneClassMeetAndNamesStayOut() {
    assertThat(predicates.predicateOf("The board of Harlow Foods agreed to the merger."))
        .containsAnyElementsOf(predicates.predicateOf("Harlow Foods accepted the merger terms on Friday."))
        .doesNotContain("harlow", "food");
  }

  @Test
  void anOfferIsNotAnAgreement() {
    assertThat(predicates.predicateOf("Vance offered to buy Harlow Town for $90 million."))
        .doesNotContainAnyElementsOf(predicates.predicateOf("Harlow Town agreed to sell itself to Vance."));
  }

  @Test
  void aPhraseOfSeveralWordsIsItsClass() {
    assertThat(predicates.predicateOf("The senator turned down the post."))
        .containsAnyElementsOf(predicates.predicateOf("The senator rejects the post."));
  }
}
