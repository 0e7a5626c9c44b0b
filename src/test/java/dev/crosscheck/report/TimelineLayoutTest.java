package dev.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.compare.EventCluster;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimelineLayoutTest {

  private static final CorpusAnalysis CORPUS = ReportFixtures.letterAndMeeting();

  private static TimelineLayout.Geometry layout(EventCluster cluster) {
    List<Claim> claims = CORPUS.claims().stream().filter(claim -> cluster.claimIds().contains(claim.id())).toList();
    return TimelineLayout.layout(cluster, claims,
        id -> new TimelineLayout.Lane(id, id, Optional.empty()), claim -> "none", Claim::sentenceText);
  }

  @Test
  void laterDatesLieFurtherRightAndEachClaimLinksToItsSentence() {
    TimelineLayout.Geometry geometry = layout(CORPUS.clusters().get(0));

    ReportPage.Mark twelfth = markLinking(geometry, "#doc:001_harbour:s2");
    ReportPage.Mark fourteenth = markLinking(geometry, "#doc:002_coastal:s2");
    assertThat(twelfth.x()).isLessThan(fourteenth.x());
    assertThat(twelfth.x()).isBetween(TimelineLayout.PLOT_LEFT, TimelineLayout.PLOT_RIGHT);
    assertThat(geometry.ticks()).isNotEmpty();
    assertThat(geometry.rows()).hasSize(2);
  }

  @Test
  void undatedClaimsGoToTheirOwnColumn() {
    TimelineLayout.Geometry geometry = layout(CORPUS.clusters().get(2));

    assertThat(geometry.marks()).singleElement()
        .satisfies(mark -> assertThat(mark.x()).isGreaterThanOrEqualTo(TimelineLayout.UNDATED_LEFT));
    assertThat(geometry.ticks()).isEmpty();
    assertThat(geometry.span()).isEqualTo("no dated claims");
  }

  @Test
  void lanesBeyondTheLimitAreCountedNotDrawn() {
    ImmutableList.Builder<String> documents = ImmutableList.builder();
    for (int i = 0; i < TimelineLayout.MAX_LANES + 5; i++) {
      documents.add("doc" + i);
    }
    EventCluster crowded = new EventCluster("e9", "letter", "crowded", ImmutableList.of(), documents.build());

    TimelineLayout.Geometry geometry = layout(crowded);

    assertThat(geometry.rows()).hasSize(TimelineLayout.MAX_LANES);
    assertThat(geometry.hiddenRows()).isEqualTo(5);
  }

  private static ReportPage.Mark markLinking(TimelineLayout.Geometry geometry, String href) {
    return geometry.marks().stream().filter(mark -> mark.href().equals(href)).findFirst().orElseThrow();
  }
}
