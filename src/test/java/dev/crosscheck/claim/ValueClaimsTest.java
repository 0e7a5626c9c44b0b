package dev.crosscheck.claim;

import static dev.crosscheck.claim.TestDocuments.claims;
import static dev.crosscheck.claim.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Typed values: what each states, as an interval, and numbers that are no values. */
class ValueClaimsTest {

  private static List<TypedValue> values(List<Claim> claims) {
    return claims.stream().map(TypedValue::of).flatMap(Optional::stream).toList();
  }

  private static List<TypedValue> values(String sentence) {
    return values(claims(document("fixture").sentence(sentence).build()));
  }

  @Test
  void moneyWithSymbolScaleAndCurrencyWord() {
    List<TypedValue> values = values("The chipmaker agreed to pay $12.5 billion, or 11 billion euros, for the rival.");

    assertThat(values).extracting(TypedValue::kind, TypedValue::unit)
        .containsExactly(tuple(ValueKind.MONEY, "USD"), tuple(ValueKind.MONEY, "EUR"));
    assertThat(values.get(0).low()).isEqualTo(12.45e9);
    assertThat(values.get(0).high()).isEqualTo(12.55e9);
  }

  @Test
  void isoCodeAndShortScaleAreMoney() {
    List<TypedValue> values = values("The family said it would give EUR50 million, and the bank pledged €20m more.");

    assertThat(values).extracting(TypedValue::unit, value -> (value.low() + value.high()) / 2)
        .containsExactly(tuple("EUR", 50e6), tuple("EUR", 20e6));
  }

  @Test
  void pricePerShareKeepsWhatItIsOf() {
    List<TypedValue> values = values("The buyer offered $31.75 a share in cash.");

    assertThat(values).singleElement().satisfies(value -> {
      assertThat(value.kind()).isEqualTo(ValueKind.MONEY);
      assertThat(value.noun()).isEqualTo("per share");
    });
  }

  @Test
  void percentWithItsNoun() {
    assertThat(values("The fund now holds a 6.4 percent stake in the airline."))
        .extracting(TypedValue::kind, TypedValue::noun).containsExactly(tuple(ValueKind.PERCENT, "stake"));
  }

  @Test
  void milesAndKilometresShareOneBase() {
    List<TypedValue> values = values("The village lies 25 miles (40 kilometers) east of the port.");

    assertThat(values).extracting(TypedValue::kind, TypedValue::unit)
        .containsExactly(tuple(ValueKind.MEASURE, "km"), tuple(ValueKind.MEASURE, "km"));
    assertThat(values.get(0).compatibleWith(values.get(1))).isTrue();
  }

  @Test
  void approximationsAreIntervals() {
    TypedValue about = values("Rescuers said about 300 volunteers searched the hills.").get(0);
    TypedValue moreThan = values("Officials said more than 20 houses burned.").get(0);
    TypedValue upTo = values("Up to 150 soldiers were sent to the border.").get(0);

    assertThat(about.qualifier()).isEqualTo("about");
    assertThat(about.low()).isLessThan(300).isGreaterThan(280);
    assertThat(moreThan.low()).isGreaterThan(20);
    assertThat(moreThan.compatibleWith(values("Officials said 24 houses burned.").get(0))).isTrue();
    assertThat(upTo.compatibleWith(values("Nearly 150 soldiers were sent to the border.").get(0))).isTrue();
    assertThat(upTo.compatibleWith(values("About 250 soldiers were sent to the border.").get(0))).isFalse();
  }

  @Test
  void roundingMakesCoarseAndFineFiguresCompatible() {
    TypedValue coarse = values("The startup raised $3.1 billion.").get(0);
    TypedValue fine = values("The startup raised $3.14 billion.").get(0);
    TypedValue other = values("The startup raised $3.2 billion.").get(0);

    assertThat(coarse.compatibleWith(fine)).isTrue();
    assertThat(coarse.compatibleWith(other)).isFalse();
  }

