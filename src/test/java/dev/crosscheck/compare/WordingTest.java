package dev.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import java.util.List;
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

  @Test
  void onePassReadsWordsAsThePatternsDo() {
    List<String> sentences = new java.util.ArrayList<>(List.of(
        "Pompeo told reporters the U.S. and N.K. had \"productive\" talks, the A.P. said.",
        "“It’s a very nice letter,” Trump said of Kim's note — a_b c.d. e.f",
        "Ms. Park's aides ... x.y.z. ab.c. a.b 2.5 1,000 São Paulo naïve fiancé’s",
        "u.s.", "u.s", ".a.b.", "a. b. c.", "'a'.b'.c'.", "\tz.\ny.\r"));
    // characters the rules treat differently: dots, apostrophes, letters, digits, underscores, spaces, accents
    String alphabet = "ab.'’ _1é\t\nZ-“";
    java.util.Random random = new java.util.Random(14);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      sentences.add(text.toString());
    }
    for (String sentence : sentences) {
      String lower = sentence.toLowerCase(java.util.Locale.ROOT);
      assertThat(Wording.readsAsWritten(lower)).isTrue();
      assertThat(Wording.tokens(lower)).as(sentence).isEqualTo(Wording.tokensByPatterns(lower));
    }
    assertThat(Wording.readsAsWritten("cafe\u0301")).isFalse();
  }
}
