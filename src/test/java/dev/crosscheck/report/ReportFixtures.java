package dev.crosscheck.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosscheck.claim.Attribution;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimType;
import dev.crosscheck.claim.Polarity;
import dev.crosscheck.compare.EventCluster;
import dev.crosscheck.compare.Finding;
import dev.crosscheck.compare.FindingSide;
import dev.crosscheck.compare.Verdict;
import dev.crosscheck.corpus.Basis;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.MetadataValue;
import dev.crosscheck.corpus.SkippedFile;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.time.TimeExpression;
import dev.crosscheck.time.TimeInterval;
import dev.crosscheck.time.TimexType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small corpus as the pipeline would hand it to the reports: three wire-style articles about one letter
 * and one meeting (one conflict on the letter's date, one agreement on the meeting's place), plus one
 * hostile page whose text is full of markup that must never run in the report.
 */
final class ReportFixtures {

  static final String HOSTILE_SCRIPT = "<script>alert(1)</script>";
  static final String HOSTILE_IMAGE = "<img src=x onerror=alert(1)>";
  static final String HOSTILE_LINK = "<a href=\"javascript:alert(1)\">read more</a>";

  private ReportFixtures() {}

  static CorpusAnalysis letterAndMeeting() {
    AnalysedDocument gazette = document("001_harbour", "Harbour Gazette", "Port authority wrote to the mayor",
        LocalDate.of(2019, 6, 23),
        "The mayor of Eastport said on Sunday that she had received a letter from the port authority.",
        "The letter was dated June 12, according to a spokesman for the mayor.",
        "The two sides met in Lisbon on June 20 and agreed to keep talking.");
    AnalysedDocument wire = document("002_coastal", "Coastal Wire", "Letter reopens port dispute",
        LocalDate.of(2019, 6, 24),
        "A spokesman for the port authority confirmed on Monday that a letter had been sent to the mayor.",
        "The letter, dated June 14, asked for new talks on the harbour fees.",
        "Officials from both sides met in Lisbon on June 20 to discuss the dispute.");
    AnalysedDocument hostile = document("003_hostile", HOSTILE_SCRIPT + " Daily", "Breaking " + HOSTILE_IMAGE,
        LocalDate.of(2019, 6, 25),
        "Readers saw " + HOSTILE_SCRIPT + " and " + HOSTILE_IMAGE + " in the page.",
        "The port authority said the talks would resume, " + HOSTILE_LINK + " for the full statement.");

    Claim received = claim(gazette, 0, "c1", ClaimType.ATTRIBUTION, "she had received a letter from the port authority",
        "The mayor of Eastport", "say", "received a letter", Optional.of(time(gazette, 0, "on Sunday", "2019-06-23")),
        ImmutableSortedMap.of("event", "letter"));
    Claim datedTwelfth = claim(gazette, 1, "c2", ClaimType.EVENT, "The letter was dated June 12",
        "port authority letter", "date", "2019-06-12", Optional.of(time(gazette, 1, "June 12", "2019-06-12")),
        ImmutableSortedMap.of("event", "letter", "sender", "port authority", "recipient", "The mayor of Eastport"));
    Claim metInLisbonA = claim(gazette, 2, "c3", ClaimType.EVENT, "The two sides met in Lisbon on June 20",
        "Lisbon meeting", "meet", "Lisbon", Optional.of(time(gazette, 2, "June 20", "2019-06-20")),
        ImmutableSortedMap.of("event", "meeting", "place", "Lisbon"));
    Claim confirmed = claim(wire, 0, "c1", ClaimType.ATTRIBUTION, "a letter had been sent to the mayor",
        "port authority", "confirm", "a letter had been sent", Optional.of(time(wire, 0, "on Monday", "2019-06-24")),
        ImmutableSortedMap.of("event", "letter"));
    Claim datedFourteenth = claim(wire, 1, "c2", ClaimType.EVENT, "The letter, dated June 14",
        "port authority letter", "date", "2019-06-14", Optional.of(time(wire, 1, "June 14", "2019-06-14")),
        ImmutableSortedMap.of("event", "letter", "sender", "port authority"));
    Claim metInLisbonB = claim(wire, 2, "c3", ClaimType.EVENT, "met in Lisbon on June 20",
        "Lisbon meeting", "meet", "Lisbon", Optional.of(time(wire, 2, "June 20", "2019-06-20")),
        ImmutableSortedMap.of("event", "meeting", "place", "Lisbon"));
    Claim hostileClaim = claim(hostile, 1, "c1", ClaimType.ATTRIBUTION, "the talks would resume, " + HOSTILE_LINK,
        "port authority", "say", HOSTILE_SCRIPT, Optional.empty(), ImmutableSortedMap.of());

    EventCluster letter = new EventCluster("e1", "letter", "port authority → mayor letter",
        ids(received, datedTwelfth, confirmed, datedFourteenth), ImmutableList.of("001_harbour", "002_coastal"));
    EventCluster meeting = new EventCluster("e2", "meeting", "Lisbon meeting, 2019-06-20",
        ids(metInLisbonA, metInLisbonB), ImmutableList.of("001_harbour", "002_coastal"));
    EventCluster talks = new EventCluster("e3", "statement", "talks resume " + HOSTILE_IMAGE,
        ids(hostileClaim), ImmutableList.of("003_hostile"));

    Finding dateConflict = new Finding("f1", Verdict.CONFLICT, "e1", "port authority letter: date",
        ids(datedTwelfth, datedFourteenth),
        ImmutableList.of(
            new FindingSide("2019-06-12", ids(datedTwelfth), ImmutableList.of("001_harbour")),
            new FindingSide("2019-06-14", ids(datedFourteenth), ImmutableList.of("002_coastal"))),
        "Harbour Gazette dates the letter 12 June 2019, Coastal Wire 14 June 2019", 2);
    Finding placeAgreement = new Finding("f2", Verdict.AGREEMENT, "e2", "Lisbon meeting: place",
        ids(metInLisbonA, metInLisbonB),
        ImmutableList.of(new FindingSide("Lisbon", ids(metInLisbonA, metInLisbonB),
            ImmutableList.of("001_harbour", "002_coastal"))),
        "both place the meeting in Lisbon on 20 June 2019", 2);
    Finding receivedSingle = new Finding("f3", Verdict.SINGLE_SOURCE, "e1", "mayor: received letter",
        ids(received),
        ImmutableList.of(new FindingSide("received a letter", ids(received), ImmutableList.of("001_harbour"))),
        "only Harbour Gazette reports that the mayor received the letter", 1);
    Finding hostileSingle = new Finding("f4", Verdict.SINGLE_SOURCE, "e3", "talks: resume " + HOSTILE_SCRIPT,
        ids(hostileClaim),
        ImmutableList.of(new FindingSide(HOSTILE_IMAGE, ids(hostileClaim), ImmutableList.of("003_hostile"))),
        "only one page says so " + HOSTILE_LINK, 1);

    return new CorpusAnalysis(
        ImmutableList.of(gazette, wire, hostile),
        ImmutableList.of(new SkippedFile(Path.of("corpus", "notes.pdf"), "not a text or HTML file (application/pdf)")),
        ImmutableList.of(received, datedTwelfth, metInLisbonA, confirmed, datedFourteenth, metInLisbonB, hostileClaim),
        ImmutableList.of(letter, meeting, talks),
        ImmutableList.of(dateConflict, placeAgreement, receivedSingle, hostileSingle));
  }

