package dev.crosscheck.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class MentionFinderTest {

  private static List<Mention> find(String text) {
    return MentionFinder.standard().find("d", text, Tokenizer.tokens(text));
  }

  @Test
  void titlesAndCountriesAreSplitFromTheName() {
    assertThat(find("U.S. President Donald J. Trump met Chairman Kim Jong Un."))
        .extracting(Mention::text, Mention::kind, Mention::canonical, Mention::tentative)
        .containsExactly(
            tuple("U.S.", EntityKind.PLACE, "United States", false),
            tuple("Donald J. Trump", EntityKind.PERSON, "Donald J. Trump", false),
            tuple("Kim Jong Un", EntityKind.PERSON, "Kim Jong Un", false));
  }

  @Test
  void organisationsByGazetteerAndByTheirLastWord() {
    assertThat(find("The North Korean Foreign Ministry and the State Department spoke, as did Korean Central News Agency."))
        .extracting(Mention::canonical, Mention::kind)
        .containsExactly(
            tuple("North Korean Foreign Ministry", EntityKind.ORGANISATION),
            tuple("State Department", EntityKind.ORGANISATION),
            tuple("KCNA", EntityKind.ORGANISATION));
  }

  @Test
  void countriesAndTimeZoneCitiesAreKnownPlacesWithoutAHandList() {
    assertThat(find("Flights from Lagos to Kolkata were diverted over Peru on the way."))
        .filteredOn(mention -> mention.kind() == EntityKind.PLACE)
        .extracting(Mention::canonical, Mention::kind)
        .containsExactly(tuple("Lagos", EntityKind.PLACE), tuple("Kolkata", EntityKind.PLACE),
            tuple("Peru", EntityKind.PLACE));
  }

  @Test
  void acronymsMatchOnlyInCapitals() {
    assertThat(find("Kim Jong Un told us the UN was wrong."))
        .extracting(Mention::canonical)
        .containsExactly("Kim Jong Un", "United Nations");
  }

  @Test
  void loneCapitalisedWordIsOnlyTentative() {
    assertThat(find("Hours earlier, Trump said so."))
        .extracting(Mention::text, Mention::tentative)
        .containsExactly(tuple("Hours", true), tuple("Trump", true));
  }

  @Test
  void namedPlacesAndEventsAreNotPeople() {
    assertThat(find("He stood in the Rose Garden after the Korean War memorial event."))
        .extracting(Mention::text, Mention::kind)
        .containsExactly(tuple("Rose Garden", EntityKind.PLACE));
  }
}
