package dev.crosscheck.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.crosscheck.claim.Attribution;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimType;
import dev.crosscheck.claim.Polarity;
import dev.crosscheck.corpus.Basis;
import dev.crosscheck.corpus.MetadataValue;
import dev.crosscheck.entity.DocumentNames;
import dev.crosscheck.entity.NameAnswer;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.time.TimeExpression;
import dev.crosscheck.time.TimeInterval;
import dev.crosscheck.time.TimexType;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One cached analysis as compact binary (Smile): each distinct string of a document is written once, in a
 * table, and its claims, times and names point into it. A sentence's text is repeated by every claim made
 * of it, and often again as a statement's object; as JSON the claims were nine tenths of the cache.
 */
final class AnalysisCodec {

  private static final ObjectMapper SMILE = new ObjectMapper(SmileFactory.builder()
      .disable(SmileGenerator.Feature.ENCODE_BINARY_AS_7BIT)
      .build());
  /** No index: a string that is absent ({@code null}). */
  private static final int NONE = -1;

  private AnalysisCodec() {}

  /** What is written of one entry; strings are indexes into {@code strings}. */
  record Stored(String hash, String entities, int[] published, int[] sentences, List<String> strings,
      List<StoredTime> times, int[] fullNames, int[] titles, int[] nameAnswers, List<StoredClaim> claims,
      int agencyCredit) {}

  /** {@code value} and {@code text} index the strings; the interval is two ISO dates or absent. */
  record StoredTime(int start, int end, int text, int type, int value, String earliest, String latest) {}

  /** {@code slots} holds key and value indexes in turn; {@code attribution} speaker, cue, polarity, chain... */
  record StoredClaim(int id, int sentence, int sentenceText, int start, int end, int type, int subject,
      int predicate, int object, StoredTime time, int[] attribution, int[] slots) {}

  static byte[] encode(AnalysisCache.Entry entry) throws IOException {
    Strings strings = new Strings();
    MetadataValue<LocalDate> published = entry.published();
    int[] publishedFields = {published.basis().ordinal(),
        strings.index(published.value().map(LocalDate::toString).orElse(null)), strings.index(published.evidence())};
    int[] sentences = new int[entry.sentences().size() * 2];
    for (int i = 0; i < entry.sentences().size(); i++) {
      sentences[2 * i] = entry.sentences().get(i).start();
      sentences[2 * i + 1] = entry.sentences().get(i).end();
    }
    List<StoredTime> times = entry.times().stream().map(time -> time(time, strings)).toList();
    int[] fullNames = entry.names().fullNames().stream().mapToInt(strings::index).toArray();
    int[] titles = entry.names().titles().stream()
        .flatMapToInt(titled -> java.util.stream.IntStream.of(strings.index(titled.title()), strings.index(titled.name())))
        .toArray();
    // four ints each: description or name, what was asked, titled, the answer (none when there was none)
    int[] nameAnswers = entry.nameAnswers().stream()
        .flatMapToInt(answer -> java.util.stream.IntStream.of(answer.description() ? 1 : 0,
            strings.index(answer.asked()), answer.titled() ? 1 : 0, strings.index(answer.answer().orElse(null))))
        .toArray();
    List<StoredClaim> claims = entry.claims().stream().map(claim -> claim(claim, strings)).toList();
    return SMILE.writeValueAsBytes(new Stored(entry.contentHash(), entry.entities(), publishedFields, sentences,
        strings.table, times, fullNames, titles, nameAnswers, claims,
        strings.index(entry.agencyCredit().orElse(null))));
  }

  /** An encoded entry as written: its content hash can be checked before its claims are built. */
  static Stored read(byte[] bytes) throws IOException {
    return SMILE.readValue(bytes, Stored.class);
  }

