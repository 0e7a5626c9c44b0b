package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosscheck.claim.Attribution;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimType;
import dev.crosscheck.claim.Polarity;
import dev.crosscheck.time.TimeExpression;
import dev.crosscheck.time.TimeInterval;
import dev.crosscheck.time.TimexType;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeMap;

/** Builds claims the way the claim stage writes them, one sentence at a time, for compare tests. */
final class ClaimFixture {

  private static int counter;

  private final String documentId;
  private final String sentence;
  private final ClaimType type;
  private String subject = "";
  private String predicate = "";
  private String object = "";
  private Optional<TimeExpression> time = Optional.empty();
  private Optional<Attribution> attribution = Optional.empty();
  private final TreeMap<String, String> slots = new TreeMap<>();

  private ClaimFixture(String documentId, String sentence, ClaimType type) {
    this.documentId = documentId;
    this.sentence = sentence;
    this.type = type;
  }

  static ClaimFixture event(String documentId, String sentence, String eventClass) {
    ClaimFixture fixture = new ClaimFixture(documentId, sentence, ClaimType.EVENT);
    fixture.predicate = eventClass;
    fixture.object = eventClass;
    return fixture.slot("event", eventClass);
  }

  static ClaimFixture role(String documentId, String sentence, String person, String title, String organisation) {
    ClaimFixture fixture = new ClaimFixture(documentId, sentence, ClaimType.ROLE);
    fixture.subject = person;
    fixture.predicate = "hold title";
    fixture.object = title;
    fixture.slot("title", title);
    return organisation.isEmpty() ? fixture : fixture.slot("organisation", organisation);
  }

  static ClaimFixture attribution(String documentId, String sentence, String speaker, String cue, Polarity polarity,
      String content) {
    ClaimFixture fixture = new ClaimFixture(documentId, sentence, ClaimType.ATTRIBUTION);
    fixture.subject = speaker;
    fixture.predicate = cue;
    fixture.object = content;
    fixture.attribution = Optional.of(new Attribution(speaker, cue, polarity, ImmutableList.of()));
    return fixture;
  }

  static ClaimFixture quantity(String documentId, String sentence, String noun, String number) {
    ClaimFixture fixture = new ClaimFixture(documentId, sentence, ClaimType.QUANTITY);
    fixture.subject = noun;
    fixture.predicate = "count";
    fixture.object = number;
    double count = Double.parseDouble(number);
    return fixture.slot("noun", noun).slot("number", number).slot("kind", "count")
        .slot("low", Double.toString(count - 0.5)).slot("high", Double.toString(count + 0.5));
  }

  /** An amount of US dollars as written ("$43 billion"), with the interval its last digit allows. */
  static ClaimFixture money(String documentId, String sentence, String written, double low, double high) {
    ClaimFixture fixture = new ClaimFixture(documentId, sentence, ClaimType.VALUE);
    fixture.subject = "money";
    fixture.predicate = "money";
    fixture.object = written;
    return fixture.slot("kind", "money").slot("unit", "USD").slot("low", Double.toString(low))
        .slot("high", Double.toString(high));
  }

  static ClaimFixture statement(String documentId, String sentence) {
    ClaimFixture fixture = new ClaimFixture(documentId, sentence, ClaimType.STATEMENT);
    fixture.predicate = "state";
    fixture.object = sentence;
    return fixture;
  }

  static ClaimFixture quote(String documentId, String sentence, String speaker, String words) {
    ClaimFixture fixture = new ClaimFixture(documentId, sentence, ClaimType.QUOTE);
    fixture.subject = speaker;
    fixture.predicate = "quote";
    fixture.object = words;
    return fixture;
  }

  ClaimFixture subject(String subject) {
    this.subject = subject;
    return this;
  }

  ClaimFixture slot(String key, String value) {
    slots.put(key, value);
    return this;
  }

  /** A time whose days are known, as the time stage gives it. */
  ClaimFixture time(String text, String value, String earliest, String latest) {
    int at = Math.max(0, sentence.indexOf(text));
    this.time = Optional.of(new TimeExpression(documentId, at, at + text.length(), text, TimexType.DATE, value,
        Optional.of(new TimeInterval(LocalDate.parse(earliest), LocalDate.parse(latest)))));
    return this;
  }

  /** A time without days: a year-less date ({@code XXXX-07-06}) or a vague reference. */
  ClaimFixture time(String text, String value) {
    int at = Math.max(0, sentence.indexOf(text));
    this.time = Optional.of(new TimeExpression(documentId, at, at + text.length(), text, TimexType.DATE, value,
        Optional.empty()));
    return this;
  }

  Claim build() {
    int n = counter++;
    if (subject.isEmpty()) {
      subject = slots.getOrDefault("sender", slots.getOrDefault("traveller", predicate));
    }
    return new Claim(documentId + "/c" + n, documentId, 0, sentence, n, n + 1, type, subject, predicate, object,
        time, attribution, ImmutableSortedMap.copyOf(slots));
  }
}
