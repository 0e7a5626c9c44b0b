package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightedTextTest {

  private static final String TEXT = "Intro. The letter was dated June 12, according to a spokesman.";
  private static final int START = TEXT.indexOf("The");

  @Test
  void overlappingClaimsGiveFlatRunsNamingEveryClaimThatCoversThem() {
    int letter = TEXT.indexOf("The letter");
    int june = TEXT.indexOf("June 12");
    List<ReportPage.TextPiece> pieces = HighlightedText.pieces(TEXT, START, TEXT.length(), List.of(
        new HighlightedText.Span("d/c1", letter, june + "June 12".length()),
        new HighlightedText.Span("d/c2", june, TEXT.indexOf(", according"))));

    assertThat(pieces).extracting(ReportPage.TextPiece::text)
        .containsExactly("The letter was dated ", "June 12", ", according to a spokesman.");
    assertThat(pieces).extracting(ReportPage.TextPiece::claims).containsExactly("d/c1", "d/c1\nd/c2", "");
  }

  @Test
  void aSpanReachingPastTheSentenceIsCutAtItsEdges() {
    List<ReportPage.TextPiece> pieces = HighlightedText.pieces(TEXT, START, TEXT.length(),
        List.of(new HighlightedText.Span("d/c1", 0, START + 3)));

    assertThat(pieces).extracting(ReportPage.TextPiece::text)
        .containsExactly("The", " letter was dated June 12, according to a spokesman.");
    assertThat(pieces.get(0).claim()).isTrue();
  }

  @Test
  void aSentenceWithoutClaimsIsOneRun() {
    assertThat(HighlightedText.pieces(TEXT, START, TEXT.length(), List.of()))
        .containsExactly(new ReportPage.TextPiece(TEXT.substring(START), false, "", 0));
  }
}