  /**
   * {@link #letterAndMeeting()} with one more agreement, on a title alone: both sources call the man who
   * spoke for the mayor and for the port authority a "spokesman".
   */
  static CorpusAnalysis withTitleAgreement() {
    CorpusAnalysis base = letterAndMeeting();
    AnalysedDocument gazette = base.documents().get(0);
    AnalysedDocument wire = base.documents().get(1);
    Claim gazetteTitle = claim(gazette, 1, "c4", ClaimType.ROLE, "a spokesman for the mayor", "spokesman", "title",
        "spokesman", Optional.empty(), ImmutableSortedMap.of());
    Claim wireTitle = claim(wire, 0, "c4", ClaimType.ROLE, "A spokesman for the port authority", "spokesman",
        "title", "spokesman", Optional.empty(), ImmutableSortedMap.of());
    EventCluster titles = new EventCluster("e4", "role", "spokesman", ids(gazetteTitle, wireTitle),
        ImmutableList.of("001_harbour", "002_coastal"));
    Finding titleAgreement = new Finding("f5", Verdict.AGREEMENT, "e4", "spokesman: title", ids(gazetteTitle, wireTitle),
        ImmutableList.of(new FindingSide("spokesman", ids(gazetteTitle, wireTitle),
            ImmutableList.of("001_harbour", "002_coastal"))),
        "both call him a spokesman", 2);
    return new CorpusAnalysis(base.documents(), base.skipped(),
        ImmutableList.<Claim>builder().addAll(base.claims()).add(gazetteTitle, wireTitle).build(),
        ImmutableList.<EventCluster>builder().addAll(base.clusters()).add(titles).build(),
        ImmutableList.<Finding>builder().addAll(base.findings()).add(titleAgreement).build());
  }

