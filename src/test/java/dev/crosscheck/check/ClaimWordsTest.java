package dev.crosscheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClaimWordsTest {

  private final ClaimWords words = ClaimWords.load();

  @Test
  void inflectionsOfOneVerbMeet() {
    assertThat(words.of("Musk joined Twitter in 2015.")).contains("join");
    assertThat(words.of("since joining the site in 2009")).contains("join");
  }

  @Test
  void thePredicateLeavesTheNamesOut() {
    assertThat(words.predicateOf("Comey testified before the Senate on May 10."))
        .contains("testif").doesNotContain("comey", "senate");
  }

  @Test
  void theFirstNameIsWhoDidIt() {
    assertThat(words.firstNameOf("Morgan Stanley and other banks lent $10 billion to Musk.")).containsExactly("morgan", "stanley");
    assertThat(words.firstNameOf("The bell towers are 120 meters tall.")).isEmpty();
  }

  @Test
  void identifiersKeepTheirDigits() {
    assertThat(words.identifiersOf("The helicopter was a Sikorsky S-76B built in 1991.")).containsExactly("s76b");
  }
}
