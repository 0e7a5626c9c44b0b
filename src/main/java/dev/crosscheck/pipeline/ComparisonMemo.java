package dev.crosscheck.pipeline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.google.common.collect.ImmutableList;
import com.google.common.hash.HashCode;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.compare.ComparisonResult;
import dev.crosscheck.compare.EventCluster;
import dev.crosscheck.compare.Finding;
import dev.crosscheck.compare.FindingSide;
import dev.crosscheck.compare.Verdict;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.report.AtomicFiles;
import dev.crosscheck.time.TimeExpression;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The previous run's comparison, kept with the digest of everything the compare stage reads (every claim,
 * every document's publication date and the agency it credits) and the build that compared them. The compare
 * stage is a pure function of those, so a rerun whose inputs hash the same gets the same result without
 * comparing again: a corpus unchanged, or changed only where no claim, date or credit moved (an appended
 * sentence that states nothing checkable). Any other change compares the whole corpus again. Unreadable =
 * compare again, never an error.
 */
final class ComparisonMemo {

  private static final ObjectMapper SMILE = new ObjectMapper(new SmileFactory());

  private final Path file;
  private final String code;

  ComparisonMemo(Path file, String codeFingerprint) {
    this.file = file;
    this.code = codeFingerprint;
  }

  /** The stored result for exactly these inputs, else {@code compare}'s, stored for the next run. */
  ComparisonResult compare(List<Claim> claims, List<Document> documents, Map<String, String> credits,
      Supplier<ComparisonResult> compare) {
    String digest = digest(claims, documents, credits);
    Optional<ComparisonResult> stored = load(digest);
    if (stored.isPresent()) {
      return stored.get();
    }
    ComparisonResult result = compare.get();
    store(digest, result);
    return result;
  }