  /** A document whose sentences are joined by single spaces, as the ingest step would leave them. */
  static AnalysedDocument document(String id, String source, String title, LocalDate published, String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Sentence> spans = new ArrayList<>();
    for (String sentence : sentences) {
      if (text.length() > 0) {
        text.append(' ');
      }
      spans.add(new Sentence(id, spans.size(), text.length(), text.length() + sentence.length()));
      text.append(sentence);
    }
    Document document = new Document(id, Path.of("corpus", id + ".txt"), "0".repeat(64), text.toString(),
        MetadataValue.of(title, Basis.METADATA, "title: " + title),
        MetadataValue.of(source, Basis.METADATA, "source: " + source),
        MetadataValue.unknown(),
        MetadataValue.of(published, Basis.METADATA, "date: " + published));
    return new AnalysedDocument(document, ImmutableList.copyOf(spans));
  }

  static Claim claim(AnalysedDocument analysed, int sentenceIndex, String localId, ClaimType type, String span,
      String subject, String predicate, String object, Optional<TimeExpression> time,
      ImmutableSortedMap<String, String> slots) {
    Sentence sentence = analysed.sentences().get(sentenceIndex);
    String text = analysed.document().text();
    int start = text.indexOf(span, sentence.start());
    checkArgument(start >= 0 && start + span.length() <= sentence.end(), "span %s not in sentence %s", span,
        sentenceIndex);
    Optional<Attribution> attribution = type == ClaimType.ATTRIBUTION
        ? Optional.of(new Attribution(subject, predicate, Polarity.AFFIRMED, ImmutableList.of()))
        : Optional.empty();
    return new Claim(analysed.document().id() + "/" + localId, analysed.document().id(), sentenceIndex,
        sentence.text(text), start, start + span.length(), type, subject, predicate, object, time, attribution,
        slots);
  }

  static TimeExpression time(AnalysedDocument analysed, int sentenceIndex, String phrase, String value) {
    String text = analysed.document().text();
    int start = text.indexOf(phrase, analysed.sentences().get(sentenceIndex).start());
    LocalDate day = LocalDate.parse(value);
    return new TimeExpression(analysed.document().id(), start, start + phrase.length(), phrase, TimexType.DATE,
        value, Optional.of(TimeInterval.day(day)));
  }

  private static ImmutableList<String> ids(Claim... claims) {
    ImmutableList.Builder<String> ids = ImmutableList.builder();
    for (Claim claim : claims) {
      ids.add(claim.id());
    }
    return ids.build();
  }
}
