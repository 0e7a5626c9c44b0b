package dev.crosscheck.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.MetadataValue;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.time.TimeExpression;
import dev.crosscheck.time.TimexType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestatingSentencesTest {

  private final RestatingSentences restating = new RestatingSentences(ClaimWords.load(), WordClasses.load());

  /** A report on a ferry fire: the story's words (ferry, fire, harbour) are in most of its sentences. */
  private static final List<String> REPORT = List.of(
      "A fire broke out on the ferry shortly after it left the harbour.",
      "Smoke from the fire rose as the ferry turned back to the harbour.",
      "The ferry, a Damen FCS-2710 built in 2008, carried 212 passengers.",
      "One crew member was badly burned and taken to hospital.",
      "The fire was put out by the ferry's crew before it reached the harbour.",
      "Firefighters met the ferry at the harbour and checked the engine room.",
      "The harbour master said the ferry would not sail again this week.",
      "Passengers were taken off the ferry by the harbour's launches.",
      "Was the ferry a Damen FCS-2710 or a larger model?",
      "No crew member was badly burned, the operator said on Friday.");

  private final Document document = document("ferry", REPORT);
  private final List<Sentence> sentences = sentences("ferry", REPORT);

  @Test
  void aSentenceHoldingTheClaimsOwnWordsRestatesItWithoutTheStorysWords() {
    var found = restating.find("One crew member was badly burned in the ferry fire.", List.of(), List.of(document), sentences, List.of());
    assertThat(found).extracting(restatement -> restatement.sentence().index()).containsExactly(3);
  }

  @Test
  void aModelNameWrittenWithDigitsIsAWordOfTheClaim() {
    var found = restating.find("The ferry was a Damen FCS-2710.", List.of(), List.of(document), sentences, List.of());
    assertThat(found).extracting(restatement -> restatement.sentence().index()).containsExactly(2);
  }

  @Test
  void theClaimsWordsInAnotherOrderAreAnotherStatement() {
    List<String> report = List.of(
        "The ferry was owned by Harbour Lines until the fire.",
        "Harbour Lines is owned by Petra Olsen, a former captain.",
        "The fire spread from the ferry's engine room.",
        "The ferry's crew fought the fire for an hour.");
    var found = restating.find("The ferry was owned by Harbour Lines.", List.of(), List.of(document("lines", report)),
        sentences("lines", report), List.of());
    assertThat(found).extracting(restatement -> restatement.sentence().index()).containsExactly(0);
  }

  @Test
  void aClaimWhoseWordsNoSentenceHoldsHasNoRestatement() {
    assertThat(restating.find("The captain was arrested in the harbour.", List.of(), List.of(document), sentences, List.of())).isEmpty();
  }

  @Test
  void aClaimOfTheStorysWordsAloneHasNoRestatement() {
    assertThat(restating.find("The ferry caught fire in the harbour.", List.of(), List.of(document), sentences, List.of())).isEmpty();
  }

  @Test
  void aRestatementDatedOnAnotherDayContradictsADatedClaimAndTheSameDaySupportsIt() {
    List<String> report = List.of(
        "The mayor turned down the ferry operator's offer on March 3.",
        "The ferry operator's offer came after the fire in the harbour.",
        "The ferry had carried 212 passengers when the fire broke out in the harbour.",
        "Passengers left the ferry in the harbour.");
    Document wire = document("wire", report);
    int at = report.get(0).indexOf("March 3");
    TimeExpression march3 = new TimeExpression("wire", at, at + "March 3".length(), "March 3", TimexType.DATE,
        "XXXX-03-03", Optional.empty());
    String claim = "The mayor rejected the offer on March 9.";
    TimeExpression march9 = new TimeExpression("<claim>", claim.indexOf("March"), claim.length() - 1, "March 9",
        TimexType.DATE, "XXXX-03-09", Optional.empty());

    var found = restating.find(claim, List.of(march9), List.of(wire), sentences("wire", report), List.of(march3));
    assertThat(found).singleElement().satisfies(restatement -> {
      assertThat(restatement.sentence().index()).isZero();
      assertThat(restatement.supports()).isFalse();
    });
    TimeExpression sameDay = new TimeExpression("<claim>", march9.start(), march9.end(), "March 3", TimexType.DATE,
        "XXXX-03-03", Optional.empty());
    assertThat(restating.find("The mayor rejected the offer on March 3.", List.of(sameDay), List.of(wire),
        sentences("wire", report), List.of(march3))).singleElement().satisfies(r -> assertThat(r.supports()).isTrue());
  }

  private static Document document(String id, List<String> lines) {
    return new Document(id, Path.of(id + ".txt"), "", String.join(" ", lines), MetadataValue.unknown(),
        MetadataValue.unknown(), MetadataValue.unknown(), MetadataValue.unknown());
  }

  private static List<Sentence> sentences(String id, List<String> lines) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (String line : lines) {
      sentences.add(new Sentence(id, sentences.size(), start, start + line.length()));
      start += line.length() + 1;
    }
    return sentences;
  }
}
