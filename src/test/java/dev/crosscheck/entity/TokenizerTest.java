package dev.crosscheck.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private static List<String> texts(String text) {
    return Tokenizer.tokens(text).stream().map(Token::text).toList();
  }

  @Test
  void initialsNumbersHyphenatedWordsAndPossessivesAreTokensOfTheirOwn() {
    assertThat(texts("U.S. President Donald J. Trump's $1,000.50 letter, a 24/7 Kim Jong-un watch."))
        .containsExactly("U.S.", "President", "Donald", "J", ".", "Trump", "'s", "$", "1,000.50", "letter", ",", "a",
            "24/7", "Kim", "Jong-un", "watch", ".");
  }

  @Test
  void handWrittenRulesFindWhatThePatternFinds() {
    List<String> edges = List.of("", " ", "A.B", "A.B.", "A.B.c", "1.", "1.2.", "1,2,3", "1,,2", "x-", "x--y", "x-y-",
        "it’s", "it's", "’s", "'s", "Kim’S", "\u00a0word\u00a0", "Ⅻ.Ⅻ.", "²³,4", "ǅemal", "😀 face😀", "𝐀.𝐁. 𝟏,𝟐",
        "a\ud800b", "\udc00x", "tab\tand\u000Bvertical\fform\rreturn\n", "…“quoted”—dash");
    for (String text : edges) {
      assertSameTokens(text, 0, text.length());
    }
  }

  @Test
  void handWrittenRulesFindWhatThePatternFindsInEverySampleDocument() throws IOException {
    for (Path file : Files.list(Path.of("corpus")).sorted().toList()) {
      String text = Files.readString(file);
      assertSameTokens(text, 0, text.length());
      for (int from = 0; from < text.length(); from += 97) {
        assertSameTokens(text, from, Math.min(text.length(), from + 211));
      }
    }
  }

  @Test
  void aRegionThatCutsACharacterInTwoIsReadAsThePatternReadsIt() {
    String text = "face 😀 here";
    int middle = text.indexOf("😀") + 1;
    assertSameTokens(text, 0, middle);
    assertSameTokens(text, middle, text.length());
  }

  private static void assertSameTokens(String text, int from, int to) {
    assertThat(Tokenizer.tokens(text, from, to)).as("tokens of [%s]", text.substring(from, to))
        .isEqualTo(Tokenizer.byPattern(text, from, to));
  }
}