  private Optional<ComparisonResult> load(String digest) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      if (!header(file).equals(List.of(code, digest))) {
        return Optional.empty();
      }
      Stored stored = SMILE.readValue(file.toFile(), Stored.class);
      if (!code.equals(stored.code()) || !digest.equals(stored.digest())) {
        return Optional.empty();
      }
      return Optional.of(new ComparisonResult(
          stored.clusters().stream().map(StoredCluster::cluster).collect(ImmutableList.toImmutableList()),
          stored.findings().stream().map(StoredFinding::finding).collect(ImmutableList.toImmutableList())));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * The build and digest a memo was made for, read without its findings: written first (the record's
   * order), so a changed corpus does not parse megabytes of findings only to find they are stale.
   */
  private static List<String> header(Path file) throws IOException {
    try (JsonParser parser = SMILE.getFactory().createParser(file.toFile())) {
      List<String> header = new ArrayList<>(2);
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return header;
      }
      for (String field : List.of("code", "digest")) {
        if (parser.nextToken() != JsonToken.FIELD_NAME || !parser.currentName().equals(field)
            || parser.nextToken() != JsonToken.VALUE_STRING) {
          return header;
        }
        header.add(parser.getText());
      }
      return header;
    }
  }

  /** A memo that cannot be written only costs a comparison on the next run. */
  private void store(String digest, ComparisonResult result) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Stored stored = new Stored(code, digest,
          result.clusters().stream().map(StoredCluster::of).toList(),
          result.findings().stream().map(StoredFinding::of).toList());
      AtomicFiles.write(file, out -> SMILE.writeValue(out, stored));
    } catch (IOException | RuntimeException e) {
      // deliberately ignored: see above
    }
  }

  /**
   * Every field of every claim, each document's date (with its basis: only a stated date orders conflicts)
   * and credit. Documents are hashed each on its own, in parallel, then combined in id order.
   */
  static String digest(List<Claim> claims, List<Document> documents, Map<String, String> credits) {
    Hasher hasher = Hashing.sha256().newHasher();
    hasher.putString(claimsDigest(claims), StandardCharsets.UTF_8);
    documents.stream().sorted(Comparator.comparing(Document::id)).forEach(document -> {
      putString(hasher, document.id());
      putString(hasher, document.published().value().map(Object::toString).orElse(null));
      putString(hasher, document.published().basis().name());
      putString(hasher, credits.get(document.id()));
    });
    return hasher.hash().toString();
  }

  /** The last list of claims digested, and its digest: the report writer asks again for the same list. */
  private static volatile LastDigest last = new LastDigest(new WeakReference<>(null), "");

  private record LastDigest(WeakReference<List<Claim>> claims, String digest) {}

  /**
   * Every field of every claim, in order; the same list (identity) once. Claims are hashed in runs of one
   * document, the runs in parallel: within a run a sentence's text, which every claim of the sentence repeats
   * (and a statement again as its object), is hashed only where it changes.
   */
  static String claimsDigest(List<Claim> claims) {
    LastDigest previous = last;
    if (previous.claims().get() == claims) {
      return previous.digest();
    }
    List<Integer> runStarts = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      if (i == 0 || !claims.get(i).documentId().equals(claims.get(i - 1).documentId())) {
        runStarts.add(i);
      }
    }
    runStarts.add(claims.size());
    List<HashCode> claimHashes = java.util.stream.IntStream.range(0, runStarts.size() - 1).parallel()
        .mapToObj(run -> {
          List<HashCode> hashes = new ArrayList<>();
          String text = null;
          for (int i = runStarts.get(run); i < runStarts.get(run + 1); i++) {
            hashes.add(claimHash(claims.get(i), text));
            text = claims.get(i).sentenceText();
          }
          return hashes;
        })
        .flatMap(List::stream).toList();
    Hasher hasher = Hashing.sha256().newHasher();
    hasher.putInt(claimHashes.size());
    claimHashes.forEach(hash -> hasher.putBytes(hash.asBytes()));
    String digest = hasher.hash().toString();
    last = new LastDigest(new WeakReference<>(claims), digest);
    return digest;
  }

  /** One claim's fields; its sentence's text and an object that is that text as a mark when already hashed. */
  private static HashCode claimHash(Claim claim, String previousText) {
    Hasher hasher = Hashing.murmur3_128().newHasher();
    putString(hasher, claim.id());
    putString(hasher, claim.documentId());
    hasher.putInt(claim.sentence());
    putStringOrSame(hasher, claim.sentenceText(), previousText);
    hasher.putInt(claim.start()).putInt(claim.end());
    putString(hasher, claim.type().name());
    putString(hasher, claim.subject());
    putString(hasher, claim.predicate());
    putStringOrSame(hasher, claim.object(), claim.sentenceText());
    putTime(hasher, claim.time().orElse(null));
    claim.attribution().ifPresentOrElse(attribution -> {
      hasher.putByte((byte) 1);
      putString(hasher, attribution.speaker());
      putString(hasher, attribution.cue());
      putString(hasher, attribution.polarity().name());
      hasher.putInt(attribution.chain().size());
      attribution.chain().forEach(link -> putString(hasher, link));
    }, () -> hasher.putByte((byte) 0));
    hasher.putInt(claim.slots().size());
    claim.slots().forEach((key, value) -> {
      putString(hasher, key);
      putString(hasher, value);
    });
    return hasher.hash();
  }

  private static void putTime(Hasher hasher, TimeExpression time) {
    if (time == null) {
      hasher.putByte((byte) 0);
      return;
    }
    hasher.putByte((byte) 1);
    putString(hasher, time.documentId());
    hasher.putInt(time.start()).putInt(time.end());
    putString(hasher, time.text());
    putString(hasher, time.type().name());
    putString(hasher, time.value());
    putString(hasher, time.interval().map(Object::toString).orElse(null));
  }

  /** A mark (-2, never a length) for a string equal to {@code same}, else the string. */
  private static void putStringOrSame(Hasher hasher, String string, String same) {
    if (string != null && string.equals(same)) {
      hasher.putInt(-2);
    } else {
      putString(hasher, string);
    }
  }

  /** Length-prefixed, so that no two sequences of strings hash alike by running together; null apart from "". */
  private static void putString(Hasher hasher, String string) {
    if (string == null) {
      hasher.putInt(-1);
      return;
    }
    hasher.putInt(string.length()).putUnencodedChars(string);
  }

  record Stored(String code, String digest, List<StoredCluster> clusters, List<StoredFinding> findings) {}

  record StoredCluster(String id, String kind, String label, List<String> claimIds, List<String> documentIds) {

    static StoredCluster of(EventCluster cluster) {
      return new StoredCluster(cluster.id(), cluster.kind(), cluster.label(), cluster.claimIds(),
          cluster.documentIds());
    }

    EventCluster cluster() {
      return new EventCluster(id, kind, label, ImmutableList.copyOf(claimIds), ImmutableList.copyOf(documentIds));
    }
  }

  record StoredSide(String value, List<String> claimIds, List<String> documentIds) {}

  record StoredFinding(String id, String verdict, String eventId, String topic, List<String> claimIds,
      List<StoredSide> sides, String explanation, int independentSources) {

    static StoredFinding of(Finding finding) {
      return new StoredFinding(finding.id(), finding.verdict().name(), finding.eventId(), finding.topic(),
          finding.claimIds(), finding.sides().stream()
              .map(side -> new StoredSide(side.value(), side.claimIds(), side.documentIds())).toList(),
          finding.explanation(), finding.independentSources());
    }

    Finding finding() {
      return new Finding(id, Verdict.valueOf(verdict), eventId, topic, ImmutableList.copyOf(claimIds),
          sides.stream().map(side -> new FindingSide(side.value(), ImmutableList.copyOf(side.claimIds()),
              ImmutableList.copyOf(side.documentIds()))).collect(ImmutableList.toImmutableList()),
          explanation, independentSources);
    }
  }
}
