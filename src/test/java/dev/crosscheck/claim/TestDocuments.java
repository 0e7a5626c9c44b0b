package dev.crosscheck.claim;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.MetadataValue;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.time.TimeExpression;
import dev.crosscheck.time.TimeInterval;
import dev.crosscheck.time.TimexType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds documents for tests: sentences given one by one, time expressions marked by their text. */
final class TestDocuments {

  private final String id;
  private final List<String> sentences = new ArrayList<>();
  private final List<String[]> times = new ArrayList<>();

  private TestDocuments(String id) {
    this.id = id;
  }

  static TestDocuments document(String id) {
    return new TestDocuments(id);
  }

  TestDocuments sentence(String text) {
    sentences.add(text);
    return this;
  }

  /** A time expression at the first occurrence of {@code text}, with a TIMEX3 value (a day when bounded). */
  TestDocuments time(String text, String value) {
    times.add(new String[] {text, value});
    return this;
  }

  /** A clock time (TIMEX3 type TIME) at the first occurrence of {@code text}. */
  TestDocuments clock(String text, String value) {
    times.add(new String[] {text, value, "TIME"});
    return this;
  }

  /** A part of a day (TIMEX3 type TIME, "2021-03-04TAF") at the first occurrence of {@code text}, bounded by the day. */
  TestDocuments partOfDay(String text, String value) {
    times.add(new String[] {text, value, "TIME", "day"});
    return this;
  }

  DocumentContext build() {
    StringBuilder text = new StringBuilder();
    ImmutableList.Builder<Sentence> spans = ImmutableList.builder();
    for (int i = 0; i < sentences.size(); i++) {
      if (i > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(sentences.get(i));
      spans.add(new Sentence(id, i, start, text.length()));
    }
    String full = text.toString();
    ImmutableList.Builder<TimeExpression> expressions = ImmutableList.builder();
    for (String[] time : times) {
      int start = full.indexOf(time[0]);
      if (start < 0) {
        throw new IllegalArgumentException("time text not in document: " + time[0]);
      }
      Optional<TimeInterval> interval = time[1].matches("\\d{4}-\\d{2}-\\d{2}") || time.length > 3
          ? Optional.of(TimeInterval.day(LocalDate.parse(time[1].substring(0, 10))))
          : Optional.empty();
      TimexType type = time.length > 2 ? TimexType.valueOf(time[2])
          : time[1].startsWith("P") ? TimexType.DURATION : TimexType.DATE;
      expressions.add(new TimeExpression(id, start, start + time[0].length(), time[0], type, time[1], interval));
    }
    Document document = new Document(id, Path.of(id + ".txt"), "test", full, MetadataValue.unknown(),
        MetadataValue.unknown(), MetadataValue.unknown(), MetadataValue.unknown());
    return new DocumentContext(document, spans.build(), expressions.build());
  }

  /** The claims of one or more documents read as one corpus. */
  static ImmutableList<Claim> claims(DocumentContext... documents) {
    return new ClaimExtraction().extract(List.of(documents));
  }
}
