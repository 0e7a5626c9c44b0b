package dev.crosscheck.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityIndexTest {

  private static final EntityIndex INDEX = EntityIndex.builder()
      .addFullName("a", "Kim Jong-un")
      .addFullName("b", "Kim Jong Un")
      .addFullName("b", "Kim Jong Un")
      .addFullName("a", "Donald Trump")
      .addFullName("b", "Donald J. Trump")
      .addFullName("c", "Donald Trump")
      .addFullName("c", "Sarah Huckabee Sanders")
      .addFullName("b", "Sarah Sanders")
      .addFullName("d", "Kim Yo Jong")
      .addTitle("b", "North Korean leader", "Kim Jong Un")
      .build();

  @Test
  void spellingsOfOneNameShareTheMostUsedFullestForm() {
    assertThat(INDEX.person("a", "Kim Jong-un", false)).contains("Kim Jong Un");
    assertThat(INDEX.person("b", "Donald J. Trump", false)).contains("Donald Trump");
    assertThat(INDEX.person("b", "Sarah Sanders", false)).contains("Sarah Huckabee Sanders");
  }

  @Test
  void singleNamePrefersThePersonItsOwnDocumentNames() {
    assertThat(INDEX.person("d", "Kim", false)).contains("Kim Yo Jong");
    assertThat(INDEX.person("b", "Kim", true)).contains("Kim Jong Un");
    assertThat(INDEX.person("e", "Trump", false)).contains("Donald Trump");
  }

  @Test
  void unknownSingleWordIsAPersonOnlyWithATitle() {
    assertThat(INDEX.person("a", "Speaking", false)).isEmpty();
    assertThat(INDEX.person("a", "Bolton", true)).contains("Bolton");
  }

  @Test
  void descriptionResolvesOnlyWithinItsDocument() {
    assertThat(INDEX.personWithTitle("b", "leader")).isEmpty();
    assertThat(INDEX.personWithTitle("b", "North Korean leader")).contains("Kim Jong Un");
    assertThat(INDEX.personWithTitle("a", "North Korean leader")).isEmpty();
  }
}
