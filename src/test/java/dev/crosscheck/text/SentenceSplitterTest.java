package dev.crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> sentences(String text) {
    return splitter.split("doc", text).stream().map(sentence -> sentence.text(text)).toList();
  }

  @Test
  void abbreviationsBeforeNamesDoNotEndSentences() {
    String text = "On Thursday, the White House said that U.S. President Donald J. Trump had received a new"
        + " letter from North Korean leader Kim Jong Un. Trump had tweeted earlier in the day.";
    assertThat(sentences(text)).containsExactly(
        "On Thursday, the White House said that U.S. President Donald J. Trump had received a new letter"
            + " from North Korean leader Kim Jong Un.",
        "Trump had tweeted earlier in the day.");
  }

  @Test
  void placeAbbreviationEndsSentenceBeforeASentenceOpener() {
    String text = "The talks were held in the U.S. The president said they went well.";
    assertThat(sentences(text)).containsExactly("The talks were held in the U.S.", "The president said they went well.");
  }

  @Test
  void titleAndMonthAbbreviationsJoin() {
    String text = "Mr. Moon met Gen. Vincent Brooks on Jan. 3 in Seoul. They spoke for an hour.";
    assertThat(sentences(text)).containsExactly("Mr. Moon met Gen. Vincent Brooks on Jan. 3 in Seoul.",
        "They spoke for an hour.");
  }

  @Test
  void closingQuoteAfterPeriodStaysWithItsSentence() {
    String text = "According to state news agency KCNA, Kim said Trump’s letter was “excellent” and adding praise"
        + " for Trump’s “extraordinary courage.” Beyond that, the letter’s contents have not been shared.";
    assertThat(sentences(text)).containsExactly(
        "According to state news agency KCNA, Kim said Trump’s letter was “excellent” and adding praise for"
            + " Trump’s “extraordinary courage.”",
        "Beyond that, the letter’s contents have not been shared.");
  }

  @Test
  void quotationOfSeveralSentencesStaysWithItsAttribution() {
    String text = "\"Actual progress requires supporting the negotiators working to hammer out an agreement,"
        + " including our allies. It is bizarre to claim progress in a week when US teams have been ignored,\""
        + " he said in an email.\n\nEarlier Thursday the North Koreans postponed a meeting.";
    assertThat(sentences(text)).containsExactly(
        "\"Actual progress requires supporting the negotiators working to hammer out an agreement, including"
            + " our allies. It is bizarre to claim progress in a week when US teams have been ignored,\" he said"
            + " in an email.",
        "Earlier Thursday the North Koreans postponed a meeting.");
  }

  @Test
  void headlinesAndDatelinesAreTheirOwnSentences() {
    String text = "Trump tweets letter from NK leader\n\nWASHINGTON -- US President Donald Trump on Thursday"
        + " revealed a letter from North Korean leader Kim Jong-un.";
    assertThat(sentences(text)).containsExactly("Trump tweets letter from NK leader",
        "WASHINGTON -- US President Donald Trump on Thursday revealed a letter from North Korean leader Kim"
            + " Jong-un.");
  }

  @Test
  void doubleSpaceBeforeCapitalMarksALostPeriod() {
    String text = "Kim committed to work towards the \"complete denuclearization\" of the Korean Peninsula in"
        + " exchange for security guarantees from the US\u00A0 Pompeo traveled to Pyongyang over the weekend.";
    assertThat(sentences(text)).containsExactly(
        "Kim committed to work towards the \"complete denuclearization\" of the Korean Peninsula in exchange"
            + " for security guarantees from the US",
        "Pompeo traveled to Pyongyang over the weekend.");
  }

  @Test
  void hardWrappedLinesAreJoined() {
    String text = "The summit between the two leaders was held\nin Singapore on June 12, officials said.\n"
        + "It lasted a day.";
    assertThat(sentences(text)).containsExactly(
        "The summit between the two leaders was held\nin Singapore on June 12, officials said.", "It lasted a day.");
  }

  @Test
  void offsetsPointIntoTheText() {
    String text = "  First sentence here.  Second one follows.\n";
    List<Sentence> split = splitter.split("doc", text);
    assertThat(split).extracting(Sentence::index).containsExactly(0, 1);
    assertThat(split.get(1).start()).isEqualTo(text.indexOf("Second"));
    assertThat(split.get(1).end()).isEqualTo(text.indexOf("follows.") + "follows.".length());
  }

  @Test
  void everySampleDocumentSplitsIntoWholeSentences() throws IOException {
    for (Path file : Files.list(Path.of("corpus")).sorted().toList()) {
      String text = Files.readString(file);
      List<Sentence> split = splitter.split("doc", text);
      assertThat(split).isNotEmpty();
      for (Sentence sentence : split) {
        String sentenceText = sentence.text(text);
        assertThat(sentenceText).isEqualTo(sentenceText.strip());
        assertThat(sentenceText).doesNotEndWith(" U.S.").doesNotEndWith(" Mr.").doesNotEndWith(" J.");
      }
    }
  }

  @Test
  void anUnpunctuatedRunIsCutIntoSentencesOfBoundedLength() {
    String clause = "police said the fire spread along the river bank and reached the old mill before dawn ";
    String text = clause.repeat(2_000).strip();
    List<Sentence> split = splitter.split("doc", text);
    assertThat(split.size()).isGreaterThanOrEqualTo(2_000 * 16 / SentenceSplitter.MAX_WORDS);
    for (Sentence sentence : split) {
      String words = sentence.text(text);
      assertThat(words.split(" ")).hasSizeLessThanOrEqualTo(SentenceSplitter.MAX_WORDS);
      assertThat(words).isEqualTo(words.strip());
    }
    assertThat(split.get(0).start()).isZero();
    assertThat(split.get(split.size() - 1).end()).isEqualTo(text.length());
  }

  @Test
  void aLongRunIsCutAfterAClauseMarkWhereThereIsOne() {
    String clause = "the rescue teams searched the flooded villages of the valley for the missing families, ";
    String text = clause.repeat(100).strip();
    for (String sentence : sentences(text)) {
      assertThat(sentence).endsWith(",").startsWith("the rescue teams");
    }
  }

  @Test
  void aRunWithoutSpacesIsCutAtTheCharacterBound() {
    String text = "x".repeat(SentenceSplitter.MAX_CHARS * 3 + 17);
    assertThat(sentences(text)).extracting(String::length)
        .containsExactly(SentenceSplitter.MAX_CHARS, SentenceSplitter.MAX_CHARS, SentenceSplitter.MAX_CHARS, 17);
  }

  @Test
  void thousandsOfAbbreviationsInARowStayWithinTheBound() {
    String text = "Mr. ".repeat(20_000) + "Moon spoke.";
    List<String> split = sentences(text);
    assertThat(split).allSatisfy(sentence -> assertThat(sentence.split(" "))
        .hasSizeLessThanOrEqualTo(SentenceSplitter.MAX_WORDS));
    assertThat(split.get(split.size() - 1)).endsWith("Moon spoke.");
  }
}
