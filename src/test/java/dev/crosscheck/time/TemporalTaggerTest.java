package dev.crosscheck.time;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TemporalTaggerTest {

  private static final TemporalTagger TAGGER = new TemporalTagger();

  private static ImmutableList<TimeExpression> tag(String text, String dct) {
    return TAGGER.tag("doc", text, Optional.of(LocalDate.parse(dct)));
  }

  /** The one expression whose text contains {@code written}. */
  private static TimeExpression find(String text, String dct, String written) {
    return tag(text, dct).stream().filter(expression -> expression.text().contains(written)).findFirst()
        .orElseThrow(() -> new AssertionError("no expression containing '" + written + "' in: " + tag(text, dct)));
  }

  private static String value(String text, String dct, String written) {
    return find(text, dct, written).value();
  }

  @Test
  void offsetsSliceTheExpressionOutOfTheText() {
    String text = "Secretary of State Mike Pompeo confirmed on Sunday that the letter arrived in May.";
    for (TimeExpression expression : tag(text, "2019-06-23")) {
      assertThat(text.substring(expression.start(), expression.end())).isEqualTo(expression.text());
      assertThat(expression.documentId()).isEqualTo("doc");
    }
    assertThat(tag(text, "2019-06-23")).extracting(TimeExpression::text).containsExactly("on Sunday", "in May");
  }

  @Nested
  class AbsoluteDates {

    @Test
    void monthDayAndYearInEveryCommonForm() {
      assertThat(value("The letter, dated July 6, 2018, was shared.", "2018-07-12", "July 6")).isEqualTo("2018-07-06");
      assertThat(value("The summit was held on 12 June 2018 in Singapore.", "2018-07-12", "June")).isEqualTo("2018-06-12");
      assertThat(value("date 2019-06-23 President Trump wrote a letter.", "2019-06-23", "2019")).isEqualTo("2019-06-23");
      assertThat(value("Talks resumed in June 2019.", "2019-07-01", "June")).isEqualTo("2019-06");
      assertThat(value("The two leaders first met in 2018.", "2019-07-01", "2018")).isEqualTo("2018");
    }

    @Test
    void secondDayOfAMonthIsADateOfItsOwn() {
      TimeExpression second = find("A ceremony will be held at the summit on April 24 and 25.", "1999-02-10", "25");
      assertThat(second.text()).isEqualTo("25");
      assertThat(second.value()).isEqualTo("1999-04-25");
      assertThat(tag("Turnout rose on May 3 and 4 percent voted early.", "1999-06-10"))
          .extracting(TimeExpression::text).doesNotContain("4");
    }

    @Test
    void bothDaysOfASpanWithinAMonth() {
      assertThat(tag("The fair runs June 14-16 in Ohio.", "2019-06-10")).extracting(TimeExpression::value)
          .containsExactly("2019-06-14", "2019-06-16");
      assertThat(tag("The summit was held between 14 and 16 June.", "2019-06-19")).extracting(TimeExpression::value)
          .containsExactly("2019-06-14", "2019-06-16");
    }

    @Test
    void aNumericDateIsReadDayFirstOnlyWhenMonthFirstCannotBe() {
      assertThat(value("The firm was fined on 21/03/2022.", "2022-10-12", "21/03")).isEqualTo("2022-03-21");
      assertThat(value("The firm was fined on 3/4/2022.", "2022-10-12", "3/4")).isEqualTo("2022-03-04");
    }

    @Test
    void aDayOfNextYear() {
      assertThat(value("The law takes effect on Jan. 1 next year.", "2019-06-19", "Jan. 1")).isEqualTo("2020-01-01");
    }

    @Test
    void yearlessDateTakesTheYearOfThePublicationDate() {
      assertThat(value("The letter, dated July 6, included Kim's signature.", "2018-07-12", "July 6"))
          .isEqualTo("2018-07-06");
      assertThat(value("The court will rule on Jan. 3.", "2018-12-20", "Jan. 3")).isEqualTo("2019-01-03");
    }

    @Test
    void pastEventWithoutYearDoesNotLandAfterThePublicationDate() {
      TimeExpression dec28 = find("The two sides met on Dec. 28 in Panmunjom.", "2019-01-03", "Dec. 28");
      assertThat(dec28.value()).isEqualTo("2018-12-28");
      assertThat(dec28.interval()).contains(TimeInterval.day(LocalDate.of(2018, 12, 28)));
    }

    @Test
    void withoutPublicationDateTheYearStaysUnknown() {
      ImmutableList<TimeExpression> found = TAGGER.tag("doc",
          "The two leaders met for the first time on June 12 in Singapore.", Optional.empty());
      assertThat(found).singleElement().satisfies(expression -> {
        assertThat(expression.value()).isEqualTo("XXXX-06-12");
        assertThat(expression.interval()).isEmpty();
      });
    }

    @Test
    void yearRangeIsTwoYearsNotADecade() {
      ImmutableList<TimeExpression> war = tag("The 1950-53 Korean War ended in an armistice.", "2018-08-02");
      assertThat(war).extracting(TimeExpression::text).containsExactly("1950", "53");
      assertThat(war).extracting(TimeExpression::value).containsExactly("1950", "1953");
      // each end dates the event by the whole span
      assertThat(war).extracting(TimeExpression::interval).containsOnly(
          Optional.of(new TimeInterval(LocalDate.of(1950, 1, 1), LocalDate.of(1953, 12, 31))));
      assertThat(tag("She chaired the board in 1990-91 and again from 1998–2001.", "2018-08-02"))
          .extracting(TimeExpression::value).containsExactly("1990", "1991", "1998", "2001");
    }

    @Test
    void yearRangeValuesReadLikeTheSameRangeWrittenInWords() {
      assertThat(tag("The mill ran at a loss in 1998-2001.", "2018-08-02")).extracting(TimeExpression::value)
          .isEqualTo(tag("The mill ran at a loss from 1998 to 2001.", "2018-08-02").stream()
              .map(TimeExpression::value).toList());
    }

    @Test
    void aYearInsideANameIsNoDate() {
      assertThat(tag("The office still runs Windows 2000 on its desktops.", "2018-08-02")).isEmpty();
      assertThat(tag("Fans booked flights for Euro 2016 in the spring.", "2018-08-02"))
          .extracting(TimeExpression::text).containsExactly("the spring");
      assertThat(tag("The kingdom's Vision 2030 plan was unveiled in April 2016.", "2018-08-02"))
          .extracting(TimeExpression::value).containsExactly("2016-04");
      // a capital that only opens a sentence, and time words before a year, leave the year a date
      assertThat(value("That 1978 resolution still stands.", "2018-08-02", "1978")).isEqualTo("1978");
      assertThat(value("Sales fell in Spring 2017.", "2018-08-02", "2017")).isEqualTo("2017-SP");
    }

    @Test
    void aProgrammeTitledLikeATimeIsNoTime() {
      assertThat(tag("The minister told ABC's \"This Week\" that talks would go on.", "2019-06-24")).isEmpty();
      assertThat(value("This week the talks went on.", "2019-06-24", "week")).isEqualTo("2019-W26");
    }

    @Test
    void todayOrTomorrowSpokenOfInGeneralIsNoDay() {
      assertThat(tag("The band still speaks to today's youth.", "2019-06-24")).isEmpty();
      assertThat(tag("Phones are cheap in today's world.", "2019-06-24")).isEmpty();
      assertThat(tag("She trains the engineers of tomorrow.", "2019-06-24")).isEmpty();
      assertThat(value("The offer ran in today's editions of the paper.", "2019-06-24", "today"))
          .isEqualTo("2019-06-24");
    }

    @Test
    void aTimeWordInsideANameIsNoTime() {
      assertThat(tag("The story first ran in USA Today and later in the local paper.", "2018-08-02")).isEmpty();
      assertThat(tag("Veterans of the Six-Day War met in Haifa.", "2018-08-02")).isEmpty();
      assertThat(tag("He wrote a history of the Hundred Years' War.", "2018-08-02")).isEmpty();
      assertThat(value("Today the council meets again.", "2018-08-02", "Today")).isEqualTo("2018-08-02");
      assertThat(value("Two days later, the council met again.", "2018-08-02", "Two days")).isEqualTo("P2D");
    }

    @Test
    void centuriesAndSpelledDecades() {
      assertThat(value("The temple dates from the 11th century.", "2019-06-24", "century")).isEqualTo("10");
      TimeExpression twentieth = find("It was the worst flood of the 20th century.", "2019-06-24", "century");
      assertThat(twentieth.interval()).contains(new TimeInterval(LocalDate.of(1900, 1, 1), LocalDate.of(1999, 12, 31)));
      assertThat(value("Membership fell through the nineties.", "2019-06-24", "nineties")).isEqualTo("199X");
      assertThat(value("Rents have risen since the late twenties began.", "2031-06-24", "twenties")).isEqualTo("202X");
    }

    @Test
    void aMonthOrASeasonOfASpelledYear() {
      assertThat(value("January nineteen ninety-seven. A bomb went off again.", "1998-02-27", "January"))
          .isEqualTo("1997-01");
      assertThat(value("Oil last fell that far in the winter of nineteen ninety-four.", "1998-02-23", "winter"))
          .isEqualTo("1994-WI");
      assertThat(value("The fair returns in March twenty twenty.", "2019-02-23", "March")).isEqualTo("2020-03");
    }

    @Test
    void aYearAfterAGenitiveIsAYear() {
      assertThat(value("The firm's 2021 results beat forecasts.", "2022-10-12", "2021")).isEqualTo("2021");
    }

    @Test
    void countsAreNotYears() {
      assertThat(tag("North Korea returned 55 caskets of remains.", "2018-08-02")).isEmpty();
      assertThat(tag("The Pentagon sent 2000 troops to the border.", "2018-08-02")).isEmpty();
      assertThat(tag("Shares rose to $1999 each.", "2018-08-02")).isEmpty();
    }

    @Test
    void decadesAndModifiedMonths() {
      assertThat(value("Prices peaked in the 1990s.", "2018-08-02", "1990s")).isEqualTo("199X");
      TimeExpression earlyJuly = find("Pompeo visited Pyongyang in early July 2018.", "2018-08-02", "July");
      assertThat(earlyJuly.value()).isEqualTo("2018-07");
      assertThat(earlyJuly.interval())
          .contains(new TimeInterval(LocalDate.of(2018, 7, 1), LocalDate.of(2018, 7, 10)));
    }
  }

  @Nested
  class MonthsWithoutYear {

    @Test
    void monthWithThisOrNextYearIsOneExpression() {
      TimeExpression april = find("The three countries join the alliance in April next year.", "1998-12-03", "April");
      assertThat(april.text()).isEqualTo("in April next year");
      assertThat(april.value()).isEqualTo("1999-04");
      assertThat(value("The parliament approved the treaty in early October this year.", "1998-12-03", "October"))
          .isEqualTo("1998-10");
    }

    @Test
    void adjectivesInEdAreNoPastTense() {
      assertThat(value("The airline will double its flights by August to reach markets untouched by the crisis.",
          "1998-02-13", "August")).isEqualTo("1998-08");
    }

    @Test
    void bareMonthResolvesAgainstThePublicationDate() {
      assertThat(value("Earlier in June, Trump told reporters that Kim had sent him a letter.", "2019-06-23",
          "Earlier in June")).isEqualTo("2019-06");
      assertThat(value("The two leaders met in Hanoi in February.", "2019-06-24", "February")).isEqualTo("2019-02");
      assertThat(value("They freed three American hostages in May.", "2018-09-10", "in May")).isEqualTo("2018-05");
    }

    @Test
    void mayTheVerbIsNoMonth() {
      assertThat(tag("Kim may meet Trump a second time.", "2018-09-10")).isEmpty();
      assertThat(tag("Analysts said talks May resume.", "2018-09-10")).isEmpty();
    }

    @Test
    void lastMonthNameIsTheMostRecentOneBeforeThePublicationDate() {
      assertThat(value("Sales fell last November.", "2000-01-13", "November")).isEqualTo("1999-11");
      assertThat(value("Sales fell last April.", "1989-10-27", "April")).isEqualTo("1989-04");
    }
  }

  @Nested
  class MonthsAhead {

    @Test
    void aSentenceAboutTheMonthsAheadPutsItsMonthsAhead() {
      // a November article: March without a verb tense would be the March just gone
      assertThat(value("The months ahead look busy for the council, with a budget vote in March.", "2019-11-15",
          "March")).isEqualTo("2020-03");
      assertThat(value("In the coming weeks the council sets its budget, then a vote in February.", "2019-11-15",
          "February")).isEqualTo("2020-02");
      assertThat(value("The council held its budget vote in March.", "2019-11-15", "March")).isEqualTo("2019-03");
    }

    @Test
    void theLastMonthOfARangeFollowsTheFirst() {
      assertThat(tag("Heating prices rise from December to February.", "2019-11-15"))
          .extracting(TimeExpression::value).containsExactly("2019-12", "2020-02");
      assertThat(tag("Ferries sailed less often between November and January.", "2019-06-15"))
          .extracting(TimeExpression::value).containsExactly("2018-11", "2019-01");
      assertThat(tag("The market opens in June and July.", "2019-05-15"))
          .extracting(TimeExpression::value).containsExactly("2019-06", "2019-07");
    }
  }

  @Nested
  class Weekdays {

    @Test
    void weekdayInPastTenseSentenceIsTheMostRecentSuchDay() {
      String text = "Pompeo confirmed on Sunday that Trump wrote the letter. Trump received it on Saturday.";
      assertThat(value(text, "2019-06-23", "Sunday")).isEqualTo("2019-06-23");
      assertThat(value(text, "2019-06-23", "Saturday")).isEqualTo("2019-06-22");
    }

    @Test
    void weekdayInFutureSentenceIsTheNextSuchDay() {
      assertThat(value("Trump leaves on Wednesday for a trip to Asia.", "2019-06-24", "Wednesday"))
          .isEqualTo("2019-06-26");
      assertThat(value("The president will meet Kim on Friday.", "2019-06-24", "Friday")).isEqualTo("2019-06-28");
      assertThat(value("Trump's birthday is Friday.", "2019-06-13", "Friday")).isEqualTo("2019-06-14");
    }

    @Test
    void verbGroupAfterTheWeekdayReadsByItsLastVerb() {
      // a Friday article: "were planning" announces, so Saturday is the coming one
      assertThat(value("Exiles rallied on Saturday and were planning a march.", "2000-01-07", "Saturday"))
          .isEqualTo("2000-01-01");
      assertThat(value("Exiles called a rally for Saturday and were planning to march.", "2000-01-07", "Saturday"))
          .isEqualTo("2000-01-08");
    }

    @Test
    void aNumberClosingASentenceEndsIt() {
      // the past tense of the next sentence does not reach back over "24." or "Feb. 1."
      assertThat(value("A ceremony will be held on April 24. Talks ran long.", "2000-01-07", "April 24"))
          .isEqualTo("2000-04-24");
      assertThat(value("The new chairman takes office effective Feb. 1. The board met.", "1989-10-26", "Feb. 1"))
          .isEqualTo("1990-02-01");
    }

    @Test
    void frontedWeekdayTakesTheTenseOfTheClauseItOpens() {
      // a Friday article: "Until Thursday," opens a past-perfect clause, so it is yesterday
      assertThat(value("Until Thursday, the police had not named him a suspect.", "1999-05-07", "Thursday"))
          .isEqualTo("1999-05-06");
    }

    @Test
    void sameFormPastVerbsAreReportedPast() {
      // a Saturday article: the agency "set Friday as the deadline" in a past report
      assertThat(value("The agency ruled that the boy must be returned and set Friday as the deadline.",
          "2000-01-15", "Friday")).isEqualTo("2000-01-14");
    }

    @Test
    void dayNextToAWeekdayCountsFromThatWeekday() {
      // a Thursday article: last Tuesday is 2000-02-22, the day before it Monday
      TimeExpression before = find("The day before last Tuesday's court hearing, he went to the house.", "2000-02-24",
          "day before");
      assertThat(before.text()).isEqualTo("The day before last Tuesday");
      assertThat(before.value()).isEqualTo("2000-02-21");
    }

    @Test
    void quotationKeepsItsOwnTense() {
      // a Wednesday article: the quoted "will" names the coming Thursday, not the "said" of the reporter
      assertThat(value("''The delegation will land at 6 a.m. Thursday,'' the spokesman said.", "2019-06-26",
          "Thursday")).isEqualTo("2019-06-27T06:00");
    }

    @Test
    void pastPerfectOfAFutureWordIsPast() {
      assertThat(value("The offer had been scheduled to expire at midnight Friday.", "2019-06-24", "Friday"))
          .isEqualTo("2019-06-21T24:00");
      // a two-word cue reads the auxiliary before its first word
      assertThat(value("The ferry strike had been due to end Friday evening.", "2019-06-24", "Friday"))
          .isEqualTo("2019-06-21TEV");
    }

    @Test
    void couldBeWithAParticipleIsPast() {
      // 2019-06-27 is a Thursday
      assertThat(value("The mayor could not be reached Wednesday for comment.", "2019-06-27", "Wednesday"))
          .isEqualTo("2019-06-26");
      assertThat(value("The verdict will be announced Wednesday.", "2019-06-27", "Wednesday")).isEqualTo("2019-07-03");
    }

    @Test
    void aWordOfTheExpressionIsNoAuxiliary() {
      // "May held" is no modal and a verb
      assertThat(value("The truce signed on 5 May held.", "2022-07-13", "May")).isEqualTo("2022-05-05");
    }

    @Test
    void aCommaAfterTheExpressionClosesItsClause() {
      assertThat(value("The talks, which are supposed to end by May, invited the rebels back.", "2022-02-13", "May"))
          .isEqualTo("2022-05");
    }

    @Test
    void aDeadlineThatExpiresLiesAhead() {
      assertThat(value("The two-year deal expires in March.", "2022-10-12", "March")).isEqualTo("2023-03");
    }

    @Test
    void setToAndDueToAnnounce() {
      // 2019-06-23 is a Sunday
      assertThat(value("Peace talks set to resume Monday in Belfast drew protests.", "2019-06-23", "Monday"))
          .isEqualTo("2019-06-24");
      assertThat(value("The ferry is due to sail Tuesday.", "2019-06-23", "Tuesday")).isEqualTo("2019-06-25");
    }

    @Test
    void nounsAndParticiplesOfPlanningAreNoFuture() {
      assertThat(value("On Friday, when the minister set aside her vacation plans, the embassy lifted its warning.",
          "2019-06-24", "Friday")).isEqualTo("2019-06-21");
      assertThat(value("The team planned to leave the capital on Thursday.", "2019-06-24", "Thursday"))
          .isEqualTo("2019-06-27");
    }

    @Test
    void weekdayWithAfternoonOrEveningNamesThePartOfThatDay() {
      TimeExpression afternoon = find("In his tweet Thursday afternoon, the president praised Kim.", "2018-07-12",
          "Thursday");
      assertThat(afternoon.value()).isEqualTo("2018-07-12TAF");
      assertThat(afternoon.interval()).contains(TimeInterval.day(LocalDate.parse("2018-07-12")));
      assertThat(value("The senators met Tuesday evening behind closed doors.", "2018-07-12", "Tuesday"))
          .isEqualTo("2018-07-10TEV");
    }

    @Test
    void weekdayWithMorningOrNightNamesTheDay() {
      assertThat(value("The embassy was attacked Friday night, police said.", "2018-07-14", "Friday"))
          .isEqualTo("2018-07-13");
      assertThat(value("Rescuers reached the village on Sunday morning.", "2018-07-16", "Sunday"))
          .isEqualTo("2018-07-15");
    }

    @Test
    void lastAndNextWeekdaySkipThePublicationDay() {
      assertThat(value("Shares closed lower last Friday.", "1989-10-30", "Friday")).isEqualTo("1989-10-27");
      assertThat(value("The board meets next Monday.", "1989-10-30", "Monday")).isEqualTo("1989-11-06");
    }
  }

  @Nested
  class RelativeDates {

    @Test
    void dayWords() {
      String text = "The White House said yesterday that talks continue today and resume tomorrow.";
      assertThat(value(text, "2018-07-12", "yesterday")).isEqualTo("2018-07-11");
      assertThat(value(text, "2018-07-12", "today")).isEqualTo("2018-07-12");
      assertThat(value(text, "2018-07-12", "tomorrow")).isEqualTo("2018-07-13");
    }

    @Test
    void theRestOfTheUnitTheStoryIsIn() {
      assertThat(value("Floods delayed the harvest earlier in the year.", "2019-06-24", "year")).isEqualTo("2019");
      assertThat(tag("Turnout in the week before the vote was low.", "2019-06-24")).isEmpty();
      assertThat(value("The bank was sold in March. The following month, its chief resigned.", "2019-06-24",
          "following")).isEqualTo("2019-04");
      assertThat(value("The strike began on Friday. Pickets gathered in the morning.", "2019-06-24", "morning"))
          .isEqualTo("2019-06-21TMO");
      assertThat(value("Investors expect the rate to fall in coming months.", "2019-06-24", "months"))
          .isEqualTo("FUTURE_REF");
    }

    @Test
    void movableFeastsAndAHolidaysWeek() {
      assertThat(value("Pilgrims filled the square on Good Friday.", "2019-04-23", "Good Friday")).isEqualTo("2019-04-19");
      // Easter 2019 was on April 21: its week ran from April 15
      assertThat(value("Pilgrims arrived as Easter week began.", "2019-04-16", "Easter week")).isEqualTo("2019-W16");
      assertThat(value("Polls open on Election Day.", "2018-10-20", "Election Day")).isEqualTo("2018-11-06");
    }

    @Test
    void thePreviousWeekdayCountsFromTheStorysDay() {
      assertThat(value("Shares closed on Oct. 27 down 4.5% from the previous Friday.", "2019-10-30",
          "previous Friday")).isEqualTo("2019-10-25");
      assertThat(value("Talks ended on Oct. 23; the following Monday the strike began.", "2019-10-30",
          "following Monday")).isEqualTo("2019-10-28");
    }

    @Test
    void aPartOfTheDayBeforeADayWord() {
      assertThat(value("In London at mid-afternoon yesterday, shares were up.", "1989-11-02", "yesterday"))
          .isEqualTo("1989-11-01TAF");
    }

    @Test
    void nowOpeningASentenceWithACommaTurnsTheArgument() {
      assertThat(tag("Now, the minister said, the plan is dead.", "2019-06-24")).isEmpty();
      assertThat(value("Now the plan is dead.", "2019-06-24", "Now")).isEqualTo("PRESENT_REF");
    }

    @Test
    void recentlyBeforeADateRanksEventsWithoutDatingThem() {
      assertThat(tag("Three clinics were attacked, most recently last October.", "2019-06-24"))
          .extracting(TimeExpression::text).containsExactly("last October");
      assertThat(value("More recently it has followed the militias.", "2019-06-24", "recently")).isEqualTo("PAST_REF");
    }

    @Test
    void presentlyHasNoValue() {
      assertThat(tag("We are presently searching for a new site.", "2019-06-24")).isEmpty();
    }

    @Test
    void theDayBeforeAnEvent() {
      assertThat(value("He was last seen on Nov. 3, the day before police issued a warrant.", "2019-11-20",
          "the day before")).isEqualTo("2019-11-03");
      assertThat(value("The men came to the house on Oct. 23. They returned the day after his death.", "2019-11-20",
          "the day after")).isEqualTo("2019-10-24");
      assertThat(tag("She toured Nairobi and later in the day before returning home met the press.", "2019-11-20"))
          .extracting(TimeExpression::text).noneMatch(text -> text.contains("day before"));
      assertThat(value("Investment slowed in the post-1959 economy.", "2019-11-20", "1959")).isEqualTo("1959");
    }

    @Test
    void lastWeekIsTheIsoWeekBefore() {
      TimeExpression lastWeek = find("The remains were flown out last week.", "2018-08-02", "last week");
      assertThat(lastWeek.value()).isEqualTo("2018-W30");
      assertThat(lastWeek.interval())
          .contains(new TimeInterval(LocalDate.of(2018, 7, 23), LocalDate.of(2018, 7, 29)));
    }

    @Test
    void thePastWeekIsTheSevenDaysBeforeThePublicationDate() {
      // 2018-08-03 is a Friday: four of the seven days before it are in its own ISO week
      TimeExpression pastWeek = find("He has been in hospital for the past week.", "2018-08-03", "week");
      assertThat(pastWeek.value()).isEqualTo("2018-W31");
      assertThat(pastWeek.interval())
          .contains(new TimeInterval(LocalDate.of(2018, 7, 27), LocalDate.of(2018, 8, 2)));
      assertThat(value("He was in hospital last week.", "2018-08-03", "week")).isEqualTo("2018-W30");
    }

    @Test
    void thatSameDayAfterAMonthIsSomeDayOfThatMonth() {
      TimeExpression sameDay = find("The last attack came last October. His name was crossed out that same day.",
          "2019-02-06", "same day");
      assertThat(sameDay.value()).isEqualTo("2018-10-XX");
      assertThat(sameDay.interval())
          .contains(new TimeInterval(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 10, 31)));
    }

    @Test
    void theSameDayAsAnEventNamesThatEventsDayNotOneToldBefore() {
      String text = "The mayor met the strikers last month. Her memo was dated the same day as the minister's"
          + " visit to the port.";
      assertThat(tag(text, "2021-05-20")).noneMatch(time -> time.text().contains("same day"));
      assertThat(value("The storm hit last October. The dam failed that same day.", "2019-02-06", "same day"))
          .isEqualTo("2018-10-XX");
    }

    @Test
    void relativeMonthsAndYears() {
      String dct = "2018-07-12";
      assertThat(value("Pompeo visited last month.", dct, "last month")).isEqualTo("2018-06");
      assertThat(value("They will meet next month.", dct, "next month")).isEqualTo("2018-08");
      assertThat(value("A second summit may come this year.", dct, "this year")).isEqualTo("2018");
      assertThat(value("Trade fell late last year.", dct, "last year")).isEqualTo("2017");
      assertThat(find("Trade fell late last year.", dct, "last year").interval())
          .contains(new TimeInterval(LocalDate.of(2017, 9, 1), LocalDate.of(2017, 12, 31)));
    }

    @Test
    void earlierThisMonthEndsAtThePublicationDate() {
      TimeExpression earlier = find("Trump received a letter earlier this month.", "2019-06-26", "this month");
      assertThat(earlier.value()).isEqualTo("2019-06");
      assertThat(earlier.interval())
          .contains(new TimeInterval(LocalDate.of(2019, 6, 1), LocalDate.of(2019, 6, 26)));
    }

    @Test
    void weekendAndAgo() {
      assertThat(value("Kim held talks over the weekend.", "2019-06-24", "weekend")).isEqualTo("2019-W25-WE");
      assertThat(value("The armistice was signed 60 years ago.", "2013-07-27", "60 years ago")).isEqualTo("1953");
    }
  }

  @Nested
  class DurationsSetsTimesAndVagueReferences {

    @Test
    void capitalisedTimeWordsInsideASentenceAreNames() {
      assertThat(tag("The minister told CBS's ''60 Minutes'' that talks would resume.", "2019-06-24"))
          .extracting(TimeExpression::text).noneMatch(text -> text.contains("Minutes"));
      assertThat(tag("The poster showed Gary Cooper in the film High Noon.", "2019-06-24")).isEmpty();
      assertThat(value("The talks lasted 60 minutes.", "2019-06-24", "minutes")).isEqualTo("PT60M");
    }

    @Test
    void fractionalDurationsAreWrittenInTheNextSmallerUnit() {
      assertThat(value("The flight to Nairobi took 5 1/2 hours.", "2019-06-24", "hours")).isEqualTo("PT5H30M");
      assertThat(value("The talks lasted two and a half years.", "2019-06-24", "years")).isEqualTo("P2Y6M");
      assertThat(value("The meeting ran a minute and a half.", "2019-06-24", "minute")).isEqualTo("PT1M30S");
      assertThat(value("The vote was delayed by half an hour.", "2019-06-24", "hour")).isEqualTo("PT30M");
    }

    @Test
    void annuallyIsAYearlySet() {
      TimeExpression annually = find("The report is published annually by the ministry.", "2019-06-24", "annually");
      assertThat(annually.type()).isEqualTo(TimexType.SET);
      assertThat(annually.value()).isEqualTo("P1Y");
    }

    @Test
    void durations() {
      assertThat(value("The talks have stalled for eight months.", "2019-06-24", "eight months")).isEqualTo("P8M");
      TimeExpression past = find("Relations improved over the past eight months.", "2019-06-24", "months");
      assertThat(past.text()).isEqualTo("the past eight months");
      assertThat(past.value()).isEqualTo("P8M");
      assertThat(past.type()).isEqualTo(TimexType.DURATION);
      assertThat(value("The dispute lasted a decade.", "2019-06-24", "decade")).isEqualTo("P10Y");
      assertThat(value("Talks ran for 16-hour days.", "2019-06-24", "16-hour")).isEqualTo("PT16H");
    }

    @Test
    void anAmountMeasuredToSomethingNamedIsADuration() {
      TimeExpression early = find("The bridge opened two weeks earlier than planned.", "2019-06-24", "two weeks");
      assertThat(early.text()).isEqualTo("two weeks");
      assertThat(early.type()).isEqualTo(TimexType.DURATION);
      assertThat(early.value()).isEqualTo("P2W");
      assertThat(value("The mayor resigned a day before the vote.", "2019-06-24", "a day")).isEqualTo("P1D");
      TimeExpression month = find("She left just under a month before the election.", "2019-06-24", "month");
      assertThat(month.text()).isEqualTo("just under a month");
      assertThat(month.value()).isEqualTo("P1M");
      assertThat(value("The ferry docked just over an hour later.", "2019-06-24", "hour")).isEqualTo("PT1H");
    }

    @Test
    void fromNowIsTheAmountAndNowApart() {
      ImmutableList<TimeExpression> found = tag("Five years from now the mine will be closed.", "2019-06-24");
      assertThat(found).extracting(TimeExpression::text).containsExactly("Five years", "now");
      assertThat(found).extracting(TimeExpression::value).containsExactly("P5Y", "PRESENT_REF");
    }

    @Test
    void anAmountBackFromThePublicationDateOrTheStoryStaysADate() {
      assertThat(value("The mine closed three years ago.", "2019-06-24", "three years ago")).isEqualTo("2016");
      assertThat(value("Wages were 3 percent higher than a year earlier.", "2019-06-24", "year")).isEqualTo("2018");
      // the story's last day, not the DCT, is what "later" counts from: the amount is what the text gives
      TimeExpression later = find("The strike began on May 2. A week later, the mine closed.", "2019-06-24", "week");
      assertThat(later.type()).isEqualTo(TimexType.DURATION);
      assertThat(later.value()).isEqualTo("P1W");
    }

    @Test
    void tensAndOnesWrittenApartAreOneNumber() {
      TimeExpression day = find("In the last twenty four hours the river rose a metre.", "2019-06-24", "hours");
      assertThat(day.text()).isEqualTo("the last twenty four hours");
      assertThat(day.value()).isEqualTo("PT24H");
    }

    @Test
    void aSpelledCountOfYearsIsNoYear() {
      assertThat(tag("The glassblowers have kept their craft for two thousand years.", "2019-06-24"))
          .extracting(TimeExpression::value).doesNotContain("2000");
      assertThat(value("Prices last hit that level in nineteen ninety-four.", "2019-06-24", "ninety"))
          .isEqualTo("1994");
    }

    @Test
    void oneDayAfterAModalIsSomeDayAhead() {
      assertThat(value("The town hopes it will one day host the games.", "2019-06-24", "one day"))
          .isEqualTo("FUTURE_REF");
      assertThat(value("The festival lasted one day.", "2019-06-24", "one day")).isEqualTo("P1D");
    }

    @Test
    void tradingDaysAndACoupleOfYearsAreAmounts() {
      assertThat(value("The index lagged for eight trading days.", "2019-06-24", "days")).isEqualTo("P8D");
      assertThat(value("Over the next couple of years sales should double.", "2019-06-24", "years")).isEqualTo("P2Y");
    }

    @Test
    void theYearsOfAStoryAreAnUnstatedNumberOfThem() {
      assertThat(value("In the years that followed, the rebels grew.", "2019-06-24", "years")).isEqualTo("PXY");
      assertThat(value("The rules have changed over the years.", "2019-06-24", "years")).isEqualTo("PXY");
      assertThat(tag("Rebels gathered in the weeks before the attack.", "2019-06-24")).isEmpty();
    }

    @Test
    void roundTheClockIsNoLengthOfTime() {
      assertThat(tag("Guards watch the clinic 24 hours a day.", "2019-06-24")).isEmpty();
      assertThat(tag("The shop is open seven days a week.", "2019-06-24")).isEmpty();
      assertThat(value("The vigil lasted 24 hours.", "2019-06-24", "hours")).isEqualTo("PT24H");
    }

    @Test
    void agesAreNotDurations() {
      assertThat(tag("The 35-year-old leader smiled.", "2019-06-24")).isEmpty();
    }

    @Test
    void sets() {
      TimeExpression everyYear = find("The allies hold drills every year.", "2019-06-24", "every year");
      assertThat(everyYear.type()).isEqualTo(TimexType.SET);
      assertThat(everyYear.value()).isEqualTo("P1Y");
      assertThat(value("The agency publishes daily.", "2019-06-24", "daily")).isEqualTo("P1D");
    }

    @Test
    void theUnitOfARateIsASet() {
      TimeExpression perYear = find("The merger should save $500 million a year in costs.", "2019-06-24", "year");
      assertThat(perYear.type()).isEqualTo(TimexType.SET);
      assertThat(perYear.value()).isEqualTo("P1Y");
      assertThat(find("The airline runs four flights a week to Lagos.", "2019-06-24", "week").type())
          .isEqualTo(TimexType.SET);
      assertThat(find("The talks lasted a week.", "2019-06-24", "week").type()).isEqualTo(TimexType.DURATION);
    }

    @Test
    void pluralWeekdaysAndEveryMonthAreSets() {
      TimeExpression nights = find("Two ferries will sail on Tuesday nights from March.", "2019-06-24", "Tuesday");
      assertThat(nights.type()).isEqualTo(TimexType.SET);
      assertThat(nights.value()).isEqualTo("XXXX-WXX-2TNI");
      assertThat(value("The market opens on Saturdays.", "2019-06-24", "Saturdays")).isEqualTo("XXXX-WXX-6");
      TimeExpression july = find("The marchers parade each July through the town.", "2019-06-24", "July");
      assertThat(july.text()).isEqualTo("each July");
      assertThat(july.type()).isEqualTo(TimexType.SET);
      assertThat(july.value()).isEqualTo("XXXX-07");
    }

    @Test
    void clockTimes() {
      TimeExpression tweet = find("Trump tweeted at 6:08 PM.", "2018-07-12", "6:08");
      assertThat(tweet.type()).isEqualTo(TimexType.TIME);
      assertThat(tweet.value()).isEqualTo("2018-07-12T18:08");
    }

    @Test
    void aClockTimeWithAZoneAndAWeekdayKeepsItsTime() {
      // 2019-06-28 is a Friday
      TimeExpression launch = find("The rocket will lift off at 10:30 BST on Friday.", "2019-06-26", "10:30");
      assertThat(launch.text()).isEqualTo("10:30 BST on Friday");
      assertThat(launch.type()).isEqualTo(TimexType.TIME);
      assertThat(launch.value()).isEqualTo("2019-06-28T10:30");
      assertThat(value("Polls closed at 2200 GMT on Sunday.", "2019-06-24", "2200")).isEqualTo("2019-06-23T22:00");
      assertThat(value("The blast came at 11:05 a.m. EDT Tuesday.", "2019-06-26", "11:05")).isEqualTo("2019-06-25T11:05");
    }

    @Test
    void aClockTimeAfterAPartOfADayIsOnThatDay() {
      // a Wednesday article: "Tuesday night" is yesterday, and so is the 21:15 that follows it
      assertThat(value("On Tuesday night 21:15 GMT the dam gave way above the valley.", "2021-03-17", "21:15"))
          .isEqualTo("2021-03-16T21:15");
      assertThat(value("The shop opened at 9:30 a.m. on Monday. At 11 a.m. the first customers left.", "2021-03-17",
          "11 a.m.")).isEqualTo("2021-03-15T11:00");
    }

    @Test
    void aClockTimeWithAConversionOrADayBeforeItsMonth() {
      // 2022-10-15 is a Saturday
      TimeExpression polls = find("Polls will close at 6pm local time (1700 GMT) on Saturday.", "2022-10-12", "6pm");
      assertThat(polls.text()).isEqualTo("6pm local time (1700 GMT) on Saturday");
      assertThat(polls.value()).isEqualTo("2022-10-15T18:00");
      assertThat(value("At 14:00 GMT on 3 July the talks resumed.", "2022-10-12", "14:00")).isEqualTo("2022-07-03T14:00");
    }

    @Test
    void hoursAndMinutesAloneAreATimeOnlyAfterAWordThatIntroducesOne() {
      assertThat(value("The council met on June 3 and sat until 14:45.", "2019-06-24", "14:45"))
          .isEqualTo("2019-06-03T14:45");
      assertThat(tag("The pastor read John 3:16 to the crowd.", "2019-06-24")).isEmpty();
      assertThat(tag("The home side won 21:15 in extra play.", "2019-06-24")).isEmpty();
    }

    @Test
    void thePartOfTheDaySaysMorningOrAfternoon() {
      assertThat(value("The convoy left Thursday at 4 in the morning.", "2019-06-28", "4 in"))
          .isEqualTo("2019-06-27T04:00");
      assertThat(value("The shelling began on June 2 at 9 o'clock at night.", "2019-06-28", "9 o'clock"))
          .isEqualTo("2019-06-02T21:00");
    }

    @Test
    void midnightOnANamedDay() {
      assertThat(value("The offer will expire at midnight on Dec. 31.", "2019-06-19", "midnight"))
          .isEqualTo("2019-12-31T24:00");
    }

    @Test
    void vagueReferences() {
      String text = "Trump recently wrote to Kim; now the talks go on, as they did in the past.";
      assertThat(value(text, "2019-06-23", "recently")).isEqualTo("PAST_REF");
      assertThat(value(text, "2019-06-23", "now")).isEqualTo("PRESENT_REF");
      assertThat(value(text, "2019-06-23", "the past")).isEqualTo("PAST_REF");
    }

    @Test
    void aQuarterOfANamedOrRelativeYear() {
      assertThat(value("The split could take effect in next year's first quarter.", "1989-10-27", "quarter"))
          .isEqualTo("1990-Q1");
      assertThat(value("Sales will be weak for the last half of 1989.", "1989-10-27", "half")).isEqualTo("1989-H2");
      assertThat(value("Profit fell in the last quarter.", "1989-10-27", "quarter")).isEqualTo("1989-Q3");
    }

    @Test
    void quarters() {
      assertThat(value("Profit rose in the third quarter.", "1989-10-27", "quarter")).isEqualTo("1989-Q3");
      assertThat(value("Net income fell from a year earlier, the company said of its quarter.", "1989-10-27",
          "a year earlier")).isEqualTo("1988-Q3");
    }
  }
}
