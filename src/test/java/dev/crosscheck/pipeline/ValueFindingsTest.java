package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.compare.Finding;
import dev.crosscheck.compare.Verdict;
import dev.crosscheck.report.CorpusAnalysis;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typed values aligned across sources through the whole pipeline, on stories written for the test in the
 * style of news coverage: paraphrases of one figure agree, different figures for one fact conflict, and
 * look-alike figures of different things are kept apart.
 */
class ValueFindingsTest {

  @TempDir Path work;


  @Test
  void oneFigureWordedTwoWaysAgrees() throws Exception {
    CorpusAnalysis analysis = analyse(
        "The ferry operator agreed to be bought by a rival for $7.35 billion in cash on Thursday.",
        "Shareholders will receive cash under the deal, which values the ferry operator at 7.35 billion dollars.");

    assertThat(verdictsJoining(analysis, "$7.35 billion", "7.35 billion dollars")).contains(Verdict.AGREEMENT);
  }

  @Test
  void differentCountsOfOneFactConflict() throws Exception {
    CorpusAnalysis analysis = analyse(
        "Fire officials said 240 firefighters were sent to fight the warehouse blaze overnight.",
        "Fire officials said 310 firefighters were sent to fight the warehouse blaze overnight.");

    assertThat(verdictsJoining(analysis, "240 firefighters", "310 firefighters")).contains(Verdict.CONFLICT);
  }

  @Test
  void milesAndKilometresAgreeAfterConversion() throws Exception {
    CorpusAnalysis analysis = analyse(
        "The plane came down in a field about 50 miles south of the capital, police said.",
        "Police said the plane came down in a field 80 kilometres south of the capital.");

    assertThat(verdictsJoining(analysis, "50 miles", "80 kilometres")).contains(Verdict.AGREEMENT);
  }

  @Test
  void aBoundAgreesWithAFigureInsideIt() throws Exception {
    CorpusAnalysis analysis = analyse(
        "More than 20 homes were destroyed by the flood in the river town, the mayor said.",
        "The mayor said 24 homes were destroyed by the flood in the river town.");

    assertThat(verdictsJoining(analysis, "More than 20 homes", "24 homes")).contains(Verdict.AGREEMENT)
        .doesNotContain(Verdict.CONFLICT);
  }

  @Test
  void aCompoundCountsWhatItsLastPartCounts() throws Exception {
    CorpusAnalysis analysis = analyse(
        "About 120 fighters battled the blaze at the depot through the night.",
        "About 120 firefighters battled the depot blaze through the night, the brigade said.");

    assertThat(verdictsJoining(analysis, "120 fighters", "120 firefighters")).contains(Verdict.AGREEMENT);
  }

  @Test
  void countsOfDifferentPeopleNeverConflict() throws Exception {
    CorpusAnalysis analysis = analyse(
        "The embassy said four German nationals were among the passengers of the bus.",
        "The embassy said 6 Italian nationals were among the passengers of the bus.");

    assertThat(verdictsJoining(analysis, "four German nationals", "6 Italian nationals"))
        .doesNotContain(Verdict.CONFLICT);
  }

  @Test
  void oneSourceGivingBothFiguresMakesThemTwoFacts() throws Exception {
    CorpusAnalysis analysis = analyse(
        "The offer is a 30% premium over Friday's close and a 45% premium over the price in March.",
        "Analysts noted the offer is a 45% premium over the price of the stock before the bid.");

    assertThat(verdictsJoining(analysis, "a 30% premium", "45% premium over the price of the stock"))
        .doesNotContain(Verdict.CONFLICT);
  }

  @Test
  void aSourceGivingBothFiguresReportsARevisionAndTakesNoSide() throws Exception {
    CorpusAnalysis analysis = analyse(
        "Police said 6 people died in the tunnel collapse near the border crossing.",
        "Police said 11 people died in the tunnel collapse near the border crossing.",
        "Police first said 6 people died in the tunnel collapse, then said 11 people died in the tunnel collapse.");

    List<Finding> conflicts = analysis.findings().stream().filter(f -> f.verdict() == Verdict.CONFLICT).toList();
    assertThat(conflicts).singleElement().satisfies(conflict -> assertThat(conflict.claimIds())
        .allMatch(id -> !id.startsWith("003/")).anyMatch(id -> id.startsWith("001/"))
        .anyMatch(id -> id.startsWith("002/")));
  }

