package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.compare.Verdict;
import dev.crosscheck.report.CorpusAnalysis;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How badly people were hurt, compared across sources through the whole pipeline, on sentences written for the
 * test: a grave and a slight injury of the same kind of people conflict; injuries of different people, and
 * sentences grading two groups at once, stay apart.
 */
class InjuryFindingsTest {

  @TempDir Path work;

  @Test
  void graveAndSlightInjuriesOfTheSamePeopleConflict() throws Exception {
    CorpusAnalysis analysis = analyse(
        "A rescuer has been seriously injured while fighting the warehouse blaze, officials said.",
        "Three residents and one rescuer suffered minor injuries, according to the police.");

    assertThat(verdictsJoining(analysis, "seriously injured", "minor injuries")).contains(Verdict.CONFLICT);
  }

  @Test
  void injuriesOfDifferentPeopleStayApart() throws Exception {
    CorpusAnalysis analysis = analyse(
        "A rescuer has been seriously injured while fighting the warehouse blaze, officials said.",
        "Two residents were slightly hurt as they fled the smoke, according to the police.");

    assertThat(verdictsJoining(analysis, "seriously injured", "slightly hurt")).doesNotContain(Verdict.CONFLICT);
  }

  @Test
  void differentNumbersOfInjuredAreDifferentGroups() throws Exception {
    CorpusAnalysis analysis = analyse(
        "Two passengers were critically injured when the bus overturned on the bridge, officials said.",
        "Five passengers suffered minor injuries and were treated at the scene, according to the police.");

    assertThat(verdictsJoining(analysis, "critically injured", "minor injuries")).doesNotContain(Verdict.CONFLICT);
  }

  @Test
  void aSentenceGradingTwoGroupsGradesNeither() throws Exception {
    CorpusAnalysis analysis = analyse(
        "One rescuer was seriously injured and two other rescuers slightly hurt, officials said.",
        "A rescuer suffered minor injuries in the warehouse blaze, according to the police.");

    assertThat(verdictsJoining(analysis, "seriously injured", "minor injuries")).doesNotContain(Verdict.CONFLICT);
  }

  @Test
  void aDeniedInjuryGradesNothing() throws Exception {
    CorpusAnalysis analysis = analyse(
        "No rescuer was seriously injured in the warehouse blaze, officials said.",
        "A rescuer suffered minor injuries in the warehouse blaze, according to the police.");

    assertThat(verdictsJoining(analysis, "seriously injured", "minor injuries")).doesNotContain(Verdict.CONFLICT);
  }

  private CorpusAnalysis analyse(String... sentences) throws Exception {
    return WrittenCorpus.analyse(work, "2024-03-14", "", sentences);
  }

  private static List<Verdict> verdictsJoining(CorpusAnalysis analysis, String first, String second) {
    return WrittenCorpus.verdictsJoining(analysis, first, second);
  }
}
