package dev.crosscheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimExtraction;
import dev.crosscheck.claim.ClaimType;
import dev.crosscheck.claim.DocumentContext;
import dev.crosscheck.claim.Polarity;
import dev.crosscheck.corpus.DocumentReader;
import dev.crosscheck.pipeline.Pipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The claims the sample corpus must yield, through the real reader, splitter and time tagger. */
class SampleCorpusClaimsTest {

  private static final String POMPEO_CONFIRMS = "000_514d203ebf6b1bcd";
  private static final String NEW_LETTER = "003_ae19dd3f24cd6433";
  private static final String TWEETED_LETTER = "004_3486936efa2c6574";

  private static ImmutableList<Claim> claims;

  @BeforeAll
  static void extract() throws Exception {
    DocumentReader reader = new DocumentReader();
    Pipeline pipeline = new Pipeline(reader);
    List<DocumentContext> corpus;
    try (Stream<Path> files = Files.list(Path.of("corpus"))) {
      corpus = files.sorted().map(file -> {
        try {
          Pipeline.DocumentStages stages = pipeline.documentStages(reader.read(file));
          return new DocumentContext(stages.document(), stages.sentences(), stages.times());
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }).toList();
    }
    claims = new ClaimExtraction().extract(corpus);
  }

  private static Stream<Claim> in(String document, ClaimType type, String sentencePart) {
    return claims.stream()
        .filter(c -> c.documentId().equals(document) && c.type() == type && c.sentenceText().contains(sentencePart));
  }

  private static Predicate<Claim> slot(String key, String value) {
    return c -> c.slot(key).filter(value::equals).isPresent();
  }

  @Test
  void pompeoConfirmedOnSundayThatTrumpWroteToKim() {
    assertThat(in(POMPEO_CONFIRMS, ClaimType.ATTRIBUTION, "Mike Pompeo confirmed on Sunday"))
        .anySatisfy(c -> {
          assertThat(c.subject()).isEqualTo("Mike Pompeo");
          assertThat(c.predicate()).isEqualTo("confirm");
          assertThat(c.time().orElseThrow().value()).isEqualTo("2019-06-23");
          assertThat(c.object()).contains("wrote a letter to North Korean dictator Kim Jong-un");
        });
    assertThat(in(POMPEO_CONFIRMS, ClaimType.EVENT, "recently wrote a letter"))
        .anyMatch(slot("sender", "Donald Trump").and(slot("recipient", "Kim Jong Un")));
  }

  @Test
  void stateMediaAndTheNestedOfficialAreKeptAsChains() {
    assertThat(in(POMPEO_CONFIRMS, ClaimType.ATTRIBUTION, "state news agency KCNA"))
        .anyMatch(c -> c.subject().equals("Kim Jong Un") && c.attribution().orElseThrow().chain().contains("KCNA"));
    assertThat(in(POMPEO_CONFIRMS, ClaimType.EVENT, "birthday greeting"))
        .anyMatch(c -> c.slot("descriptor").orElse("").contains("birthday greeting")
            && c.attribution().orElseThrow().speaker().equals("one official")
            && c.attribution().orElseThrow().chain().equals(List.of("CNN")));
  }

  @Test
  void sandersTitlesAreSpokespersonAndPressSecretaryAtTheWhiteHouse() {
    assertThat(in(POMPEO_CONFIRMS, ClaimType.ROLE, "White House spokesperson Sarah Sanders"))
        .anyMatch(c -> c.subject().equals("Sarah Sanders") && c.object().equals("spokesperson")
            && slot("organisation", "White House").test(c));
    assertThat(in(NEW_LETTER, ClaimType.ROLE, "Sarah Sanders, the White House press secretary"))
        .anyMatch(c -> c.subject().equals("Sarah Sanders") && c.object().equals("press secretary"));
    assertThat(in(NEW_LETTER, ClaimType.ATTRIBUTION, "Sarah Sanders, the White House press secretary, confirmed"))
        .anyMatch(c -> c.subject().equals("Sarah Sanders") && c.predicate().equals("confirm")
            && c.attribution().orElseThrow().polarity() == Polarity.AFFIRMED);
  }

  @Test
  void singaporeSummitInBothSources() {
    assertThat(in(NEW_LETTER, ClaimType.EVENT, "June 12 in Singapore"))
        .anyMatch(slot("place", "Singapore").and(slot("ordinal", "first"))
            .and(c -> c.time().orElseThrow().text().contains("June 12")));
    assertThat(in(TWEETED_LETTER, ClaimType.EVENT, "summit in Singapore last month"))
        .anyMatch(slot("place", "Singapore").and(c -> c.time().orElseThrow().text().equals("last month")));
  }

  @Test
  void pompeosTripToPyongyangInBothSources() {
    assertThat(in(NEW_LETTER, ClaimType.EVENT, "trip to Pyongyang in early July"))
        .anyMatch(slot("traveller", "Mike Pompeo").and(slot("place", "Pyongyang"))
            .and(c -> c.time().orElseThrow().text().contains("early July")));
    assertThat(in(TWEETED_LETTER, ClaimType.EVENT, "Pompeo traveled to Pyongyang over the weekend"))
        .anyMatch(slot("traveller", "Mike Pompeo").and(slot("place", "Pyongyang")).and(c -> c.time().isPresent()));
  }

  @Test
  void tweetedLetterIsDatedJulySixthAndWasCarriedByPompeo() {
    assertThat(in(TWEETED_LETTER, ClaimType.EVENT, "Dated July 6"))
        .anyMatch(slot("timeRole", "dated").and(slot("carrier", "Mike Pompeo"))
            .and(c -> c.time().orElseThrow().text().equals("July 6")));
    assertThat(in(TWEETED_LETTER, ClaimType.EVENT, "on Thursday revealed a letter"))
        .anyMatch(slot("timeRole", "revealed").and(slot("sender", "Kim Jong Un")));
  }

  @Test
  void newLetterIsMarkedAsAnotherInstance() {
    assertThat(in(NEW_LETTER, ClaimType.EVENT, "received a new letter"))
        .anyMatch(slot("instance", "new").and(slot("sender", "Kim Jong Un")));
  }

  @Test
  void expertsAndSpokeswomanHaveTheirTitles() {
    assertThat(claims).filteredOn(c -> c.type() == ClaimType.ROLE && c.documentId().equals(TWEETED_LETTER))
        .extracting(Claim::subject, Claim::object)
        .contains(
            org.assertj.core.groups.Tuple.tuple("Mike Pompeo", "secretary of state"),
            org.assertj.core.groups.Tuple.tuple("Ken Gause", "expert"),
            org.assertj.core.groups.Tuple.tuple("Adam Mount", "senior fellow"),
            org.assertj.core.groups.Tuple.tuple("Heather Nauert", "spokeswoman"));
    assertThat(in(TWEETED_LETTER, ClaimType.ATTRIBUTION, "the talks will take place Sunday"))
        .anyMatch(c -> c.subject().equals("Heather Nauert") && c.predicate().equals("say"));
    assertThat(in(TWEETED_LETTER, ClaimType.ATTRIBUTION, "described his meetings"))
        .anyMatch(c -> c.subject().equals("Mike Pompeo") && c.predicate().equals("describe"));
  }

  @Test
  void fiftyFiveCaskets() {
    assertThat(in(NEW_LETTER, ClaimType.QUANTITY, "Fifty-five caskets"))
        .anyMatch(c -> c.object().equals("55") && slot("noun", "casket").test(c));
  }
}