  @Test
  void figuresOfDifferentDaysAreNotOneFact() throws Exception {
    CorpusAnalysis analysis = analyse(
        "On March 3 the shares closed at $41.20 after the filing was made public.",
        "On March 9 the shares closed at $47.80 after the filing was made public.");

    assertThat(verdictsJoining(analysis, "$41.20", "$47.80")).doesNotContain(Verdict.CONFLICT);
  }

  @Test
  void oneDayNamedForOneEventAgreesAndForAnotherEventStaysApart() throws Exception {
    CorpusAnalysis analysis = analyse(
        "The board dismissed the chief executive on Tuesday after a review of the accounts.",
        "The chief executive was dismissed by the board on Tuesday, the company said.",
        "Shareholders met in Lyon on Tuesday to vote on the dividend.");

    assertThat(verdictsJoining(analysis, "dismissed the chief executive on Tuesday", "was dismissed by the board"))
        .contains(Verdict.AGREEMENT);
    assertThat(verdictsJoining(analysis, "dismissed the chief executive on Tuesday", "Shareholders met in Lyon"))
        .isEmpty();
  }

  @Test
  void twoClockTimesOfOneOnceOnlyHappeningConflict() throws Exception {
    CorpusAnalysis analysis = analyse(
        "At 4:12 p.m., the brick chimney that had stood over the mill since 1890 broke apart and fell onto the yard.",
        "Witnesses told reporters the old chimney would collapse soon after at 4.35pm.");

    assertThat(verdictsJoining(analysis, "At 4:12 p.m.", "4.35pm")).contains(Verdict.CONFLICT);
    assertThat(analysis.findings()).filteredOn(finding -> finding.verdict() == Verdict.CONFLICT)
        .extracting(Finding::explanation).anyMatch(explanation -> explanation.contains("the collapse of the chimney"));
  }

  @Test
  void aClockOfAnEarlierMomentDoesNotDateTheHappeningTheSentenceTimesFromIt() throws Exception {
    CorpusAnalysis analysis = analyse(
        "At 4:12 p.m., the brick chimney that had stood over the mill since 1890 broke apart and fell onto the yard.",
        "Witnesses told reporters smoke was first seen at 3.50pm, with the old chimney collapsing about half an hour later.");

    assertThat(verdictsJoining(analysis, "At 4:12 p.m.", "3.50pm")).doesNotContain(Verdict.CONFLICT);
  }

  @Test
  void sharesFallingAtTwoTimesOfADayAreTwoMoves() throws Exception {
    CorpusAnalysis analysis = analyse(
        "In early trading the carmaker's shares fell at 10:15 a.m. as investors weighed the recall.",
        "Analysts said the shares fell again at 2.40pm after the regulator published its letter.");

    assertThat(verdictsJoining(analysis, "10:15 a.m.", "2.40pm")).doesNotContain(Verdict.CONFLICT);
  }

  @Test
  void twoLengthsOfTimeUntilOneFireWasOutConflict() throws Exception {
    CorpusAnalysis analysis = analyse(
        "'It is over': crews succeed after 9-hour struggle to extinguish the depot fire",
        "The blaze at the depot was put out on Sunday, around 13 hours after it started, the fire service said.");

    assertThat(verdictsJoining(analysis, "9-hour", "around 13 hours")).contains(Verdict.CONFLICT);
  }

  @Test
  void aSentenceGivingTwoLengthsOfTimeTimesNoHappeningByEither() throws Exception {
    CorpusAnalysis analysis = analyse(
        "'It is over': crews succeed after 9-hour struggle to extinguish the depot fire",
        "The blaze at the depot was put out on Sunday, 13 hours after it started and four hours after it was contained.");

    assertThat(verdictsJoining(analysis, "9-hour", "13 hours")).doesNotContain(Verdict.CONFLICT);
  }

  private CorpusAnalysis analyse(String... sentences) throws Exception {
    return WrittenCorpus.analyse(work, "2024-03-14", "", sentences);
  }

  private static List<Verdict> verdictsJoining(CorpusAnalysis analysis, String first, String second) {
    return WrittenCorpus.verdictsJoining(analysis, first, second);
  }
}