  @Test
  void countsKeepTheirModifiers() {
    var claims = claims(document("fixture").sentence("Among the dead were four Dutch tourists and a guide.").build());

    assertThat(claims).filteredOn(c -> c.type() == ClaimType.QUANTITY)
        .extracting(c -> c.slot("modifiers").orElse(""), c -> c.slot("noun").orElse(""))
        .containsExactly(tuple("dutch", "tourist"));
  }

  @Test
  void scaledCountIsOneNumber() {
    var claims = claims(document("fixture").sentence("The singer has 12.5 million followers on the platform.").build());

    assertThat(claims).filteredOn(c -> c.type() == ClaimType.QUANTITY)
        .extracting(c -> c.slot("number").orElse("")).containsExactly("12500000");
  }

  @Test
  void designationsYearsAndIdiomsAreNoCounts() {
    var claims = claims(document("fixture")
        .sentence("Passengers on Flight 302 boarded a Boeing 737 in March 2019 and said it a hundred times.")
        .build());

    assertThat(claims).noneMatch(c -> c.type() == ClaimType.QUANTITY);
  }

  @Test
  void modelNumbersAndOrdinalsAreNoCounts() {
    var claims = claims(document("fixture")
        .sentence("The S-76B crashed on its 21st flight of the day, the third accident this year.").build());

    assertThat(claims).noneMatch(c -> c.type() == ClaimType.QUANTITY);
  }

  @Test
  void deniedNumberIsNoCount() {
    var claims = claims(document("fixture").sentence("Police now say 12 people, not 15, were hurt.").build());

    assertThat(claims).filteredOn(c -> c.type() == ClaimType.QUANTITY)
        .extracting(c -> c.slot("number").orElse("")).containsExactly("12");
  }

  @Test
  void appositiveAgeIsThePersonsAge() {
    var claims = claims(document("fixture").sentence("The driver, Maria Lopez, 34, was taken to hospital.").build());

    assertThat(claims).filteredOn(c -> c.predicate().equals("age"))
        .extracting(Claim::subject, Claim::object).containsExactly(tuple("Maria Lopez", "34"));
  }

  @Test
  void bareNumberAfterPersonAndCopulaIsTheirAge() {
    var claims = claims(document("fixture").sentence("Tomas Reyes was 29 when he retired from the club.").build());

    assertThat(claims).filteredOn(c -> c.predicate().equals("age"))
        .extracting(Claim::subject, Claim::object).containsExactly(tuple("Tomas Reyes", "29"));
  }

  @Test
  void numberWithSomethingCountedAfterTheCopulaIsNoAge() {
    var claims = claims(document("fixture").sentence("Tomas Reyes was 29 games into his contract.").build());

    assertThat(claims).noneMatch(c -> c.predicate().equals("age"));
  }

  @Test
  void amountOfMoneyIsNotAlsoACountOfMillions() {
    var claims = claims(document("fixture").sentence("The club paid $80 million for the striker.").build());

    assertThat(claims).noneMatch(c -> c.type() == ClaimType.QUANTITY);
    assertThat(values(claims)).extracting(TypedValue::kind).containsExactly(ValueKind.MONEY);
  }

  @Test
  void clockTimeWithAZoneIsInUtc() {
    var claims = claims(document("fixture").sentence("The blast was heard at 14:30 GMT on Friday.")
        .clock("14:30 GMT", "XXXX-XX-XXT14:30").build());

    assertThat(values(claims)).filteredOn(value -> value.kind() == ValueKind.CLOCK)
        .extracting(TypedValue::unit, value -> (value.low() + value.high()) / 2)
        .containsExactly(tuple("UTC", 14 * 60.0 + 30));
  }

  @Test
  void localTimeIsTheClockOfTheCityTheStoryIsAbout() {
    var claims = claims(document("fixture")
        .sentence("Smoke rose over Madrid on Tuesday.")
        .sentence("The alarm sounded in Madrid at 6:40 pm local time on July 2, 2024.")
        .clock("6:40 pm", "2024-07-02T18:40").build());

    // Madrid keeps summer time in July: UTC+2
    assertThat(values(claims)).filteredOn(value -> value.kind() == ValueKind.CLOCK)
        .extracting(TypedValue::unit, value -> (value.low() + value.high()) / 2)
        .containsExactly(tuple("UTC", 16 * 60.0 + 40));
  }

