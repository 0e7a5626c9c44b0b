package dev.crosscheck.claim;

import static dev.crosscheck.claim.TestDocuments.claims;
import static dev.crosscheck.claim.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityClaimsTest {

  private static List<Claim> quantities(List<Claim> claims) {
    return claims.stream().filter(c -> c.type() == ClaimType.QUANTITY).toList();
  }

  @Test
  void numberWrittenInWordsIsDigits() {
    var claims = claims(document("seed")
        .sentence("Fifty-five caskets containing what North Korean claimed were the remains of U.S. servicemembers"
            + " arrived in Hawaii on Wednesday.")
        .time("on Wednesday", "XXXX-WXX-3")
        .build());

    assertThat(quantities(claims))
        .extracting(Claim::subject, Claim::predicate, Claim::object, c -> c.slot("noun").orElse(""))
        .containsExactly(tuple("casket", "count", "55", "casket"));
  }

  @Test
  void occasionsToldByTheirPartsMakeACount() {
    var claims = claims(document("fixture")
        .sentence("The coach said he spoke to the striker once at the training ground and twice by phone.")
        .sentence("The mayor met the union leaders twice in March and three times in April.")
        .build());

    assertThat(quantities(claims)).filteredOn(c -> c.slot("noun").orElse("").equals("occasion"))
        .extracting(Claim::object, c -> c.slot("tally").orElse(""))
        .containsExactly(tuple("3", "1 and 2 times"), tuple("5", "2 and 3 times"));
  }

  @Test
  void ratiosRatesAndLoneFrequenciesAreNoOccasions() {
    var claims = claims(document("fixture")
        .sentence("The new hall holds twice as many seats and three times the staff of the old one.")
        .sentence("Buses run twice a day and once at night.")
        .sentence("Once the storm passed, crews went out twice.")
        .build());

    assertThat(quantities(claims)).filteredOn(c -> c.slot("noun").orElse("").equals("occasion")).isEmpty();
  }

  @Test
  void listedPeopleAndOthersMakeATotal() {
    var claims = claims(document("fixture")
        .sentence("A year after the avalanche that killed mountaineer Anna Berg, her younger brother and six other"
            + " people, investigators published their report.")
        .sentence("The boat carrying Tom Hale, his 12-year-old son, Ben Hale, and four others sank off the cape.")
        .sentence("His son Ben and two others have yet to be found, but all 6 passengers were accounted for.")
        .build());

    assertThat(quantities(claims)).filteredOn(c -> c.slot("tally").isPresent())
        .extracting(Claim::object, c -> c.slot("tally").orElse(""))
        .containsExactly(tuple("8", "2 named and 6 others"), tuple("6", "2 named and 4 others"));
  }

  @Test
  void aListStartsAtItsFirstMemberNotAtATimeSaidBeforeIt() {
    var claims = claims(document("fixture")
        .sentence("Two years after the rockfall that killed climber Maria Lund, her youngest son and five other"
            + " people, the park reopened the trail.")
        .time("Two years", "P2Y")
        .build());

    assertThat(quantities(claims)).filteredOn(c -> c.slot("tally").isPresent())
        .extracting(Claim::object, c -> c.slot("tally").orElse(""))
        .containsExactly(tuple("7", "2 named and 5 others"));
  }

  @Test
  void listedPeopleAndOtherVictimsMakeATotalOfPeople() {
    var claims = claims(document("fixture")
        .sentence("The inquest heard how the storm killed her husband, son and the four other passengers.")
        .build());

    assertThat(quantities(claims)).filteredOn(c -> c.slot("tally").isPresent())
        .extracting(Claim::subject, Claim::object, c -> c.slot("tally").orElse(""))
        .containsExactly(tuple("people", "6", "2 named and 4 other passengers"));
  }

  @Test
  void countAfterAdjectivesAndDefiniteArticle() {
    var claims = claims(document("fixture")
        .sentence("An air force plane carried the 55 flag-draped boxes to Osan.")
        .build());

    assertThat(quantities(claims)).extracting(Claim::object, c -> c.slot("noun").orElse(""))
        .containsExactly(tuple("55", "box"));
  }

  @Test
  void ageOfThePersonWithTheDay() {
    var claims = claims(document("fixture")
        .sentence("President Donald Trump turned 73 on June 14, and Kim Jong Un sent a card.")
        .time("June 14", "2019-06-14")
        .build());

    Claim age = quantities(claims).get(0);
    assertThat(age.subject()).isEqualTo("Donald Trump");
    assertThat(age.predicate()).isEqualTo("age");
    assertThat(age.object()).isEqualTo("73");
    assertThat(age.time()).hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("2019-06-14"));
  }

  @Test
  void ageOfAPersonNamedByTitleBeforeWho() {
    var claims = claims(document("fixture")
        .sentence("US President Donald Trump spoke to reporters.")
        .sentence("\"It was my birthday,\" said the president, who turned 73 on June 14.")
        .build());

    assertThat(quantities(claims)).extracting(Claim::subject, Claim::object).containsExactly(tuple("Donald Trump", "73"));
  }

  @Test
  void durationCountsItsUnit() {
    var claims = claims(document("seed")
        .sentence("Trump pointed to North Korea's suspension of missile testing in the past eight months as a sign of"
            + " progress.")
        .sentence("Donald Trump spoke in Brussels.")
        .build());

    assertThat(quantities(claims)).extracting(Claim::object, c -> c.slot("noun").orElse(""))
        .containsExactly(tuple("8", "month"));
  }

  @Test
  void smallNumberAfterTheRefersBackAndIsNoCount() {
    var claims = claims(document("seed")
        .sentence("The two leaders met for the first time on June 12 in Singapore.")
        .build());

    assertThat(quantities(claims)).isEmpty();
  }

  @Test
  void ageOfAThingIsOfItsNounAndMarkedAsAThing() {
    var claims = claims(document("fixture")
        .sentence("Engineers closed the 120-year-old bridge after the flood.")
        .sentence("The town hall said the library is 90 years old.")
        .build());

    assertThat(quantities(claims))
        .extracting(Claim::subject, Claim::predicate, Claim::object, c -> c.slot("aged").orElse(""))
        .containsExactly(tuple("bridge", "age", "120", "thing"), tuple("library", "age", "90", "thing"));
  }

  @Test
  void anUnnamedPersonsAgeIsNoThingsAge() {
    var claims = claims(document("fixture")
        .sentence("Police arrested a 25-year-old man near the station.")
        .build());

    assertThat(quantities(claims)).noneMatch(claim -> claim.slot("aged").isPresent());
  }

  @Test
  void aNumberJoinedToItsNounCountsIt() {
    var claims = claims(document("fixture")
        .sentence("The inspectors filed a 212-page report and a 69-meter survey line.")
        .build());

    assertThat(quantities(claims)).extracting(Claim::object, c -> c.slot("noun").orElse(""))
        .containsExactly(tuple("212", "page"));
  }

  @Test
  void anAgeAtDeathIsThePersonsAgeAndAnAgeAtAnEarlierEventIsNot() {
    var claims = claims(document("fixture")
        .sentence("News of Maria Lindqvist's death at age 88 reached the village on Monday.")
        .sentence("Maria Lindqvist retired at age 65.")
        .build());

    assertThat(quantities(claims)).extracting(Claim::subject, Claim::predicate, Claim::object)
        .containsExactly(tuple("Maria Lindqvist", "age", "88"));
  }
}
