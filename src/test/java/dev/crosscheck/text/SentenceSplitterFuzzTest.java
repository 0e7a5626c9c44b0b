package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.corpus.HostileInput;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the text, its sentences are bounded, trimmed spans of it, in order and apart. */
class SentenceSplitterFuzzTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  @Property(tries = 300)
  void sentencesAreOrderedTrimmedBoundedSpansOfTheText(@ForAll("texts") String text) {
    List<Sentence> sentences = splitter.split("doc", text);
    int previousEnd = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Sentence sentence = sentences.get(i);
      assertThat(sentence.index()).isEqualTo(i);
      assertThat(sentence.start()).isGreaterThanOrEqualTo(previousEnd).isLessThan(sentence.end());
      assertThat(sentence.end()).isLessThanOrEqualTo(text.length());
      assertThat(sentence.end() - sentence.start()).isLessThanOrEqualTo(SentenceSplitter.MAX_CHARS);
      assertThat(words(sentence.text(text))).isLessThanOrEqualTo(SentenceSplitter.MAX_WORDS);
      assertThat(isSpace(text.charAt(sentence.start()))).isFalse();
      assertThat(isSpace(text.charAt(sentence.end() - 1))).isFalse();
      previousEnd = sentence.end();
    }
  }

  @Provide
  Arbitrary<String> texts() {
    return HostileInput.text();
  }

  private static int words(String sentence) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < sentence.length(); i++) {
      boolean space = isSpace(sentence.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0';
  }
}