  static AnalysisCache.Entry decode(String documentId, Stored stored) {
    List<String> strings = stored.strings();
    int[] publishedFields = stored.published();
    Basis basis = Basis.values()[publishedFields[0]];
    MetadataValue<LocalDate> published = basis == Basis.UNKNOWN ? MetadataValue.unknown()
        : MetadataValue.of(LocalDate.parse(string(strings, publishedFields[1])), basis,
            string(strings, publishedFields[2]));
    ImmutableList.Builder<Sentence> sentences = ImmutableList.builder();
    int[] offsets = stored.sentences();
    for (int i = 0; i + 1 < offsets.length; i += 2) {
      sentences.add(new Sentence(documentId, i / 2, offsets[i], offsets[i + 1]));
    }
    ImmutableList<TimeExpression> times = stored.times().stream().map(time -> time(documentId, time, strings))
        .collect(ImmutableList.toImmutableList());
    ImmutableList.Builder<String> fullNames = ImmutableList.builder();
    for (int name : stored.fullNames()) {
      fullNames.add(string(strings, name));
    }
    ImmutableList.Builder<DocumentNames.TitledName> titles = ImmutableList.builder();
    for (int i = 0; i + 1 < stored.titles().length; i += 2) {
      titles.add(new DocumentNames.TitledName(string(strings, stored.titles()[i]),
          string(strings, stored.titles()[i + 1])));
    }
    ImmutableList.Builder<NameAnswer> nameAnswers = ImmutableList.builder();
    int[] answers = stored.nameAnswers();
    for (int i = 0; i + 3 < answers.length; i += 4) {
      nameAnswers.add(new NameAnswer(answers[i] == 1, string(strings, answers[i + 1]), answers[i + 2] == 1,
          Optional.ofNullable(string(strings, answers[i + 3]))));
    }
    ImmutableList<Claim> claims = stored.claims().stream().map(claim -> claim(documentId, claim, strings))
        .collect(ImmutableList.toImmutableList());
    return new AnalysisCache.Entry(documentId, stored.hash(), published, sentences.build(), times,
        new DocumentNames(documentId, fullNames.build(), titles.build()), stored.entities(), nameAnswers.build(),
        claims,
        Optional.ofNullable(string(strings, stored.agencyCredit())));
  }

  private static StoredTime time(TimeExpression time, Strings strings) {
    return new StoredTime(time.start(), time.end(), strings.index(time.text()), time.type().ordinal(),
        strings.index(time.value()), time.interval().map(interval -> interval.earliest().toString()).orElse(null),
        time.interval().map(interval -> interval.latest().toString()).orElse(null));
  }

  private static TimeExpression time(String documentId, StoredTime time, List<String> strings) {
    Optional<TimeInterval> interval = time.earliest() == null ? Optional.empty()
        : Optional.of(new TimeInterval(LocalDate.parse(time.earliest()), LocalDate.parse(time.latest())));
    return new TimeExpression(documentId, time.start(), time.end(), string(strings, time.text()),
        TimexType.values()[time.type()], string(strings, time.value()), interval);
  }

  private static StoredClaim claim(Claim claim, Strings strings) {
    int[] attribution = claim.attribution().map(said -> {
      int[] fields = new int[3 + said.chain().size()];
      fields[0] = strings.index(said.speaker());
      fields[1] = strings.index(said.cue());
      fields[2] = said.polarity().ordinal();
      for (int i = 0; i < said.chain().size(); i++) {
        fields[3 + i] = strings.index(said.chain().get(i));
      }
      return fields;
    }).orElse(null);
    int[] slots = new int[claim.slots().size() * 2];
    int i = 0;
    for (Map.Entry<String, String> slot : claim.slots().entrySet()) {
      slots[i++] = strings.index(slot.getKey());
      slots[i++] = strings.index(slot.getValue());
    }
    return new StoredClaim(strings.index(claim.id()), claim.sentence(), strings.index(claim.sentenceText()),
        claim.start(), claim.end(), claim.type().ordinal(), strings.index(claim.subject()),
        strings.index(claim.predicate()), strings.index(claim.object()),
        claim.time().map(time -> time(time, strings)).orElse(null), attribution, slots);
  }

  private static Claim claim(String documentId, StoredClaim claim, List<String> strings) {
    Optional<Attribution> attribution = Optional.ofNullable(claim.attribution()).map(fields -> {
      ImmutableList.Builder<String> chain = ImmutableList.builder();
      for (int i = 3; i < fields.length; i++) {
        chain.add(string(strings, fields[i]));
      }
      return new Attribution(string(strings, fields[0]), string(strings, fields[1]), Polarity.values()[fields[2]],
          chain.build());
    });
    ImmutableSortedMap.Builder<String, String> slots = ImmutableSortedMap.naturalOrder();
    for (int i = 0; i + 1 < claim.slots().length; i += 2) {
      slots.put(string(strings, claim.slots()[i]), string(strings, claim.slots()[i + 1]));
    }
    return new Claim(string(strings, claim.id()), documentId, claim.sentence(), string(strings, claim.sentenceText()),
        claim.start(), claim.end(), ClaimType.values()[claim.type()], string(strings, claim.subject()),
        string(strings, claim.predicate()), string(strings, claim.object()),
        Optional.ofNullable(claim.time()).map(time -> time(documentId, time, strings)), attribution, slots.build());
  }

  private static String string(List<String> strings, int index) {
    return index == NONE ? null : strings.get(index);
  }

  /** The table of a document's distinct strings, each given the index of its first use. */
  private static final class Strings {
    private final List<String> table = new ArrayList<>();
    private final Map<String, Integer> indexes = new HashMap<>();

    int index(String string) {
      if (string == null) {
        return NONE;
      }
      return indexes.computeIfAbsent(string, added -> {
        table.add(added);
        return table.size() - 1;
      });
    }
  }
}
