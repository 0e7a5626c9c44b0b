package dev.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import org.junit.jupiter.api.Test;

class WordingTest {

  private static final ImmutableSet<String> STOPWORDS = ImmutableSet.of("the", "a", "of", "and");

  @Test
  void abbreviationDotsAndApostrophesDoNotChangeTheWords() {
    Wording dotted = Wording.of("a new future between the DPRK and the U.S. will surely come", STOPWORDS);
    Wording plain = Wording.of("a new future between the DPRK and the US will surely come", STOPWORDS);

    assertThat(dotted.words()).isEqualTo(plain.words());
  }

  @Test
  void aShorterQuoteIsWithinALongerOneOnlyAtWordBoundaries() {
    Wording longer = Wording.of("toward the complete denuclearization of the Korean Peninsula", STOPWORDS);

    assertThat(Wording.of("complete denuclearization", STOPWORDS).within(longer)).isTrue();
    assertThat(Wording.of("plete denuclearization", STOPWORDS).within(longer)).isFalse();
  }

  @Test
  void britishAndAmericanSpellingsAreOneWord() {
    assertThat(Wording.of("complete denuclearisation", STOPWORDS).words())
        .isEqualTo(Wording.of("complete denuclearization", STOPWORDS).words());
  }
}