  @Test
  void aPartOfADayDatesLikeTheDay() {
    var claims = claims(document("fixture")
        .sentence("The governor signed the order Friday afternoon, her office said.")
        .partOfDay("Friday afternoon", "2021-03-05TAF").build());

    assertThat(values(claims)).singleElement().satisfies(value -> {
      assertThat(value.kind()).isEqualTo(ValueKind.DATE);
      assertThat(value.low()).isEqualTo(java.time.LocalDate.of(2021, 3, 5).toEpochDay());
      assertThat(value.high()).isEqualTo(java.time.LocalDate.of(2021, 3, 6).toEpochDay());
    });
  }

  @Test
  void anUndatedDocumentSayingLocalTimeKeepsItsClocksInTheCitysZone() {
    var claims = claims(document("fixture")
        .sentence("Smoke rose over Madrid as the alarm sounded at 6:40 pm local time.")
        .clock("6:40 pm", "XXXX-XX-XXT18:40")
        .sentence("The roof of the Madrid depot caved in at 7.15pm.")
        .clock("7.15pm", "XXXX-XX-XXT19:15").build());

    // no day, so no summer time: the zone is kept for compare to read at the story's days
    assertThat(values(claims)).filteredOn(value -> value.kind() == ValueKind.CLOCK)
        .extracting(TypedValue::unit, value -> (value.low() + value.high()) / 2)
        .containsExactly(tuple("Europe/Madrid", 18 * 60.0 + 40), tuple("Europe/Madrid", 19 * 60.0 + 15));
  }

  @Test
  void anUndatedDocumentNeverSayingLocalTimeMayKeepAnotherClock() {
    // a London paper on a fire in Madrid may write London's time: nothing says which
    var claims = claims(document("fixture")
        .sentence("The roof of the Madrid depot caved in at 7.15pm.")
        .clock("7.15pm", "XXXX-XX-XXT19:15").build());

    assertThat(values(claims)).filteredOn(value -> value.kind() == ValueKind.CLOCK)
        .extracting(TypedValue::unit).containsExactly("");
  }

  @Test
  void fractionIsAShareOfItsNoun() {
    assertThat(values("Officials said two-thirds of the roof was lost."))
        .singleElement().satisfies(value -> {
          assertThat(value.kind()).isEqualTo(ValueKind.PERCENT);
          assertThat(value.noun()).isEqualTo("roof");
          assertThat(value.low()).isLessThan(66.7).isGreaterThan(60);
        });
  }

  @Test
  void durationKeepsTheQualifierInsideItsTimeExpression() {
    var claims = claims(document("fixture").sentence("The search went on for more than 12 hours.")
        .time("more than 12 hours", "PT12H").build());

    TypedValue duration = values(claims).get(0);
    assertThat(duration.qualifier()).isEqualTo("more than");
    assertThat(duration.low()).isGreaterThan(12 * 3600);
  }

  @Test
  void shortlyBeforeAClockTimeReachesBackAndAboutAroundIt() {
    TypedValue before = values(claims(document("fixture").sentence("The ferry sank shortly before 10 a.m.")
        .clock("10 a.m.", "XXXX-XX-XXT10:00").build())).get(0);
    TypedValue about = values(claims(document("fixture").sentence("The ferry sank at about 9:45 a.m.")
        .clock("9:45 a.m.", "XXXX-XX-XXT09:45").build())).get(0);

    assertThat(before.qualifier()).isEqualTo("shortly before");
    assertThat(before.compatibleWith(about)).isTrue();
  }

  @Test
  void theOverOfAPhrasalVerbIsNoBound() {
    var claims = claims(document("fixture").sentence("The rebels handed over 40 prisoners on Friday.").build());

    assertThat(values(claims)).singleElement().satisfies(count -> {
      assertThat(count.qualifier()).isEmpty();
      assertThat(count.low()).isEqualTo(39.5);
    });
  }
}
