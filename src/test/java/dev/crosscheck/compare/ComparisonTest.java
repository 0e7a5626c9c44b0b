package dev.crosscheck.compare;

import static dev.crosscheck.compare.ClaimFixture.attribution;
import static dev.crosscheck.compare.ClaimFixture.event;
import static dev.crosscheck.compare.ClaimFixture.money;
import static dev.crosscheck.compare.ClaimFixture.quantity;
import static dev.crosscheck.compare.ClaimFixture.quote;
import static dev.crosscheck.compare.ClaimFixture.role;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.Polarity;
import dev.crosscheck.corpus.Basis;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.MetadataValue;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  private static final Comparison COMPARISON = Comparison.withDefaultLexicons();

  // --- dates

  @Test
  void sameLetterDatedTheSameDayBySourcesWithAndWithoutYearAgrees() {
    Claim upi = event("upi", "The letter, dated July 6, included Kim's signature.", "letter")
        .slot("sender", "Kim Jong Un").slot("timeRole", "dated")
        .time("July 6", "2018-07-06", "2018-07-06", "2018-07-06").build();
    Claim herald = event("herald", "Dated July 6, the note was likely the one given to Pompeo.", "letter")
        .slot("timeRole", "dated").time("July 6", "XXXX-07-06").build();

    ComparisonResult result = COMPARISON.compare(List.of(upi, herald));

    assertThat(verdictOver(result, upi, herald)).contains(Verdict.AGREEMENT);
    assertThat(verdictOver(result, upi, herald)).doesNotContain(Verdict.CONFLICT);
  }

  @Test
  void aDateAgreeingAsAnEventsDateIsNotReportedAgainOnItsOwn() {
    String upiSentence = "The letter, dated July 6, included Kim's signature.";
    String apSentence = "The letter is dated July 6, the day of the visit.";
    Claim upi = event("upi", upiSentence, "letter").slot("sender", "Kim Jong Un").slot("timeRole", "dated")
        .time("July 6", "2018-07-06", "2018-07-06", "2018-07-06").build();
    Claim ap = event("ap", apSentence, "letter").slot("sender", "Kim Jong Un").slot("timeRole", "dated")
        .time("July 6", "2018-07-06", "2018-07-06", "2018-07-06").build();
    long day = LocalDate.parse("2018-07-06").toEpochDay();
    Claim upiDate = dateValue("upi", upiSentence, "July 6", day);
    Claim apDate = dateValue("ap", apSentence, "July 6", day);

    ComparisonResult result = COMPARISON.compare(List.of(upi, ap, upiDate, apDate));

    assertThat(verdictOver(result, upi, ap)).contains(Verdict.AGREEMENT);
    assertThat(verdictOver(result, upiDate, apDate)).isEmpty();
  }

  @Test
  void aBareDateOfSentencesThatAlreadyAgreeOnACountIsNotReportedAgain() {
    String wireSentence = "Three miners were rescued on May 9 from the flooded shaft, officials said.";
    String dailySentence = "The three miners rescued on May 9 from the flooded shaft were taken to hospital.";
    long day = LocalDate.parse("2021-05-09").toEpochDay();
    Claim wireDate = dateValue("wire", wireSentence, "on May 9", day);
    Claim dailyDate = dateValue("daily", dailySentence, "on May 9", day);
    Claim wireCount = quantity("wire", wireSentence, "miner", "3").build();
    Claim dailyCount = quantity("daily", dailySentence, "miner", "3").build();

    ComparisonResult datesAlone = COMPARISON.compare(List.of(wireDate, dailyDate));
    ComparisonResult withCounts = COMPARISON.compare(List.of(wireDate, dailyDate, wireCount, dailyCount));

    assertThat(verdictOver(datesAlone, wireDate, dailyDate)).contains(Verdict.AGREEMENT);
    assertThat(verdictOver(withCounts, wireCount, dailyCount)).contains(Verdict.AGREEMENT);
    assertThat(verdictOver(withCounts, wireDate, dailyDate)).isEmpty();
  }

  @Test
  void twoThingsDoneTheSameDayInSentencesSharingAPhraseAreNoOneDate() {
    long day = LocalDate.parse("2020-03-10").toEpochDay();
    Claim wreckage = dateValue("radio", "Today the wreckage was hauled away for closer examination by federal"
        + " investigators and county engineers from the steep ravine below the pass.", "Today", day);
    Claim bodies = dateValue("tabloid", "On Tuesday a closer examination of the victims was performed by the"
        + " coroner at the city morgue.", "On Tuesday", day);

    ComparisonResult result = COMPARISON.compare(List.of(wreckage, bodies));

    assertThat(verdictOver(result, wreckage, bodies)).isEmpty();
  }

  @Test
  void aSourcesOtherSentenceJoinsAFactOnlyWhenItSharesTheFactsWords() {
    Claim list = ClaimFixture.statement("gazette", "The mayor listed the reopening of the northern bridge, the"
        + " release of four detained fishermen in March and the new hospital wing as achievements.").build();
    Claim festival = ClaimFixture.statement("gazette", "The town staged an elaborate harbour festival celebrating"
        + " its 300th anniversary without the customary fireworks.").build();
    Claim cited = ClaimFixture.statement("courier", "She cited the release of four detained fishermen in March,"
        + " the reopening of the northern bridge, and an elaborate harbour festival celebrating the town's 300th"
        + " anniversary as evidence of progress.").build();
    List<Claim> claims = new java.util.ArrayList<>(List.of(list, festival, cited));
    String[] others = {"Rain closed the coastal road for two days.", "The council debated the budget until late.",
        "Schools reopened after the holiday break.", "Ferry services were cut because of strong winds.",
        "The museum unveiled a restored painting.", "Fuel prices rose for the third week."};
    for (int i = 0; i < others.length; i++) {
      claims.add(ClaimFixture.statement("other" + i, others[i]).build());
    }

    ComparisonResult result = COMPARISON.compare(claims);

    assertThat(result.findings()).noneMatch(f -> f.claimIds().contains(list.id()) && f.claimIds().contains(festival.id()));
    // the long sentence states both facts: it agrees with one of the gazette's sentences, not with both at once
    assertThat(result.findings()).anyMatch(f -> f.claimIds().contains(cited.id())
        && (f.claimIds().contains(list.id()) || f.claimIds().contains(festival.id())));
  }

  private static Claim dateValue(String document, String sentence, String written, long day) {
    return ClaimFixture.money(document, sentence, written, day, day + 1).subject("date").slot("kind", "date")
        .slot("unit", "day").build();
  }

  @Test
  void sameParadeOnAdjacentDaysIsAConflictAndTheMajorityAgrees() {
    Claim journal = event("journal", "North Korea did not include intercontinental missiles Monday in its massive"
        + " military parade.", "parade").slot("participants", "North Korea")
        .time("Monday", "2018-09-10", "2018-09-10", "2018-09-10").build();
    Claim tribune = event("tribune", "She said a military parade in Pyongyang on Sunday was a sign of good faith.",
        "parade").slot("place", "Pyongyang").time("on Sunday", "2018-09-09", "2018-09-09", "2018-09-09").build();
    Claim politico = event("politico", "She cited an elaborate parade Sunday in Pyongyang celebrating the"
        + " anniversary.", "parade").slot("place", "Pyongyang")
        .time("Sunday", "2018-09-09", "2018-09-09", "2018-09-09").build();

    ComparisonResult result = COMPARISON.compare(List.of(journal, tribune, politico));

    assertThat(verdictOver(result, journal, tribune)).contains(Verdict.CONFLICT);
    assertThat(verdictOver(result, journal, politico)).contains(Verdict.CONFLICT);
    assertThat(verdictOver(result, tribune, politico)).contains(Verdict.AGREEMENT);
    Finding conflict = only(result, Verdict.CONFLICT);
    assertThat(conflict.explanation()).contains("2018-09-10", "2018-09-09", "journal", "tribune");
    assertThat(conflict.sides()).hasSize(2);
  }

  @Test
  void weekdayOfAnUndatedArticleAgreesWithTheDateOfAOnceOnlyEvent() {
    // 2021-03-14 was a Sunday
    Claim undated = event("wire", "A small plane crashed into a field near Oakwood on Sunday.", "crash")
        .slot("place", "Oakwood").time("on Sunday", "XXXX-WXX-7").build();
    Claim dated = event("gazette", "The plane that crashed near Oakwood on March 14, 2021, was a Cessna.", "crash")
        .slot("place", "Oakwood").time("on March 14, 2021", "2021-03-14", "2021-03-14", "2021-03-14").build();

    ComparisonResult result = COMPARISON.compare(List.of(undated, dated));

    assertThat(result.findings()).anySatisfy(finding -> {
      assertThat(finding.topic()).endsWith(": date");
      assertThat(finding.verdict()).isEqualTo(Verdict.AGREEMENT);
      assertThat(finding.claimIds()).contains(undated.id(), dated.id());
    });
    assertThat(verdictOver(result, undated, dated)).doesNotContain(Verdict.CONFLICT);
  }

  @Test
  void weekdayAloneNeverTiesTwoFilings() {
    // a filing recurs: "a filing on Tuesday" is not the filing of Tuesday, March 16 for being a Tuesday
    Claim undated = event("wire", "The investor disclosed the purchase in a filing on Tuesday.", "filing")
        .time("on Tuesday", "XXXX-WXX-2").build();
    Claim dated = event("gazette", "A filing on March 16, 2021 showed a larger stake.", "filing")
        .time("on March 16, 2021", "2021-03-16", "2021-03-16", "2021-03-16").build();

    ComparisonResult result = COMPARISON.compare(List.of(undated, dated));

    assertThat(verdictOver(result, undated, dated)).isEmpty();
  }

  @Test
  void meetingsDaysApartAreDifferentMeetingsNotAConflict() {
    Claim missed = event("ap", "North Korea failed to show up Thursday for talks in the Demilitarized Zone.", "talks")
        .slot("participants", "North Korea").time("Thursday", "2018-07-12", "2018-07-12", "2018-07-12").build();
    Claim rescheduled = event("herald", "The State Department said the talks will take place Sunday.", "talks")
        .slot("participants", "North Korea").time("Sunday", "2018-07-15", "2018-07-15", "2018-07-15").build();

    ComparisonResult result = COMPARISON.compare(List.of(missed, rescheduled));

    assertThat(result.findings()).noneMatch(f -> f.verdict() == Verdict.CONFLICT);
    assertThat(result.clusters()).hasSize(2);
  }

  @Test
  void dayOfUnknownYearOutsideAMonthIsAnotherLetter() {
    Claim beautiful = event("wire", "I just received a beautiful letter from Kim Jong Un, Trump said.", "letter")
        .slot("sender", "Kim Jong Un").slot("recipient", "Donald Trump").slot("timeRole", "received")
        .time("Earlier in June", "2019-06", "2019-06-01", "2019-06-30").build();
    Claim dated = event("herald", "Dated July 6, the note was likely the one given to Pompeo.", "letter")
        .slot("sender", "Kim Jong Un").slot("recipient", "Donald Trump").slot("timeRole", "received")
        .time("July 6", "XXXX-07-06").build();

    ComparisonResult result = COMPARISON.compare(List.of(beautiful, dated));

    assertThat(result.clusters()).hasSize(2);
    assertThat(result.findings()).noneMatch(f -> f.verdict() == Verdict.CONFLICT);
  }

  @Test
  void lettersBetweenTheSamePeopleInOppositeDirectionsAreNeverOne() {
    Claim wrote = event("blog", "President Donald Trump recently wrote a letter to Kim Jong-un.", "letter")
        .slot("sender", "Donald Trump").slot("recipient", "Kim Jong-un")
        .time("recently", "2019-06", "2019-06-01", "2019-06-23").build();
    Claim received = event("voa", "Trump said he received a letter from Kim earlier this month.", "letter")
        .slot("sender", "Kim Jong Un").slot("recipient", "Donald Trump")
        .time("earlier this month", "2019-06", "2019-06-01", "2019-06-30").build();

    ComparisonResult result = COMPARISON.compare(List.of(wrote, received));

    assertThat(result.clusters()).hasSize(2);
    assertThat(result.clusters()).extracting(EventCluster::label)
        .contains("Donald Trump → Kim Jong-un letter, 2019-06", "Kim Jong Un → Donald Trump letter, 2019-06");
  }

  @Test
  void undatedLettersInArticlesAYearApartAreTwoLetters() {
    Claim thisYear = event("voa", "Trump said he received a friendly letter from Kim.", "letter")
        .slot("sender", "Kim Jong Un").slot("recipient", "Donald Trump").build();
    Claim lastYear = event("upi", "Trump tweeted a letter that appeared to be signed by Kim.", "letter")
        .slot("sender", "Kim Jong Un").slot("recipient", "Donald Trump").build();

    ComparisonResult result = COMPARISON.compare(List.of(thisYear, lastYear),
        List.of(published("voa", "2019-06-24"), published("upi", "2018-07-12")));

    assertThat(result.clusters()).hasSize(2);
  }

  @Test
  void anUndatedTweetInAnArticleWeeksAfterADatedOneIsAnotherTweet() {
    Claim dated = event("wire", "In her tweet Thursday afternoon, the governor praised the rescue crews.", "tweet")
        .slot("sender", "Ana Ruiz").time("Thursday afternoon", "2021-07-08TAF", "2021-07-08", "2021-07-08").build();
    Claim undated = event("daily", "The governor's tweet came after a ceremony at the harbour.", "tweet")
        .slot("sender", "Ana Ruiz").build();

    ComparisonResult weeksLater = COMPARISON.compare(List.of(dated, undated),
        List.of(published("wire", "2021-07-08"), published("daily", "2021-07-29")));
    ComparisonResult nextDay = COMPARISON.compare(List.of(dated, undated),
        List.of(published("wire", "2021-07-08"), published("daily", "2021-07-09")));
    ComparisonResult before = COMPARISON.compare(List.of(dated, undated),
        List.of(published("wire", "2021-07-08"), published("daily", "2021-06-20")));

    assertThat(weeksLater.clusters()).hasSize(2);
    assertThat(before.clusters()).hasSize(2);
    assertThat(nextDay.clusters()).hasSize(1);
  }

  @Test
  void aNewLetterIsNeverTheLetterOfAnotherSource() {
    Claim newLetter = event("diplomat", "Trump had received a new letter from North Korean leader Kim Jong Un.",
        "letter").slot("sender", "Kim Jong Un").slot("recipient", "Donald Trump").slot("instance", "new").build();
    Claim dated = event("herald", "Trump revealed a letter from Kim dated July 6.", "letter")
        .slot("sender", "Kim Jong Un").slot("recipient", "Donald Trump").slot("timeRole", "dated")
        .time("July 6", "XXXX-07-06").build();

    ComparisonResult result = COMPARISON.compare(List.of(newLetter, dated));

    assertThat(result.clusters()).hasSize(2);
    assertThat(result.clusters()).anyMatch(cluster -> cluster.label().contains("later instance"));
  }

  @Test
  void visitOverTheWeekendAndOnTheFridayBeforeAgree() {
    Claim weekend = event("herald", "Pompeo traveled to Pyongyang over the weekend to flesh out the deal.", "trip")
        .slot("traveller", "Mike Pompeo").slot("place", "Pyongyang")
        .time("over the weekend", "2018-W27-WE", "2018-07-07", "2018-07-08").build();
    Claim friday = event("ap", "That's when Secretary of State Mike Pompeo visited Pyongyang.", "visit")
        .slot("traveller", "Mike Pompeo").slot("place", "Pyongyang")
        .time("July 6", "2018-07-06", "2018-07-06", "2018-07-06").build();

    ComparisonResult result = COMPARISON.compare(List.of(weekend, friday));

    assertThat(verdictOver(result, weekend, friday)).contains(Verdict.AGREEMENT).doesNotContain(Verdict.CONFLICT);
  }

  @Test
  void aDateOfUnstatedRoleJoinsTheRoleItFits() {
    Claim dated = event("upi", "The letter, dated July 6, included Kim's signature.", "letter")
        .slot("sender", "Kim Jong Un").slot("timeRole", "dated")
        .time("July 6", "2018-07-06", "2018-07-06", "2018-07-06").build();
    Claim shared = event("hill", "President Trump on Thursday shared a letter he received from Kim Jong Un.",
        "letter").slot("sender", "Kim Jong Un").slot("timeRole", "revealed")
        .time("on Thursday", "2018-07-12", "2018-07-12", "2018-07-12").build();
    Claim tweet = event("upi", "In his tweet Thursday afternoon, the president suggested the letter was a sign"
        + " of trust.", "letter").slot("sender", "Kim Jong Un")
        .time("Thursday afternoon", "2018-07-12TAF", "2018-07-12", "2018-07-12").build();

    ComparisonResult result = COMPARISON.compare(List.of(dated, shared, tweet));

    assertThat(result.clusters()).hasSize(1);
    assertThat(result.findings()).anyMatch(f -> f.verdict() == Verdict.AGREEMENT
        && f.topic().endsWith("date (revealed)") && f.claimIds().containsAll(List.of(shared.id(), tweet.id())));
  }

  // --- places

  @Test
  void summitInTheSamePlaceAgreesEvenWhenOneDateIsVague() {
    Claim first = event("diplomat", "The two leaders met for the first time on June 12 in Singapore.", "meeting")
        .slot("participants", "Donald Trump; Kim Jong Un").slot("place", "Singapore").slot("ordinal", "first")
        .time("June 12", "XXXX-06-12").build();
    Claim lastMonth = event("herald", "The two leaders signed an agreement at their summit in Singapore last month.",
        "summit").slot("participants", "Donald Trump; Kim Jong Un").slot("place", "Singapore")
        .time("last month", "2018-06", "2018-06-01", "2018-06-30").build();

    ComparisonResult result = COMPARISON.compare(List.of(first, lastMonth));

    assertThat(result.clusters()).hasSize(1);
    assertThat(verdictOver(result, first, lastMonth)).contains(Verdict.AGREEMENT).doesNotContain(Verdict.CONFLICT);
  }

  @Test
  void aMentionNamingOnlyThePlaceFindsTheEventHeldThere() {
    Claim bare = event("blog", "At their most recent summit in Hanoi, Vietnam, talks ended abruptly.", "meeting")
        .slot("place", "Hanoi").slot("entities", "Hanoi; Vietnam").build();
    Claim full = event("cnn", "It was the first letter since the February summit in Hanoi.", "meeting")
        .slot("participants", "Kim Jong Un").slot("place", "Hanoi")
        .time("February", "2019-02", "2019-02-01", "2019-02-28").build();

    ComparisonResult result = COMPARISON.compare(List.of(bare, full));

    assertThat(result.clusters()).hasSize(1);
    assertThat(verdictOver(result, bare, full)).containsOnly(Verdict.AGREEMENT);
  }

  @Test
  void summitsInDifferentCitiesAreDifferentSummits() {
    Claim hanoi = event("blog", "At their most recent summit in Hanoi, Vietnam, talks ended abruptly.", "summit")
        .slot("participants", "Donald Trump; Kim Jong Un").slot("place", "Hanoi").build();
    Claim singapore = event("diplomat", "The two leaders met for the first time on June 12 in Singapore.", "meeting")
        .slot("participants", "Donald Trump; Kim Jong Un").slot("place", "Singapore").slot("ordinal", "first")
        .time("June 12", "XXXX-06-12").build();

    ComparisonResult result = COMPARISON.compare(List.of(hanoi, singapore));

    assertThat(result.clusters()).hasSize(2);
    assertThat(result.findings()).noneMatch(f -> f.verdict() == Verdict.CONFLICT);
  }

  @Test
  void theSameNumberedSummitPlacedInTwoCitiesIsAPlaceConflict() {
    Claim hanoi = event("voa", "The second summit took place in Hanoi in February.", "summit")
        .slot("ordinal", "second").slot("place", "Hanoi").build();
    Claim danang = event("gazette", "Their second summit was held in Da Nang.", "summit")
        .slot("ordinal", "second").slot("place", "Da Nang").build();

    ComparisonResult result = COMPARISON.compare(List.of(hanoi, danang));

    assertThat(verdictOver(result, hanoi, danang)).contains(Verdict.CONFLICT);
    assertThat(only(result, Verdict.CONFLICT).explanation()).contains("Hanoi", "Da Nang");
  }

  @Test
  void aCityAgreesWithTheCountryItLiesIn() {
    Claim city = event("diplomat", "The statement followed a trip to Pyongyang in early July by Mike Pompeo.", "trip")
        .slot("traveller", "Mike Pompeo").slot("place", "Pyongyang").build();
    Claim country = event("upi", "The letter was written before Mike Pompeo traveled to North Korea.", "trip")
        .slot("traveller", "Mike Pompeo").slot("place", "North Korea").build();

    ComparisonResult result = COMPARISON.compare(List.of(city, country));

    assertThat(verdictOver(result, city, country)).contains(Verdict.AGREEMENT);
  }

  // --- titles

  @Test
  void spokespersonAndPressSecretaryOfOneOrganisationAgree() {
    Claim spokesperson = role("blog", "According to White House spokesperson Sarah Sanders, correspondence is"
        + " ongoing.", "Sarah Sanders", "spokesperson", "White House").build();
    Claim pressSecretary = role("diplomat", "Sarah Sanders, the White House press secretary, confirmed it.",
        "Sarah Sanders", "press secretary", "White House").build();
    Claim middleName = role("politico", "White House press secretary Sarah Huckabee Sanders said Monday.",
        "Sarah Huckabee Sanders", "press secretary", "White House").build();

    ComparisonResult result = COMPARISON.compare(List.of(spokesperson, pressSecretary, middleName));

    Finding agreement = only(result, Verdict.AGREEMENT);
    assertThat(agreement.claimIds()).contains(spokesperson.id(), pressSecretary.id(), middleName.id());
    assertThat(agreement.independentSources()).isEqualTo(3);
  }

  @Test
  void aGenericDescriptionNeverContradictsATitle() {
    Claim official = role("national", "White House official Sarah Sanders said the correspondence is aimed at it.",
        "Sarah Sanders", "official", "White House").build();
    Claim pressSecretary = role("examiner", "White House press secretary Sarah Sanders confirmed it.",
        "Sarah Sanders", "press secretary", "White House").build();

    ComparisonResult result = COMPARISON.compare(List.of(official, pressSecretary));

    assertThat(verdictOver(result, official, pressSecretary)).containsOnly(Verdict.AGREEMENT);
  }

  @Test
  void twoDifferentOfficesForOnePersonConflict() {
    Claim secretary = role("blog", "Secretary of State Mike Pompeo confirmed on Sunday.", "Mike Pompeo",
        "secretary of state", "").build();
    Claim adviser = role("gazette", "National security adviser Mike Pompeo said so.", "Mike Pompeo",
        "national security adviser", "").build();

    ComparisonResult result = COMPARISON.compare(List.of(secretary, adviser));

    assertThat(verdictOver(result, secretary, adviser)).contains(Verdict.CONFLICT);
  }

  @Test
  void titlesOfDifferentPeopleAreNeverCompared() {
    Claim sanders = role("blog", "White House spokesperson Sarah Sanders said it.", "Sarah Sanders",
        "spokesperson", "White House").build();
    Claim nauert = role("herald", "State Department spokeswoman Heather Nauert said the talks will take place.",
        "Heather Nauert", "spokeswoman", "State Department").build();

    ComparisonResult result = COMPARISON.compare(List.of(sanders, nauert));

    assertThat(result.findings()).isEmpty();
  }

  // --- numbers

  @Test
  void caskets_and_cases_agree_with_a_note_on_what_they_hold() {
    Claim caskets = quantity("examiner", "U.S. soldiers picked up the 55 caskets in a rare trip.", "casket", "55")
        .build();
    Claim cases = quantity("national", "A US military plane made a rare trip to retrieve the 55 cases.", "case", "55")
        .build();

    ComparisonResult result = COMPARISON.compare(List.of(caskets, cases));

    Finding agreement = only(result, Verdict.AGREEMENT);
    assertThat(agreement.claimIds()).containsExactlyInAnyOrder(caskets.id(), cases.id());
    assertThat(agreement.explanation()).contains("not an identified body");
  }

  @Test
  void aDistanceAndItsBracketedConversionMakeOneConflictNotTwo() {
    String wire = "The bus left the road near Oakdale, about 30 miles (48 kilometers) north of the capital.";
    String herald = "The bus left the road near Oakdale, about 65km (40 miles) north of the capital.";
    Claim wireMiles = distance("wire", wire, "about 30 miles", 46.83, 49.73, "about");
    Claim wireKilometres = distance("wire", wire, "48 kilometers", 47.5, 48.5, "");
    Claim heraldKilometres = distance("herald", herald, "about 65km", 61.75, 68.25, "about");
    Claim heraldMiles = distance("herald", herald, "40 miles", 63.57, 65.18, "");

    ComparisonResult result = COMPARISON.compare(List.of(wireMiles, wireKilometres, heraldKilometres, heraldMiles));

    Finding conflict = only(result, Verdict.CONFLICT);
    assertThat(conflict.claimIds()).hasSize(2);
  }

  private static Claim distance(String document, String sentence, String written, double low, double high,
      String qualifier) {
    ClaimFixture fixture = ClaimFixture.money(document, sentence, written, low, high).subject("measure")
        .slot("kind", "measure").slot("unit", "km");
    return (qualifier.isEmpty() ? fixture : fixture.slot("qualifier", qualifier)).build();
  }

  @Test
  void differentCountsOfOneEventConflict() {
    Claim fiftyFive = quantity("hill", "Fifty-five caskets were handed over at the ceremony in Hawaii on Wednesday.",
        "casket", "55").slot("event", "handover").slot("entities", "Hawaii").build();
    Claim fifty = quantity("gazette", "Fifty caskets were handed over at the ceremony in Hawaii.", "casket", "50")
        .slot("event", "handover").slot("entities", "Hawaii").build();

    ComparisonResult result = COMPARISON.compare(List.of(fiftyFive, fifty));

    assertThat(verdictOver(result, fiftyFive, fifty)).contains(Verdict.CONFLICT);
  }

  @Test
  void aConflictSaysWhichValueWasPublishedFirst() {
    Claim early = quantity("wire", "Six miners were trapped after the tunnel collapsed at the quarry near Linz.",
        "miner", "6").slot("event", "collapse").slot("entities", "Linz").build();
    Claim later = quantity("daily", "Eleven miners were trapped after the tunnel collapsed at the quarry near Linz.",
        "miner", "11").slot("event", "collapse").slot("entities", "Linz").build();

    ComparisonResult result = COMPARISON.compare(List.of(early, later),
        List.of(published("wire", "2021-03-02"), published("daily", "2021-03-04")));

    assertThat(only(result, Verdict.CONFLICT).explanation())
        .contains("(wire, 2021-03-02) was published first", "(daily, 2021-03-04) came later");
  }

  @Test
  void aFigureTiedToOneDayConflictsThoughItsSourceGivesTheOtherFigureOfAnotherDay() {
    Claim disclosed = money("wire", "The fund disclosed on March 3 that it had paid $12 million for its stake in"
        + " the paper mill.", "$12 million", 11.5e6, 12.5e6)
        .time("on March 3", "2021-03-03", "2021-03-03", "2021-03-03").build();
    Claim sued = money("wire", "On March 9 former owners of the paper mill sued the fund, which paid $14 million"
        + " for its stake.", "$14 million", 13.5e6, 14.5e6)
        .time("On March 9", "2021-03-09", "2021-03-09", "2021-03-09").build();
    Claim other = money("daily", "The fund disclosed on March 3 that it paid $14 million for its stake in the"
        + " paper mill.", "$14 million", 13.5e6, 14.5e6)
        .time("on March 3", "2021-03-03", "2021-03-03", "2021-03-03").build();

    ComparisonResult result = COMPARISON.compare(List.of(disclosed, sued, other));

    assertThat(verdictOver(result, disclosed, other)).contains(Verdict.CONFLICT);
  }

  @Test
  void aSourceGivingBothFiguresUndatedReportsARevisionNotASide() {
    Claim first = money("wire", "The fund first said it had paid $12 million for its stake in the paper mill.",
        "$12 million", 11.5e6, 12.5e6).build();
    Claim then = money("wire", "The fund later said it had paid $14 million for its stake in the paper mill.",
        "$14 million", 13.5e6, 14.5e6).build();
    Claim other = money("daily", "The fund said it paid $14 million for its stake in the paper mill.",
        "$14 million", 13.5e6, 14.5e6).build();

    ComparisonResult result = COMPARISON.compare(List.of(first, then, other));

    assertThat(verdictOver(result, first, other)).doesNotContain(Verdict.CONFLICT);
  }

  @Test
  void aConflictOfOneDaySaysNothingOfPublicationOrder() {
    Claim one = quantity("wire", "Six miners were trapped after the tunnel collapsed at the quarry near Linz.",
        "miner", "6").slot("event", "collapse").slot("entities", "Linz").build();
    Claim other = quantity("daily", "Eleven miners were trapped after the tunnel collapsed at the quarry near Linz.",
        "miner", "11").slot("event", "collapse").slot("entities", "Linz").build();

    ComparisonResult result = COMPARISON.compare(List.of(one, other),
        List.of(published("wire", "2021-03-02"), published("daily", "2021-03-02")));

    assertThat(only(result, Verdict.CONFLICT).explanation()).doesNotContain("published first");
  }

  @Test
  void anActToComeAndTheActDoneAreNotSetAgainstEachOther() {
    Claim preparing = money("courier", "The city council is preparing to approve the $12 billion harbour budget"
        + " for the new port.", "$12 billion", 11.5e9, 12.5e9).build();
    Claim approved = money("gazette", "The city council approved the harbour budget for the new port, worth"
        + " $15 billion.", "$15 billion", 14.5e9, 15.5e9).build();
    Claim agreed = money("herald", "The city council has agreed to a $15 billion harbour budget for the new port.",
        "$15 billion", 14.5e9, 15.5e9).build();

    ComparisonResult result = COMPARISON.compare(List.of(preparing, approved, agreed));

    assertThat(verdictOver(result, preparing, agreed)).contains(Verdict.CONFLICT);
    assertThat(verdictOver(result, preparing, approved)).doesNotContain(Verdict.CONFLICT);
  }

  @Test
  void figuresOfTheActDoneAreComparedAmongThemselves() {
    Claim preparing = money("courier", "The city council is preparing to approve the $12 billion harbour budget"
        + " for the new port.", "$12 billion", 11.5e9, 12.5e9).build();
    Claim agreed = money("herald", "The city council has agreed to a $15 billion harbour budget for the new port.",
        "$15 billion", 14.5e9, 15.5e9).build();
    Claim approved = money("gazette", "The city council approved the harbour budget for the new port, worth"
        + " $15 billion.", "$15 billion", 14.5e9, 15.5e9).build();
    Claim slip = money("tribune", "The council approved a $15 million budget for the port, the mayor confirmed"
        + " on Friday.", "$15 million", 14.5e6, 15.5e6).build();

    ComparisonResult result = COMPARISON.compare(List.of(preparing, agreed, approved, slip));

    assertThat(verdictOver(result, preparing, agreed)).contains(Verdict.CONFLICT);
    assertThat(verdictOver(result, preparing, approved)).doesNotContain(Verdict.CONFLICT);
    assertThat(verdictOver(result, approved, slip)).contains(Verdict.CONFLICT);
  }

  @Test
  void aFigureOfOneOfTwoDatedFilingsDoesNotConflictWithAnUndatedOne() {
    Claim undated = quantity("wire", "A filing showed that the fund owns 12.5 million shares of the airline.",
        "share", "12500000").build();
    Claim earlier = event("ledger", "Monday's filing was a short form for passive holders.", "filing")
        .time("Monday", "XXXX-WXX-1").build();
    String tuesday = "Tuesday's filing said the fund owns 12,113,020 shares of the airline.";
    Claim filed = event("ledger", tuesday, "filing").time("Tuesday", "XXXX-WXX-2").build();
    Claim owned = quantity("ledger", tuesday, "share", "12113020").time("Tuesday", "XXXX-WXX-2").build();

    ComparisonResult oneOfTwo = COMPARISON.compare(List.of(undated, earlier, filed, owned));
    ComparisonResult onlyOne = COMPARISON.compare(List.of(undated, filed, owned));

    assertThat(verdictOver(oneOfTwo, undated, owned)).doesNotContain(Verdict.CONFLICT);
    assertThat(verdictOver(onlyOne, undated, owned)).contains(Verdict.CONFLICT);
  }

  @Test
  void twoFiguresOfOneSentenceAreNeverOneFact() {
    String both = "The club now has about $3 billion in cash after spending $2.6 billion on the new stadium.";
    Claim cash = money("courier", both, "about $3 billion", 2.5e9, 3.5e9).slot("qualifier", "about").build();
    Claim spent = money("courier", both, "$2.6 billion", 2.55e9, 2.65e9).build();
    Claim paid = money("gazette", "The club has been spending $2.64 billion on its new stadium since January.",
        "$2.64 billion", 2.635e9, 2.645e9).build();

    ComparisonResult result = COMPARISON.compare(List.of(cash, spent, paid));

    assertThat(verdictOver(result, spent, paid)).contains(Verdict.AGREEMENT);
    assertThat(verdictOver(result, cash, paid)).isEmpty();
  }

  @Test
  void differentCountsOfUnrelatedThingsAreNotCompared() {
    Claim hostages = quantity("journal", "She listed the release of three American hostages in May.", "hostage", "3")
        .time("in May", "2018-05", "2018-05-01", "2018-05-31").build();
    Claim detainees = quantity("gazette", "Two detainees were freed in 2017.", "detainee", "2")
        .time("in 2017", "2017", "2017-01-01", "2017-12-31").build();

    ComparisonResult result = COMPARISON.compare(List.of(hostages, detainees));

    assertThat(result.findings()).noneMatch(f -> f.verdict() == Verdict.CONFLICT);
  }

  // --- attributions

  @Test
  void confirmedAndDeclinedToConfirmByOneSpeakerConflict() {
    Claim confirmed = attribution("blog", "Trump recently wrote a letter to Kim, Mike Pompeo confirmed on Sunday.",
        "Mike Pompeo", "confirm", Polarity.AFFIRMED, "Trump recently wrote a letter to Kim")
        .slot("entities", "Donald Trump; Kim Jong Un; Mike Pompeo")
        .time("on Sunday", "2019-06-23", "2019-06-23", "2019-06-23").build();
    Claim declined = attribution("gazette", "Pompeo declined to confirm that Trump had written a letter to Kim.",
        "Mike Pompeo", "decline to confirm", Polarity.NEGATED, "Trump had written a letter to Kim")
        .slot("entities", "Donald Trump; Kim Jong Un; Mike Pompeo")
        .time("Friday", "2019-06-21", "2019-06-21", "2019-06-21").build();

    ComparisonResult result = COMPARISON.compare(List.of(confirmed, declined));

    Finding conflict = only(result, Verdict.CONFLICT);
    assertThat(conflict.claimIds()).containsExactlyInAnyOrder(confirmed.id(), declined.id());
    assertThat(conflict.explanation()).contains("confirm", "decline to confirm", "dated differently");
  }

  @Test
  void oneSpeakersFirstCountAndItsRevisionAreTwoStatementsNotOneStance() {
    Claim first = attribution("wire", "The county sheriff said on Twitter that four people died in the bus crash near"
        + " the quarry, and there were no survivors.", "County Sheriff", "say", Polarity.AFFIRMED,
        "on Twitter that four people died in the bus crash near the quarry, and there were no survivors").build();
    Claim revised = attribution("blog", "Sheriff says 7 people, not 4, died in the bus crash near the quarry.",
        "County Sheriff", "say", Polarity.AFFIRMED, "7 people, not 4, died in the bus crash near the quarry").build();
    Claim repeated = attribution("daily", "The sheriff said four people died in the bus crash near the quarry.",
        "County Sheriff", "say", Polarity.AFFIRMED, "four people died in the bus crash near the quarry").build();

    ComparisonResult result = COMPARISON.compare(List.of(first, revised, repeated));

    assertThat(verdictOver(result, first, revised)).isEmpty();
    assertThat(verdictOver(result, first, repeated)).contains(Verdict.AGREEMENT);
  }

  @Test
  void saidAndDeclinedToCommentDoNotContradictEachOther() {
    Claim said = attribution("blog", "Trump said the letter was very warm.", "Donald Trump", "say",
        Polarity.AFFIRMED, "the letter was very warm").build();
    Claim declined = attribution("gazette", "Trump declined to comment on the letter, which he called warm.",
        "Donald Trump", "decline to comment", Polarity.NEGATED, "the letter was warm").build();

    ComparisonResult result = COMPARISON.compare(List.of(said, declined));

    assertThat(result.findings()).noneMatch(f -> f.verdict() == Verdict.CONFLICT);
  }

  @Test
  void aShortPhraseQuotedMonthsApartIsTwoRemarks() {
    Claim spring = quote("gazette", "The minister called the plan \"a good start\" in March.", "Ana Ruiz", "a good start")
        .build();
    Claim autumn = quote("herald", "Ana Ruiz said the new budget was \"a good start\".", "Ana Ruiz", "a good start")
        .build();

    ComparisonResult result = COMPARISON.compare(List.of(spring, autumn),
        List.of(published("gazette", "2021-03-02"), published("herald", "2021-10-20")));

    assertThat(verdictOver(result, spring, autumn)).isEmpty();
  }

  @Test
  void oneSpeakersReportsPublishedMonthsApartAreDifferentStatements() {
    Claim spring = attribution("gazette", "Ana Ruiz said the harbour tax would be cut by spring.", "Ana Ruiz", "say",
        Polarity.AFFIRMED, "the harbour tax would be cut by spring").build();
    Claim autumn = attribution("herald", "Ana Ruiz said the harbour tax would be cut by spring.", "Ana Ruiz", "say",
        Polarity.AFFIRMED, "the harbour tax would be cut by spring").build();

    ComparisonResult apart = COMPARISON.compare(List.of(spring, autumn),
        List.of(published("gazette", "2021-03-02"), published("herald", "2021-10-20")));
    ComparisonResult close = COMPARISON.compare(List.of(spring, autumn),
        List.of(published("gazette", "2021-03-02"), published("herald", "2021-03-03")));

    assertThat(verdictOver(apart, spring, autumn)).doesNotContain(Verdict.AGREEMENT);
    assertThat(verdictOver(close, spring, autumn)).contains(Verdict.AGREEMENT);
  }

  @Test
  void twoSharedWordsDoNotMakeOneStatementThreeDo() {
    Claim spoken = attribution("gazette", "\"I just got a lovely parcel from my sister,\" the mayor said.", "Ana Ruiz",
        "say", Polarity.AFFIRMED, "I just got a lovely parcel from my sister").build();
    Claim posted = attribution("herald", "The mayor had posted earlier that she got a parcel.", "Ana Ruiz", "post",
        Polarity.AFFIRMED, "she got a parcel").build();
    Claim retold = attribution("courier", "The mayor said she got a lovely parcel from her sister.", "Ana Ruiz", "say",
        Polarity.AFFIRMED, "she got a lovely parcel from her sister").build();
    List<Document> days = List.of(published("gazette", "2021-03-02"), published("herald", "2021-03-03"),
        published("courier", "2021-03-03"));

    ComparisonResult result = COMPARISON.compare(List.of(spoken, posted, retold), days);

    assertThat(verdictOver(result, spoken, posted)).doesNotContain(Verdict.AGREEMENT);
    assertThat(verdictOver(result, spoken, retold)).contains(Verdict.AGREEMENT);
  }

  @Test
  void twoSourcesReportingTheSameStatementAgree() {
    Claim blog = attribution("blog", "According to White House spokesperson Sarah Sanders, correspondence between"
        + " the two leaders has been ongoing.", "Sarah Sanders", "according to", Polarity.AFFIRMED,
        "correspondence between the two leaders has been ongoing").build();
    Claim voa = attribution("voa", "White House press secretary Sarah Sanders said in a statement overnight that"
        + " correspondence between the two leaders has been ongoing.", "Sarah Sanders", "say", Polarity.AFFIRMED,
        "correspondence between the two leaders has been ongoing").build();

    ComparisonResult result = COMPARISON.compare(List.of(blog, voa));

    assertThat(verdictOver(result, blog, voa)).contains(Verdict.AGREEMENT);
  }

  @Test
  void differentSpeakersConfirmingDifferentThingsAreNotCompared() {
    Claim pompeo = attribution("blog", "Trump recently wrote a letter to Kim, Mike Pompeo confirmed on Sunday.",
        "Mike Pompeo", "confirm", Polarity.AFFIRMED, "Trump recently wrote a letter to Kim").build();
    Claim sanders = attribution("diplomat", "Sarah Sanders, the White House press secretary, confirmed that the"
        + " letter was aimed at following up on their meeting.", "Sarah Sanders", "confirm", Polarity.AFFIRMED,
        "the letter was aimed at following up on their meeting").build();

    ComparisonResult result = COMPARISON.compare(List.of(pompeo, sanders));

    assertThat(result.findings()).isEmpty();
  }

  // --- quotes

  @Test
  void aQuoteInsideALongerQuoteAgrees() {
    Claim longer = quote("diplomat", "Kim and Trump reached an agreement that included a commitment to work toward"
        + " the complete denuclearization of the Korean Peninsula.", "North Korea",
        "toward the complete denuclearization of the Korean Peninsula").build();
    Claim shorter = quote("herald", "In the joint statement, Kim committed to work towards the \"complete"
        + " denuclearization\" of the Korean Peninsula.", "Kim Jong Un", "complete denuclearization").build();

    ComparisonResult result = COMPARISON.compare(List.of(longer, shorter));

    assertThat(verdictOver(result, longer, shorter)).containsOnly(Verdict.AGREEMENT);
  }

  @Test
  void oneQuotedWordOfAPhraseAnotherSourceQuotesWholeAgrees() {
    Claim word = quote("courier", "Mayor Ellen Grant called it a \"devastating\" flood and asked residents to stay"
        + " home.", "Ellen Grant", "devastating").build();
    Claim phrase = quote("ledger", "Ellen Grant, the mayor, wrote on Twitter that \"a devastating flood\" had hit the"
        + " harbour.", "Ellen Grant", "a devastating flood").build();
    Claim otherSpeaker = quote("gazette", "A resident said it was \"devastating\" to watch.", "Tom Hale",
        "devastating").build();

    ComparisonResult result = COMPARISON.compare(List.of(word, phrase, otherSpeaker));

    assertThat(verdictOver(result, word, phrase)).containsOnly(Verdict.AGREEMENT);
    assertThat(verdictOver(result, phrase, otherSpeaker)).isEmpty();
  }

  @Test
  void differentPassagesOfOneSpeechAreNotAConflict() {
    Claim heroes = quote("hill", "Today, our boys are coming home, Pence said at the ceremony.", "Mike Pence",
        "Some have called the Korean War the forgotten war but today we prove these heroes were never forgotten")
        .build();
    Claim hope = quote("examiner", "Whosoever emerges from these aircraft today begins a new season of hope, Pence"
        + " said.", "Mike Pence", "Whosoever emerges from these aircraft today begins a new season of hope").build();

    ComparisonResult result = COMPARISON.compare(List.of(heroes, hope));

    assertThat(result.findings()).noneMatch(f -> f.verdict() == Verdict.CONFLICT);
  }

  @Test
  void oneSpeakersQuoteWordedDifferentlyIsWorthAFinding() {
    Claim a = quote("blog", "Trump called it a very personal, very warm, very nice letter.", "Donald Trump",
        "a very personal, very warm, very nice letter").build();
    Claim b = quote("gazette", "Trump called it a very personal, very warm, very kind letter.", "Donald Trump",
        "a very personal, very warm, very kind letter").build();

    ComparisonResult result = COMPARISON.compare(List.of(a, b));

    assertThat(verdictOver(result, a, b)).contains(Verdict.CONFLICT);
    assertThat(only(result, Verdict.CONFLICT).explanation()).contains("worded differently");
  }

  // --- output

  @Test
  void idsAreSequentialAndTheOutputDoesNotDependOnInputOrder() {
    Claim a = role("blog", "White House spokesperson Sarah Sanders said it.", "Sarah Sanders", "spokesperson",
        "White House").build();
    Claim b = role("diplomat", "Sarah Sanders, the White House press secretary, confirmed.", "Sarah Sanders",
        "press secretary", "White House").build();
    Claim c = quantity("examiner", "They picked up the 55 caskets.", "casket", "55").build();
    Claim d = quantity("national", "A plane retrieved the 55 cases.", "case", "55").build();

    ComparisonResult forward = COMPARISON.compare(List.of(a, b, c, d));
    ComparisonResult backward = COMPARISON.compare(List.of(d, c, b, a));

    assertThat(forward).isEqualTo(backward);
    assertThat(forward.clusters()).extracting(EventCluster::id).containsExactly("e1", "e2");
    assertThat(forward.findings()).extracting(Finding::id).containsExactly("f1", "f2");
  }

  private static Document published(String id, String date) {
    return new Document(id, Path.of(id + ".txt"), "hash", "", MetadataValue.unknown(), MetadataValue.unknown(),
        MetadataValue.unknown(), MetadataValue.of(LocalDate.parse(date), Basis.METADATA, "published: " + date));
  }

  static List<Verdict> verdictOver(ComparisonResult result, Claim a, Claim b) {
    return result.findings().stream()
        .filter(f -> f.claimIds().contains(a.id()) && f.claimIds().contains(b.id()))
        .map(Finding::verdict).toList();
  }

  static Finding only(ComparisonResult result, Verdict verdict) {
    List<Finding> found = result.findings().stream().filter(f -> f.verdict() == verdict).toList();
    assertThat(found).as("findings with verdict %s in %s", verdict, result.findings()).hasSize(1);
    return found.get(0);
  }
}
