package dev.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A floor on value F1 (TempEval-3 style: relaxed span F1 times value accuracy) over a small fixed sample of
 * news sentences written for this test. The full benchmark is TimeBank/AQUAINT (see the README); this
 * guards against regressions without depending on files outside the project.
 */
class TemporalTaggerScoreTest {

  private record Gold(String text, String dct, List<String[]> expressions) {}

  private static Gold gold(String text, String dct, String... textValuePairs) {
    List<String[]> pairs = new java.util.ArrayList<>();
    for (int i = 0; i < textValuePairs.length; i += 2) {
      pairs.add(new String[] {textValuePairs[i], textValuePairs[i + 1]});
    }
    return new Gold(text, dct, pairs);
  }

  private static final List<Gold> SAMPLE = List.of(
      gold("The ministry said on Tuesday that exports fell 3 percent in March from a year earlier.", "2021-04-15",
          "Tuesday", "2021-04-13", "March", "2021-03", "a year earlier", "2020"),
      gold("Officials will meet again next week in Geneva.", "2021-04-15", "next week", "2021-W16"),
      gold("The company posted its results for the second quarter on July 28.", "2021-08-02",
          "the second quarter", "2021-Q2", "July 28", "2021-07-28"),
      gold("She has lived in the city for 12 years and moved there in 2009.", "2021-08-02",
          "12 years", "P12Y", "2009", "2009"),
      gold("The storm hit the coast late Saturday and power returned on Monday morning.", "2021-08-30",
          "Saturday", "2021-08-28", "Monday", "2021-08-30"),
      gold("Voters go to the polls on Nov. 3, 2020, after a campaign of almost two years.", "2020-10-01",
          "Nov. 3, 2020", "2020-11-03", "two years", "P2Y"),
      gold("The plant closed in the 1980s and reopened three decades later.", "2021-01-05",
          "1980s", "198X"),
      gold("Inflation has risen every month since January.", "2021-06-10",
          "every month", "P1M", "January", "2021-01"),
      gold("The minister resigned yesterday, two days after the vote.", "2021-06-10",
          "yesterday", "2021-06-09"),
      gold("Recently, the council has met weekly.", "2021-06-10", "Recently", "PAST_REF", "weekly", "P1W"),
      gold("The bridge opened on 4 May 1998 and carried traffic until last year.", "2021-06-10",
          "4 May 1998", "1998-05-04", "last year", "2020"),
      gold("Talks are scheduled for Thursday at 10 a.m.", "2021-06-14", "Thursday", "2021-06-17",
          "10 a.m.", "2021-06-14T10:00"),
      gold("The festival takes place this summer, as it has each year since 2015.", "2021-03-01",
          "this summer", "2021-SU", "each year", "P1Y", "2015", "2015"),
      gold("Earlier this month, the bank cut rates for the first time in a decade.", "2021-03-20",
          "this month", "2021-03", "a decade", "P10Y"));

  @Test
  void valueF1OnTheWrittenSampleStaysAboveFloor() {
    TemporalTagger tagger = new TemporalTagger();
    int goldCount = 0;
    int systemCount = 0;
    int matched = 0;
    int correct = 0;
    for (Gold sentence : SAMPLE) {
      List<TimeExpression> found = tagger.tag("sample", sentence.text(), Optional.of(LocalDate.parse(sentence.dct())));
      systemCount += found.size();
      for (String[] expected : sentence.expressions()) {
        goldCount++;
        int start = sentence.text().indexOf(expected[0]);
        int end = start + expected[0].length();
        Optional<TimeExpression> overlapping = found.stream()
            .filter(expression -> expression.start() < end && start < expression.end()).findFirst();
        if (overlapping.isPresent()) {
          matched++;
          correct += overlapping.get().value().equals(expected[1]) ? 1 : 0;
        }
      }
    }
    double precision = (double) matched / systemCount;
    double recall = (double) matched / goldCount;
    double valueF1 = 2 * precision * recall / (precision + recall) * correct / matched;
    assertThat(valueF1).as("value F1 on %d gold expressions (%d found, %d matched, %d correct)",
        goldCount, systemCount, matched, correct).isGreaterThanOrEqualTo(0.85);
  }
}
