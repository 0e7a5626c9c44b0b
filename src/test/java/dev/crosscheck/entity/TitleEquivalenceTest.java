package dev.crosscheck.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleEquivalenceTest {

  private final TitleEquivalence titles = TitleEquivalence.instance();

  @Test
  void spokespersonIsPressSecretary() {
    assertThat(titles.equivalent("spokesperson", "Press Secretary")).isTrue();
    assertThat(titles.equivalent("spokeswoman", "press secretary")).isTrue();
  }

  @Test
  void differentRolesAreNotEquivalent() {
    assertThat(titles.equivalent("press secretary", "secretary of state")).isFalse();
  }

  @Test
  void broaderTitleIsCompatibleButNotEquivalent() {
    assertThat(titles.equivalent("official", "press secretary")).isFalse();
    assertThat(titles.compatible("official", "press secretary")).isTrue();
    assertThat(titles.compatible("press secretary", "official")).isTrue();
    assertThat(titles.compatible("expert", "press secretary")).isFalse();
  }
}
