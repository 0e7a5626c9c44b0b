package dev.crosscheck.claim;

import static dev.crosscheck.claim.TestDocuments.claims;
import static dev.crosscheck.claim.TestDocuments.document;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionClaimsTest {

  private static List<Claim> attributions(List<Claim> claims) {
    return claims.stream().filter(c -> c.type() == ClaimType.ATTRIBUTION).toList();
  }

  @Test
  void speakerAfterContentConfirmsWithTheTimeOfTheConfirmation() {
    var claims = claims(document("seed")
        .sentence("President Donald Trump recently wrote a letter to North Korean dictator Kim Jong-un, Secretary of"
            + " State Mike Pompeo confirmed on Sunday.")
        .time("on Sunday", "2019-06-23")
        .build());

    Claim confirmation = attributions(claims).get(0);
    assertThat(confirmation.subject()).isEqualTo("Mike Pompeo");
    assertThat(confirmation.predicate()).isEqualTo("confirm");
    assertThat(confirmation.object())
        .isEqualTo("President Donald Trump recently wrote a letter to North Korean dictator Kim Jong-un");
    assertThat(confirmation.time()).hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("2019-06-23"));
    assertThat(confirmation.attribution().orElseThrow().polarity()).isEqualTo(Polarity.AFFIRMED);
    assertThat(confirmation.slot("event")).contains("letter");
  }

  @Test
  void refusalToConfirmIsNegated() {
    var claims = claims(document("fixture")
        .sentence("A State Department spokesman declined to confirm that the envoy had delivered a second letter"
            + " to the North Korean leader.")
        .build());

    Claim refusal = attributions(claims).get(0);
    assertThat(refusal.subject()).isEqualTo("State Department");
    assertThat(refusal.predicate()).isEqualTo("decline to confirm");
    assertThat(refusal.object()).isEqualTo("the envoy had delivered a second letter to the North Korean leader");
    assertThat(refusal.attribution().orElseThrow().polarity()).isEqualTo(Polarity.NEGATED);
  }

  @Test
  void denialByANamedOfficialIsNegated() {
    var claims = claims(document("fixture")
        .sentence("Foreign Minister Ri Yong Ho denied that Pyongyang had received any message from Seoul.")
        .build());

    Claim denial = attributions(claims).get(0);
    assertThat(denial.subject()).isEqualTo("Ri Yong Ho");
    assertThat(denial.predicate()).isEqualTo("deny");
    assertThat(denial.attribution().orElseThrow().polarity()).isEqualTo(Polarity.NEGATED);
  }

  @Test
  void nestedReportKeepsTheOuterReporterInTheChain() {
    var claims = claims(document("seed")
        .sentence("According to one official, CNN reported, the letter contained a “birthday greeting.”")
        .build());

    Claim report = attributions(claims).get(0);
    assertThat(report.subject()).isEqualTo("one official");
    assertThat(report.object()).isEqualTo("the letter contained a “birthday greeting");
    assertThat(report.attribution().orElseThrow().chain()).containsExactly("CNN");
  }

  @Test
  void nestedFixtureReportWithANamedSpeaker() {
    var claims = claims(document("fixture")
        .sentence("According to two diplomats, Reuters reported, the talks in Panmunjom were postponed.")
        .build());

    Claim report = attributions(claims).get(0);
    assertThat(report.subject()).isEqualTo("two diplomats");
    assertThat(report.attribution().orElseThrow().chain()).containsExactly("Reuters");
  }

  @Test
  void stateMediaSpeaksThroughTheAgencyThatCarriedIt() {
    var claims = claims(document("seed")
        .sentence("According to state news agency KCNA, Kim said Trump’s letter was “excellent” and that he would"
            + " “seriously contemplate the interesting content,” adding praise for Trump’s “extraordinary courage.”")
        .sentence("Kim Jong Un and Donald Trump met in Singapore.")
        .build());

    Claim said = attributions(claims).get(0);
    assertThat(said.subject()).isEqualTo("Kim Jong Un");
    assertThat(said.predicate()).isEqualTo("say");
    assertThat(said.attribution().orElseThrow().chain()).containsExactly("KCNA");
    assertThat(said.object()).startsWith("Trump’s letter was “excellent”");
  }

  @Test
  void quotationBeforeTheSpeakerIsTheContent() {
    var claims = claims(document("seed")
        .sentence("“I just received a beautiful letter from Kim Jong Un,” Trump said, adding, “I appreciated the letter.”")
        .sentence("President Donald Trump spoke in Washington.")
        .build());

    assertThat(attributions(claims))
        .extracting(Claim::subject, Claim::predicate, Claim::object)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Donald Trump", "say", "I just received a beautiful letter from Kim Jong Un"),
            org.assertj.core.groups.Tuple.tuple("Donald Trump", "add", "I appreciated the letter"));
  }

  @Test
  void sentenceInitialPronounSpeaksForTheLastPersonNamed() {
    var claims = claims(document("seed")
        .sentence("Pompeo traveled to Pyongyang over the weekend to try to flesh out the deal.")
        .sentence("He later described his meetings with North Korean officials as \"productive,\" while"
            + " acknowledging that a lot of work remained to be done.")
        .sentence("US Secretary of State Mike Pompeo left on Sunday.")
        .build());

    Claim described = attributions(claims).get(0);
    assertThat(described.subject()).isEqualTo("Mike Pompeo");
    assertThat(described.predicate()).isEqualTo("describe");
  }

  @Test
  void thatClauseAfterAnAddresseeIsTheContent() {
    var claims = claims(document("seed")
        .sentence("Earlier in June, Trump told reporters that Kim had sent him a letter.")
        .sentence("Donald Trump and Kim Jong Un met in Hanoi.")
        .build());

    Claim told = attributions(claims).get(0);
    assertThat(told.subject()).isEqualTo("Donald Trump");
    assertThat(told.predicate()).isEqualTo("tell");
    assertThat(told.object()).isEqualTo("Kim had sent him a letter");
  }

  @Test
  void verbWithAPlainObjectIsNotAReport() {
    var claims = claims(document("fixture")
        .sentence("President Moon Jae-in tweeted a photograph of the summit venue on Tuesday.")
        .build());

    assertThat(attributions(claims)).isEmpty();
  }

  @Test
  void cueWordsInsideAQuotationAreTheQuotedPersonsWords() {
    var claims = claims(document("fixture")
        .sentence("“I can confirm that we talked,” the ambassador said.")
        .build());

    assertThat(attributions(claims)).extracting(Claim::predicate).containsExactly("say");
  }

  @Test
  void reportedWordsAreTrimmedAsTheEdgePatternTrimsThem() {
    assertThat(AttributionExtractor.trimmed("“the letter was beautiful,” ")).isEqualTo("the letter was beautiful");
    // every string of up to five characters from an alphabet of edge characters, line ends and a letter
    List<String> strings = EveryString.upTo(5, " ,.:“’'a\n\r\u0085\u2028");
    for (String content : strings) {
      assertThat(AttributionExtractor.trimmed(content)).as("[%s]", content)
          .isEqualTo(AttributionExtractor.EDGE.matcher(content).replaceAll("").strip());
    }
  }
}
