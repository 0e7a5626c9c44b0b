package dev.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirstReportAlignmentTest {

  private final FirstReportAlignment alignment = FirstReportAlignment.load();

  @Test
  void theOutletCreditedWithReportingFirstIsReadHoweverItIsSaid() {
    assertThat(alignment.firstReporter("The Herald first reported the mayor had resigned.").orElseThrow().outlet())
        .isEqualTo("Herald");
    assertThat(alignment.firstReporter("The resignation was first reported by the Daily Herald on Monday.")
        .orElseThrow().outlet()).isEqualTo("Daily Herald");
    assertThat(alignment.firstReporter("Channel 5, which broke the news, cited two aides.").orElseThrow().outlet())
        .isEqualTo("Channel 5");
    assertThat(alignment.firstReporter("Radio Nord aired the interview, first breaking the news of her exit.")
        .orElseThrow().outlet()).isEqualTo("Radio Nord");
  }

  @Test
  void aPronounOrABreakingFireCreditsNoOutlet() {
    assertThat(alignment.firstReporter("He first reported the leak in March.")).isEmpty();
    assertThat(alignment.firstReporter("Firefighters said the blaze first broke out in the kitchen.")).isEmpty();
    assertThat(alignment.firstReporter("The mayor called the council before breaking the news.")).isEmpty();
  }

  @Test
  void sourcesCreditingTheSameOutletAgree() {
    Claim first = ClaimFixture.statement("01_wire", "The Herald first reported the mayor had resigned.").build();
    Claim second = ClaimFixture.statement("02_daily", "The Herald posted its story at noon, first breaking the news"
        + " that the mayor had quit.").build();
    Claim other = ClaimFixture.statement("03_local", "The resignation was first reported by Radio Nord.").build();

    ImmutableList<ClusterDraft> drafts = alignment.drafts(List.of(first, second, other));

    assertThat(drafts).hasSize(1);
    assertThat(drafts.get(0).claims()).containsExactly(first, second);
    assertThat(drafts.get(0).label()).isEqualTo("first reported by Herald");
  }
}
