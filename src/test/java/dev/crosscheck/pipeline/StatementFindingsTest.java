package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.compare.Verdict;
import dev.crosscheck.report.CorpusAnalysis;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Facts without figures aligned across sources through the whole pipeline, on a story written for the test:
 * one fact said in other words agrees; a denial, different people, or the story's own words shared by every
 * article make no agreement.
 */
class StatementFindingsTest {

  /** Articles on one warehouse fire, each with the sentence that opens every report of it. */
  private static final String LEAD = "A fire destroyed a warehouse in the port of Kessing on Friday. ";

  @TempDir Path work;


  @Test
  void oneFactInOtherWordsAgrees() throws Exception {
    CorpusAnalysis analysis = analyse(
        "The blaze started in a storage room filled with paint, officials said.",
        "Investigators believe the flames broke out in a storage room where paint was kept.",
        "The owner of the warehouse was at home when the alarm went off.",
        "The port road was closed for most of the day.",
        "Dock workers watched the smoke from across the harbour.",
        "The fire service said the warehouse could not be saved.");

    assertThat(verdictsJoining(analysis, "started in a storage room", "broke out in a storage room"))
        .containsExactly(Verdict.AGREEMENT);
  }

  @Test
  void anActNamedByItsVerbOrItsNounIsOneFact() throws Exception {
    CorpusAnalysis nouns = analyse(
        "The owner had to cancel a recruiting fair that afternoon.",
        "A recruitment fair was to be held at the site later in the day.",
        "The owner of the warehouse was at home when the alarm went off.",
        "The port road was closed for most of the day.",
        "Harbour pilots watched the smoke from across the bay.",
        "The fire service said the warehouse could not be saved.");

    assertThat(verdictsJoining(nouns, "recruiting fair", "recruitment fair")).containsExactly(Verdict.AGREEMENT);
  }

  @Test
  void oneRareWordSaidOfTheSamePeopleIsOneFact() throws Exception {
    CorpusAnalysis analysis = analyse(
        "Police said Ilse Brandt and Tomas Weller were identified by fingerprints.",
        "Fingerprints of Ilse Brandt and Tomas Weller were found on the door.",
        "Police said the owner of the warehouse was identified at home when the alarm went off.",
        "Police said the port road was closed for most of the day, and the driver was identified.",
        "Police said dock workers identified the smoke from across the harbour.",
        "The fire service said the warehouse could not be saved.");

    assertThat(verdictsJoining(analysis, "identified by fingerprints", "Fingerprints of Ilse"))
        .containsExactly(Verdict.AGREEMENT);
  }

  @Test
  void oneRareWordSaidWithTheSameWordOfTheStoryIsOneFact() throws Exception {
    CorpusAnalysis analysis = analyse(
        "The blaze broke out in the attic.",
        "Chief Ada Lorne said it started in the attic.",
        "The owner said the alarm started ringing at midnight.",
        "The port road was closed when the fire began to spread.",
        "Dock workers watched the smoke from across the harbour.",
        "The fire service said the warehouse could not be saved.");

    assertThat(verdictsJoining(analysis, "broke out in the attic", "started in the attic"))
        .containsExactly(Verdict.AGREEMENT);
  }

  @Test
  void oneRareWordSaidWithOtherWordsOfTheStoryIsNoFact() throws Exception {
    CorpusAnalysis analysis = analyse(
        "The blaze broke out in the attic.",
        "Chief Ada Lorne said the attic was destroyed.",
        "The owner said the alarm started ringing at midnight.",
        "The port road was closed when the fire began to spread.",
        "Dock workers watched the smoke from across the harbour.",
        "The fire service said the warehouse could not be saved.");

    assertThat(verdictsJoining(analysis, "broke out in the attic", "attic was destroyed")).isEmpty();
  }

