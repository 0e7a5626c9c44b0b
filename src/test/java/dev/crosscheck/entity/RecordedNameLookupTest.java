package dev.crosscheck.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordedNameLookupTest {

  private static EntityIndex.Builder corpus() {
    return EntityIndex.builder()
        .addFullName("a", "Sarah Sanders")
        .addFullName("b", "Sarah Huckabee Sanders")
        .addTitle("a", "press secretary", "Sarah Sanders");
  }

  @Test
  void eachQuestionIsNotedOnceWithItsAnswer() {
    RecordedNameLookup names = new RecordedNameLookup(corpus().build());

    assertThat(names.person("a", "Sanders", false)).contains("Sarah Huckabee Sanders");
    names.person("a", "Sanders", false);
    assertThat(names.personWithTitle("a", "press secretary")).contains("Sarah Huckabee Sanders");
    assertThat(names.person("a", "Bolton", false)).isEmpty();

    assertThat(names.answers()).containsExactly(
        new NameAnswer(false, "Sanders", false, Optional.of("Sarah Huckabee Sanders")),
        new NameAnswer(true, "press secretary", false, Optional.of("Sarah Huckabee Sanders")),
        new NameAnswer(false, "Bolton", false, Optional.empty()));
  }

  @Test
  void anAnswerHoldsWhileOtherDocumentsNameOtherPeopleOnly() {
    RecordedNameLookup names = new RecordedNameLookup(corpus().build());
    names.person("a", "Sanders", false);
    names.person("a", "Bolton", false);

    EntityIndex otherPeople = corpus().addFullName("c", "Mike Pompeo").build();
    EntityIndex boltonNamed = corpus().addFullName("c", "John Bolton").build();

    assertThat(names.answers()).allMatch(answer -> answer.givenAgainBy(otherPeople, "a"));
    assertThat(names.answers()).anyMatch(answer -> !answer.givenAgainBy(boltonNamed, "a"));
  }
}
