package dev.crosscheck.claim;

import static dev.crosscheck.claim.TestDocuments.claims;
import static dev.crosscheck.claim.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventClaimsTest {

  private static List<Claim> events(List<Claim> claims, String eventClass) {
    return claims.stream().filter(c -> c.type() == ClaimType.EVENT && c.predicate().equals(eventClass)).toList();
  }

  @Test
  void timeInAConsequenceClauseDatesTheEvent() {
    var claims = claims(document("news")
        .sentence("The small plane that crashed near Oakwood, Texas, killing a flight instructor, his student and"
            + " two people on the ground on March 3, 2021, was a Cessna 172.")
        .time("on March 3, 2021", "2021-03-03")
        .build());

    Claim crash = events(claims, "crash").get(0);
    assertThat(crash.time()).hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("2021-03-03"));
  }

  @Test
  void timeOfAClauseInsideTheConsequenceIsNotTheEvents() {
    var claims = claims(document("news")
        .sentence("The small plane crashed near Oakwood, Texas, killing all four people on board and prompting an"
            + " inquiry that opened on March 8, 2021.")
        .time("on March 8, 2021", "2021-03-08")
        .build());

    assertThat(events(claims, "crash")).allSatisfy(crash -> assertThat(crash.time()).isEmpty());
  }

  @Test
  void timeBeyondTheWindowWithoutAConsequenceClauseIsNotTheEvents() {
    var claims = claims(document("news")
        .sentence("The small plane crashed near Oakwood, Texas, and the investigators of the safety board said"
            + " that the wreckage would be moved to a hangar on March 3, 2021.")
        .time("on March 3, 2021", "2021-03-03")
        .build());

    assertThat(events(claims, "crash")).allSatisfy(crash -> assertThat(crash.time()).isEmpty());
  }

  @Test
  void timeBeforeAnEventItIsPlacedAgainstIsNotItsTime() {
    var claims = claims(document("news")
        .sentence("On March 2, before the company announced the merger in Paris, its chairman sold half his shares.")
        .time("On March 2", "2021-03-02")
        .sentence("The day after the company announced the merger in Paris, its shares rose by a third.")
        .time("The day after", "2021-03-05")
        .build());

    assertThat(events(claims, "announcement")).isNotEmpty()
        .allSatisfy(announcement -> assertThat(announcement.time()).isEmpty());
  }

  @Test
  void eventPlacedAfterAnotherDoesNotTakeTheOthersTime() {
    var claims = claims(document("news")
        .sentence("The minister in March published a letter she received from her rival after a summit in Geneva.")
        .time("in March", "2021-03")
        .build());

    assertThat(events(claims, "meeting")).singleElement()
        .satisfies(summit -> assertThat(summit.time()).isEmpty());
  }

  @Test
  void timeCountedFromOneEventDatesTheNext() {
    var claims = claims(document("news")
        .sentence("The day after the company announced the merger, its chairman resigned in Paris.")
        .time("The day after", "2021-03-05")
        .build());

    assertThat(events(claims, "resignation")).singleElement()
        .satisfies(resigned -> assertThat(resigned.time()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("The day after")));
    assertThat(events(claims, "announcement")).allSatisfy(announcement -> assertThat(announcement.time()).isEmpty());
  }

  @Test
  void aPlayersPositionIsNoShooting() {
    var claims = claims(document("news")
        .sentence("On Saturday the veteran shooting guard scored 30 points in Denver.")
        .time("On Saturday", "2021-03-13")
        .build());

    assertThat(events(claims, "shooting")).isEmpty();
  }

  @Test
  void anExplosionIsDatedLikeAnyEvent() {
    var claims = claims(document("news")
        .sentence("A gas explosion tore through the apartment block in Lyon on Tuesday.")
        .time("on Tuesday", "2021-03-16")
        .build());

    assertThat(events(claims, "explosion")).singleElement()
        .satisfies(blast -> assertThat(blast.time()).hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("2021-03-16")));
  }

  @Test
  void aircraftSmashingIntoAHillsideIsACrash() {
    var claims = claims(document("news")
        .sentence("The plane smashed into a hillside near Oakwood on 3 March 2021.")
        .time("on 3 March 2021", "2021-03-03")
        .build());

    assertThat(events(claims, "crash")).singleElement()
        .satisfies(crash -> assertThat(crash.time()).hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("2021-03-03")));
  }

  @Test
  void letterDatedBeforeItIsNamedWithItsCarrier() {
    var claims = claims(document("seed")
        .sentence("Dated July 6, the note was likely the one given to US Secretary of State Mike Pompeo during his"
            + " visit to Pyongyang last week.")
        .time("July 6", "XXXX-07-06")
        .time("last week", "XXXX-WXX")
        .build());

    Claim letter = events(claims, "letter").get(0);
    assertThat(letter.time()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("July 6"));
    assertThat(letter.slot("timeRole")).contains("dated");
    assertThat(letter.slot("carrier")).contains("Mike Pompeo");
    Claim visit = events(claims, "trip").get(0);
    assertThat(visit.slot("traveller")).contains("Mike Pompeo");
    assertThat(visit.slot("place")).contains("Pyongyang");
    assertThat(visit.time()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("last week"));
  }

  @Test
  void writtenLetterHasSenderAndRecipientAndKeepsTheConfirmation() {
    var claims = claims(document("seed")
        .sentence("President Donald Trump recently wrote a letter to North Korean dictator Kim Jong-un, Secretary of"
            + " State Mike Pompeo confirmed on Sunday.")
        .time("on Sunday", "2019-06-23")
        .build());

    Claim letter = events(claims, "letter").get(0);
    assertThat(letter.subject()).isEqualTo("Donald Trump");
    assertThat(letter.slot("sender")).contains("Donald Trump");
    assertThat(letter.slot("recipient")).contains("Kim Jong-un");
    assertThat(letter.time()).as("Sunday is when Pompeo confirmed, not when the letter was written").isEmpty();
    assertThat(letter.attribution()).hasValueSatisfying(a -> assertThat(a.speaker()).isEqualTo("Mike Pompeo"));
  }

  @Test
  void newLetterIsADifferentInstanceReceivedFromItsSender() {
    var claims = claims(document("seed")
        .sentence("On Thursday, the White House said that U.S. President Donald J. Trump had received a new letter"
            + " from North Korean leader Kim Jong Un.")
        .time("On Thursday", "XXXX-WXX-4")
        .build());

    Claim letter = events(claims, "letter").get(0);
    assertThat(letter.slot("instance")).contains("new");
    assertThat(letter.slot("sender")).contains("Kim Jong Un");
    assertThat(letter.slot("recipient")).contains("Donald J. Trump");
    assertThat(letter.attribution()).hasValueSatisfying(a -> assertThat(a.speaker()).isEqualTo("White House"));
  }

  @Test
  void firstMeetingWithPlaceAndDate() {
    var claims = claims(document("seed")
        .sentence("The two leaders met for the first time on June 12 in Singapore, in the first-ever summit meeting"
            + " between a sitting U.S. president and a North Korean leader.")
        .time("June 12", "XXXX-06-12")
        .build());

    Claim meeting = events(claims, "meeting").get(0);
    assertThat(meeting.slot("place")).contains("Singapore");
    assertThat(meeting.slot("ordinal")).contains("first");
    assertThat(meeting.time()).hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("XXXX-06-12"));
    assertThat(meeting.slot("timeRole")).contains("happened");
  }

  @Test
  void summitNamedByItsPlace() {
    var claims = claims(document("seed")
        .sentence("At their most recent summit in Hanoi, Vietnam, talks ended abruptly, leaving both leaders"
            + " empty-handed.")
        .build());

    assertThat(events(claims, "meeting")).extracting(c -> c.slot("place").orElse("")).contains("Hanoi");
  }

  @Test
  void tripDatedAfterItsDestinationAndTravellerAfterBy() {
    var claims = claims(document("seed")
        .sentence("Kim’s new letter, the content of which remains unpublicized, follows a trip to Pyongyang in early"
            + " July by U.S. Secretary of State Mike Pompeo.")
        .sentence("Kim Jong Un wrote to Donald Trump.")
        .time("in early July", "XXXX-07")
        .build());

    Claim trip = events(claims, "trip").get(0);
    assertThat(trip.subject()).isEqualTo("Mike Pompeo");
    assertThat(trip.slot("place")).contains("Pyongyang");
    assertThat(trip.time()).hasValueSatisfying(t -> assertThat(t.text()).isEqualTo("in early July"));
    Claim letter = events(claims, "letter").get(0);
    assertThat(letter.slot("sender")).contains("Kim Jong Un");
    assertThat(letter.time()).as("the trip's date is not the letter's").isEmpty();
    assertThat(claims).noneMatch(c -> c.predicate().equals("handover"));
  }

  @Test
  void theSubjectOfALightVerbMakesTheTrip() {
    var claims = claims(document("news")
        .sentence("Maria Okafor, the trade minister, visited Lagos in early May.")
        .sentence("A navy supply ship made a rare trip into Lagos last week to deliver the equipment.")
        .sentence("She paid a visit to Abuja on Friday.")
        .build());

    List<Claim> trips = events(claims, "trip");
    assertThat(trips).anySatisfy(trip -> assertThat(trip.slot("traveller")).contains("ship"));
    assertThat(trips).anySatisfy(trip -> assertThat(trip.slot("traveller")).contains("Maria Okafor"));
    assertThat(trips).noneSatisfy(trip -> assertThat(trip.slot("traveller")).contains("she"));
  }

  @Test
  void travelVerbTakesItsSubjectAsTraveller() {
    var claims = claims(document("seed")
        .sentence("Mike Pompeo arrived in Seoul.")
        .sentence("Pompeo traveled to Pyongyang over the weekend to try to flesh out the deal.")
        .time("over the weekend", "XXXX-WXX-WE")
        .build());

    Claim trip = events(claims, "trip").get(0);
    assertThat(trip.slot("traveller")).contains("Mike Pompeo");
    assertThat(trip.slot("place")).contains("Pyongyang");
    assertThat(trip.time()).isPresent();
  }

  @Test
  void letterDescribedInAQuotation() {
    var claims = claims(document("fixture")
        .sentence("A senior aide described the letter as a “warm personal note” from the chairman.")
        .build());

    assertThat(events(claims, "letter")).extracting(c -> c.slot("descriptor").orElse(""))
        .containsExactly("warm personal note");
  }

  @Test
  void wordsPlacingAnEventInTimeAreNoDescription() {
    var claims = claims(document("fixture")
        .sentence("Union leader Maria Lopez expressed optimism about a future meeting with Mayor John Reed.")
        .sentence("A U.S. Navy plane made a rare trip to Cuba last week to pick up the crates.")
        .build());

    assertThat(claims).as("%s", claims).filteredOn(c -> c.type() == ClaimType.EVENT).hasSize(2)
        .allSatisfy(c -> assertThat(c.slot("descriptor")).isEmpty());
  }

  @Test
  void paradeWithPlaceAndDay() {
    var claims = claims(document("fixture")
        .sentence("Tanks rolled through a military parade in Wonsan on Saturday to mark the army's founding.")
        .time("on Saturday", "2018-02-10")
        .build());

    Claim parade = events(claims, "parade").get(0);
    assertThat(parade.slot("place")).isEmpty();
    assertThat(parade.time()).hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("2018-02-10"));
    assertThat(parade.slot("descriptor")).contains("military");
  }

  @Test
  void possibleMeetingIsMarkedAsPossible() {
    var claims = claims(document("seed")
        .sentence("“I look forward to seeing you soon,” Trump added, suggesting that he may meet Kim a second time"
            + " this year.")
        .sentence("Donald Trump and Kim Jong Un met in Singapore.")
        .build());

    Claim meeting = events(claims, "meeting").get(0);
    assertThat(meeting.slot("mood")).contains("possible");
    assertThat(meeting.slot("ordinal")).contains("second");
  }

  @Test
  void eventWordWithNothingSaidOfItIsNoClaim() {
    var claims = claims(document("seed")
        .sentence("Beyond that, the letter’s contents have not been shared.")
        .build());

    assertThat(claims).noneMatch(c -> c.type() == ClaimType.EVENT);
  }

  @Test
  void anEventTheSentenceDeniesIsNegated() {
    var claims = claims(document("fixture")
        .sentence("The two ministers met in Geneva, but the talks ended without an agreement on tariffs.")
        .sentence("The ministers have yet to reach a formal agreement.")
        .build());

    assertThat(events(claims, "agreement")).isNotEmpty()
        .allSatisfy(agreement -> assertThat(agreement.slot("mood")).hasValue("negated"));
    assertThat(events(claims, "meeting")).allSatisfy(meeting -> assertThat(meeting.slot("mood")).isEmpty());
  }

  @Test
  void anEventSomeoneMayHoldIsPossible() {
    var claims = claims(document("fixture").sentence("The two ministers might meet again in Vienna.").build());

    assertThat(events(claims, "meeting")).singleElement()
        .satisfies(meeting -> assertThat(meeting.slot("mood")).hasValue("possible"));
  }

  @Test
  void crashesFiresAndDismissalsAreEventsWithTheirDay() {
    var claims = claims(document("fixture")
        .sentence("A cargo plane crashed near the port on Sunday.")
        .sentence("A blaze broke out in the warehouse on Monday.")
        .sentence("The board fired the coach on Tuesday.")
        .time("on Sunday", "2024-03-10").time("on Monday", "2024-03-11").time("on Tuesday", "2024-03-12")
        .build());

    assertThat(events(claims, "crash")).singleElement()
        .satisfies(crash -> assertThat(crash.time()).hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("2024-03-10")));
    assertThat(events(claims, "fire")).isNotEmpty();
    assertThat(events(claims, "dismissal")).singleElement()
        .satisfies(dismissal -> assertThat(dismissal.time()).isPresent());
  }
}
