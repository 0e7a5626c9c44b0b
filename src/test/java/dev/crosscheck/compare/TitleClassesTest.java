package dev.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleClassesTest {

  private static final TitleClasses TITLES = TitleClasses.load();

  @Test
  void titleWithItsOrganisationInFrontIsTheSameOffice() {
    assertThat(TITLES.equivalent("White House press secretary", "spokesperson")).isTrue();
    assertThat(TITLES.equivalent("US Secretary of State", "secretary of state")).isTrue();
  }

  @Test
  void aModifiedRankIsNotItsHead() {
    assertThat(TITLES.equivalent("vice chairman", "chairman")).isFalse();
    assertThat(TITLES.known("vice chairman")).isFalse();
  }

  @Test
  void genericDescriptionsAreCompatibleWithAnyOffice() {
    assertThat(TITLES.compatible("White House official", "press secretary")).isTrue();
    assertThat(TITLES.equivalent("official", "press secretary")).isFalse();
  }

  @Test
  void differentOfficesAreKnownAndNotCompatible() {
    assertThat(TITLES.compatible("secretary of state", "national security adviser")).isFalse();
    assertThat(TITLES.known("secretary of state")).isTrue();
  }
}
