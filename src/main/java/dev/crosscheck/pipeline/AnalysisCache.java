package dev.crosscheck.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimJson;
import dev.crosscheck.corpus.Basis;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.MetadataValue;
import dev.crosscheck.entity.DocumentNames;
import dev.crosscheck.report.AtomicFiles;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.time.TimeExpression;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the per-document stages made of each document on earlier runs, one JSON file per document, so a
 * rerun redoes only the documents that changed. An entry is used only for the same file bytes (content
 * hash) analysed by the same build of the program (code fingerprint); its claims only when the names of the
 * whole corpus, which they are resolved against, are the same too. Anything unreadable is a miss, never an
 * error: the cache can always be deleted.
 */
final class AnalysisCache {

  private static final ObjectMapper MAPPER = ClaimJson.MAPPER;
  private static final String EXTENSION = ".json";

  /** One document's analysis: first-pass stages and names, and the claims made against {@code entities}. */
  record Entry(String documentId, String contentHash, MetadataValue<LocalDate> published,
      ImmutableList<Sentence> sentences, ImmutableList<TimeExpression> times, DocumentNames names,
      String entities, ImmutableList<Claim> claims, Optional<String> agencyCredit) {

    /** Only what the second pass needs (claims and credit), with the claims given: the rest is in use elsewhere. */
    Entry claimsOnly(ImmutableList<Claim> newClaims) {
      return new Entry(documentId, contentHash, published, ImmutableList.of(), ImmutableList.of(), names, entities,
          newClaims, agencyCredit);
    }
  }

  private final Path folder;
  private final String code;

  AnalysisCache(Path folder, String codeFingerprint) {
    this.folder = folder;
    this.code = codeFingerprint;
  }

  /** The entry made from this very file by this build, if there is one. */
  Optional<Entry> load(Document document) {
    Path file = folder.resolve(document.id() + EXTENSION);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      JsonNode node = MAPPER.readTree(file.toFile());
      if (!document.contentHash().equals(node.path("hash").asText()) || !code.equals(node.path("code").asText())) {
        return Optional.empty();
      }
      return Optional.of(entry(document.id(), node));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Writes the entry atomically; a cache that cannot be written only costs time on the next run. */
  void store(Entry entry) {
    try {
      Files.createDirectories(folder);
      AtomicFiles.write(folder.resolve(entry.documentId() + EXTENSION), out -> MAPPER.writeValue(out, json(entry)));
    } catch (IOException | UncheckedIOException e) {
      // deliberately ignored: see the class comment
    }
  }

  /** Deletes the entries of documents no longer in the corpus. */
  void retainOnly(Set<String> documentIds) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(EXTENSION) && !documentIds.contains(name.substring(0, name.length() - EXTENSION.length()))) {
          Files.deleteIfExists(file);
        }
      }
    } catch (IOException e) {
      // deliberately ignored: a stale entry is never used for another file's bytes
    }
  }

  private ObjectNode json(Entry entry) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("hash", entry.contentHash());
    node.put("code", code);
    ObjectNode published = node.putObject("published");
    published.put("value", entry.published().value().map(LocalDate::toString).orElse(null));
    published.put("basis", entry.published().basis().name());
    published.put("evidence", entry.published().evidence());
    ArrayNode sentences = node.putArray("sentences");
    entry.sentences().forEach(sentence -> sentences.add(sentence.start()).add(sentence.end()));
    ArrayNode times = node.putArray("times");
    entry.times().forEach(time -> times.add(ClaimJson.timeJson(time)));
    ObjectNode names = node.putObject("names");
    entry.names().fullNames().forEach(names.putArray("full")::add);
    ArrayNode titles = names.putArray("titles");
    entry.names().titles().forEach(titled -> titles.addArray().add(titled.title()).add(titled.name()));
    node.put("entities", entry.entities());
    ArrayNode claims = node.putArray("claims");
    entry.claims().forEach(claim -> claims.add(ClaimJson.toJson(claim)));
    node.put("agencyCredit", entry.agencyCredit().orElse(null));
    return node;
  }

  private static Entry entry(String documentId, JsonNode node) {
    JsonNode publishedNode = node.get("published");
    Basis basis = Basis.valueOf(publishedNode.get("basis").asText().toUpperCase(Locale.ROOT));
    MetadataValue<LocalDate> published = basis == Basis.UNKNOWN ? MetadataValue.unknown()
        : MetadataValue.of(LocalDate.parse(publishedNode.get("value").asText()), basis,
            publishedNode.get("evidence").asText());
    ImmutableList.Builder<Sentence> sentences = ImmutableList.builder();
    JsonNode offsets = node.get("sentences");
    for (int i = 0; i + 1 < offsets.size(); i += 2) {
      sentences.add(new Sentence(documentId, i / 2, offsets.get(i).asInt(), offsets.get(i + 1).asInt()));
    }
    ImmutableList.Builder<TimeExpression> times = ImmutableList.builder();
    node.get("times").forEach(time -> times.add(ClaimJson.timeFromJson(time, documentId)));
    ImmutableList.Builder<String> fullNames = ImmutableList.builder();
    node.get("names").get("full").forEach(name -> fullNames.add(name.asText()));
    ImmutableList.Builder<DocumentNames.TitledName> titles = ImmutableList.builder();
    node.get("names").get("titles").forEach(pair ->
        titles.add(new DocumentNames.TitledName(pair.get(0).asText(), pair.get(1).asText())));
    ImmutableList.Builder<Claim> claims = ImmutableList.builder();
    node.get("claims").forEach(claim -> claims.add(ClaimJson.fromJson(claim)));
    JsonNode credit = node.get("agencyCredit");
    return new Entry(documentId, node.get("hash").asText(), published, sentences.build(), times.build(),
        new DocumentNames(documentId, fullNames.build(), titles.build()), node.get("entities").asText(),
        claims.build(), credit == null || credit.isNull() ? Optional.empty() : Optional.of(credit.asText()));
  }
}
