package dev.crosscheck.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimJson;
import dev.crosscheck.compare.EventCluster;
import dev.crosscheck.compare.Finding;
import dev.crosscheck.compare.FindingSide;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.MetadataValue;
import dev.crosscheck.corpus.SkippedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Writes report.json as {@code ../shared/spec/interfaces.md} describes it: documents, claims and findings,
 * plus the event clusters and skipped files. The same analysis always gives the same bytes: keys are
 * sorted, every list is sorted by id (or by position for claims), nothing depends on the clock, and line
 * ends are "\n" on every platform.
 */
public final class ReportJsonWriter {

  public static final String FILE_NAME = "report.json";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true);

  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final Comparator<Claim> BY_POSITION = Comparator.comparing(Claim::documentId)
      .thenComparingInt(Claim::start)
      .thenComparingInt(Claim::end)
      .thenComparing(Claim::id, IdOrder.INSTANCE);

  private ReportJsonWriter() {}

  /** Writes {@code report.json} into {@code outputFolder} atomically and returns its path. */
  public static Path write(CorpusAnalysis analysis, Path outputFolder) throws IOException {
    Path target = outputFolder.resolve(FILE_NAME);
    AtomicFiles.write(target, out -> writeTo(analysis, out));
    return target;
  }

  /** The file's exact bytes: pretty-printed UTF-8 JSON ending in a newline. */
  public static byte[] toBytes(CorpusAnalysis analysis) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      writeTo(analysis, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Streams the report one element at a time: each document, claim, cluster and finding becomes a small
   * JSON tree (so its keys are sorted) written straight out, never the whole report as one tree or string.
   */
  private static void writeTo(CorpusAnalysis analysis, OutputStream out) throws IOException {
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setPrettyPrinter(PRETTY.createInstance());
      json.writeStartObject();
      // the top-level keys in sorted order, as in every object of the file
      writeArray(json, "claims", sorted(analysis.claims(), BY_POSITION), ClaimJson::toJson);
      writeArray(json, "clusters", sorted(analysis.clusters(), Comparator.comparing(EventCluster::id, IdOrder.INSTANCE)),
          ReportJsonWriter::clusterJson);
      writeArray(json, "documents", sorted(analysis.documents(),
          Comparator.comparing(analysed -> analysed.document().id(), IdOrder.INSTANCE)), ReportJsonWriter::documentJson);
      writeArray(json, "findings", sorted(analysis.findings(), Comparator.comparing(Finding::id, IdOrder.INSTANCE)),
          ReportJsonWriter::findingJson);
      writeArray(json, "skipped", sorted(analysis.skipped(),
          Comparator.comparing((SkippedFile file) -> portablePath(file.path())).thenComparing(SkippedFile::reason)),
          file -> MAPPER.createObjectNode().put("path", portablePath(file.path())).put("reason", file.reason()));
      json.writeEndObject();
    }
    out.write('\n');
  }

  /**
   * Each element becomes its JSON tree only when written: a stream mapped after sorting would build every
   * tree first, which for a million claims is more than the heap.
   */
  private static <T> void writeArray(JsonGenerator json, String name, List<T> elements, Function<T, JsonNode> toJson)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (T element : elements) {
      MAPPER.writeTree(json, toJson.apply(element));
    }
    json.writeEndArray();
  }

  private static <T> List<T> sorted(List<T> elements, Comparator<? super T> order) {
    List<T> sorted = new ArrayList<>(elements);
    sorted.sort(order);
    return sorted;
  }

  private static ObjectNode documentJson(AnalysedDocument analysed) {
    Document document = analysed.document();
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", document.id());
    node.put("path", portablePath(document.path()));
    node.put("title", document.title().value().orElse(null));
    node.put("source", document.source().value().orElse(null));
    node.put("url", document.url().value().orElse(null));
    MetadataValue<?> published = document.published();
    ObjectNode publishedNode = node.putObject("published");
    publishedNode.put("value", published.value().map(Object::toString).orElse(null));
    publishedNode.put("basis", published.basis().jsonName());
    node.put("sentenceCount", analysed.sentences().size());
    return node;
  }

  private static ObjectNode clusterJson(EventCluster cluster) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", cluster.id());
    node.put("kind", cluster.kind());
    node.put("label", cluster.label());
    addSorted(node.putArray("claims"), cluster.claimIds());
    addSorted(node.putArray("documents"), cluster.documentIds());
    return node;
  }

  private static ObjectNode findingJson(Finding finding) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", finding.id());
    node.put("verdict", finding.verdict().jsonName());
    node.put("eventId", finding.eventId());
    node.put("topic", finding.topic());
    addSorted(node.putArray("claims"), finding.claimIds());
    node.put("explanation", finding.explanation());
    node.put("independentSources", finding.independentSources());
    ArrayNode sides = node.putArray("sides");
    // Sides keep the compare stage's order: it is meaningful (the first value is the one most sources state).
    for (FindingSide side : finding.sides()) {
      ObjectNode sideNode = sides.addObject();
      sideNode.put("value", side.value());
      addSorted(sideNode.putArray("claims"), side.claimIds());
      addSorted(sideNode.putArray("documents"), side.documentIds());
    }
    return node;
  }

  private static void addSorted(ArrayNode array, List<String> ids) {
    ids.stream().sorted(IdOrder.INSTANCE).forEach(array::add);
  }

  /** Forward slashes everywhere, so a report made on Windows diffs cleanly against one made on Linux. */
  static String portablePath(Path path) {
    return path.toString().replace('\\', '/');
  }
}