  @Test
  void oneRareWordWithoutAPersonOfItsOwnIsNoFact() throws Exception {
    CorpusAnalysis analysis = analyse(
        "Police said the victims were identified by fingerprints.",
        "Fingerprints were found on the door.",
        "Police said the owner of the warehouse was identified at home when the alarm went off.",
        "Police said the port road was closed for most of the day, and the driver was identified.",
        "Police said dock workers identified the smoke from across the harbour.",
        "The fire service said the warehouse could not be saved.");

    assertThat(verdictsJoining(analysis, "identified by fingerprints", "Fingerprints were found")).isEmpty();
  }

  @Test
  void aDeniedStatementDoesNotAgreeWithTheAffirmedOne() throws Exception {
    CorpusAnalysis analysis = analyse(
        "The blaze started in a storage room filled with paint, officials said.",
        "The owner said no paint was ever kept in the storage room of the building.",
        "The owner of the warehouse was at home when the alarm went off.",
        "The port road was closed for most of the day.",
        "Dock workers watched the smoke from across the harbour.",
        "The fire service said the warehouse could not be saved.");

    assertThat(verdictsJoining(analysis, "started in a storage room", "no paint was ever kept")).isEmpty();
  }

  @Test
  void theSameWordsSaidOfDifferentPeopleStayApart() throws Exception {
    CorpusAnalysis analysis = analyse(
        "Harbour master Ilse Brandt was questioned by police about the locked storage room.",
        "Night guard Tomas Weller was questioned by police about the locked storage room.",
        "The owner of the warehouse was at home when the alarm went off.",
        "The port road was closed for most of the day.",
        "Dock workers watched the smoke from across the harbour.",
        "The fire service said the warehouse could not be saved.");

    assertThat(verdictsJoining(analysis, "Ilse Brandt", "Tomas Weller")).isEmpty();
  }

  @Test
  void differentFiguresBesideTheSharedWordsStayApart() throws Exception {
    CorpusAnalysis analysis = analyse(
        "The harbour board said its 12-member safety panel would review the sprinkler contract.",
        "The harbour board said its nine-member safety panel would review the sprinkler contract.",
        "The owner of the warehouse was at home when the alarm went off.",
        "The port road was closed for most of the day.",
        "Dock workers watched the smoke from across the harbour.",
        "The fire service said the warehouse could not be saved.");

    assertThat(verdictsJoining(analysis, "12-member", "nine-member")).doesNotContain(Verdict.AGREEMENT);
  }

  @Test
  void twoSharedWordsFarApartAreNoFact() throws Exception {
    CorpusAnalysis analysis = analyse(
        "The mayor praised the courage of the crews on Friday, speaking after a short ceremony at the town hall.",
        "Firefighters who fought through the night will be honoured next month, at a ceremony for their courage.",
        "The owner of the warehouse was at home when the alarm went off.",
        "The port road was closed for most of the day.",
        "Dock workers watched the smoke from across the harbour.",
        "The fire service said the warehouse could not be saved.");

    // "courage" and "ceremony" stand far apart in the first: praise at one ceremony, honours at another
    assertThat(verdictsJoining(analysis, "praised the courage", "will be honoured")).isEmpty();
  }

  @Test
  void theStorysOwnWordsMakeNoAgreement() throws Exception {
    CorpusAnalysis analysis = analyse(
        "The port road was closed for most of the day.",
        "Dock workers watched the smoke from across the harbour.",
        "The fire service said the warehouse could not be saved.",
        "The owner of the warehouse was at home when the alarm went off.",
        "Police said the cause of the fire was not yet known.",
        "Insurers will assess the damage next week.");

    // every article says a fire destroyed a warehouse in Kessing: the story, not a fact to agree on
    assertThat(analysis.findings().stream().filter(finding -> finding.topic().startsWith("fact"))).isEmpty();
  }

  private CorpusAnalysis analyse(String... sentences) throws Exception {
    return WrittenCorpus.analyse(work, "2024-03-16", LEAD, sentences);
  }

  private static List<Verdict> verdictsJoining(CorpusAnalysis analysis, String first, String second) {
    return WrittenCorpus.verdictsJoining(analysis, first, second);
  }
}
