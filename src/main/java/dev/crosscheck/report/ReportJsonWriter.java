package dev.crosscheck.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.crosscheck.claim.Claim;
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

/**
 * Writes report.json as {@code ../shared/spec/interfaces.md} describes it: documents, claims and findings,
 * plus the event clusters and skipped files. The same analysis always gives the same bytes: keys are
 * sorted, every list is sorted by id (or by position for claims), nothing depends on the clock, and line
 * ends are "\n" on every platform.
 */
public final class ReportJsonWriter {

  public static final String FILE_NAME = "report.json";

  private static final JsonFactory FACTORY = new JsonFactory();

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
   * Streams the report one element at a time, each written field by field in sorted key order: no JSON
   * tree is built, neither of the whole report nor of an element (a tree per claim cost more than writing it).
   */
  private static void writeTo(CorpusAnalysis analysis, OutputStream out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setPrettyPrinter(PRETTY.createInstance());
      json.writeStartObject();
      // the top-level keys in sorted order, as in every object of the file
      writeArray(json, "claims", sorted(analysis.claims(), BY_POSITION), ClaimJsonStream::writeSorted);
      writeArray(json, "clusters", sorted(analysis.clusters(), Comparator.comparing(EventCluster::id, IdOrder.INSTANCE)),
          ReportJsonWriter::writeCluster);
      writeArray(json, "documents", sorted(analysis.documents(),
          Comparator.comparing(analysed -> analysed.document().id(), IdOrder.INSTANCE)), ReportJsonWriter::writeDocument);
      writeArray(json, "findings", sorted(analysis.findings(), Comparator.comparing(Finding::id, IdOrder.INSTANCE)),
          ReportJsonWriter::writeFinding);
      writeArray(json, "skipped", sorted(analysis.skipped(),
          Comparator.comparing((SkippedFile file) -> portablePath(file.path())).thenComparing(SkippedFile::reason)),
          ReportJsonWriter::writeSkipped);
      json.writeEndObject();
    }
    out.write('\n');
  }

  /** Writes one element of an array: an object whose keys it writes in sorted order. */
  @FunctionalInterface
  private interface ElementWriter<T> {
    void write(JsonGenerator json, T element) throws IOException;
  }

  private static <T> void writeArray(JsonGenerator json, String name, List<T> elements, ElementWriter<T> writer)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (T element : elements) {
      writer.write(json, element);
    }
    json.writeEndArray();
  }

  private static <T> List<T> sorted(List<T> elements, Comparator<? super T> order) {
    List<T> sorted = new ArrayList<>(elements);
    sorted.sort(order);
    return sorted;
  }

  private static void writeDocument(JsonGenerator json, AnalysedDocument analysed) throws IOException {
    Document document = analysed.document();
    json.writeStartObject();
    json.writeStringField("id", document.id());
    json.writeStringField("path", portablePath(document.path()));
    MetadataValue<?> published = document.published();
    json.writeObjectFieldStart("published");
    json.writeStringField("basis", published.basis().jsonName());
    json.writeStringField("value", published.value().map(Object::toString).orElse(null));
    json.writeEndObject();
    json.writeNumberField("sentenceCount", analysed.sentences().size());
    json.writeStringField("source", document.source().value().orElse(null));
    json.writeStringField("title", document.title().value().orElse(null));
    json.writeStringField("url", document.url().value().orElse(null));
    json.writeEndObject();
  }

  private static void writeCluster(JsonGenerator json, EventCluster cluster) throws IOException {
    json.writeStartObject();
    writeSorted(json, "claims", cluster.claimIds());
    writeSorted(json, "documents", cluster.documentIds());
    json.writeStringField("id", cluster.id());
    json.writeStringField("kind", cluster.kind());
    json.writeStringField("label", cluster.label());
    json.writeEndObject();
  }

  private static void writeFinding(JsonGenerator json, Finding finding) throws IOException {
    json.writeStartObject();
    writeSorted(json, "claims", finding.claimIds());
    json.writeStringField("eventId", finding.eventId());
    json.writeStringField("explanation", finding.explanation());
    json.writeStringField("id", finding.id());
    json.writeNumberField("independentSources", finding.independentSources());
    json.writeArrayFieldStart("sides");
    // Sides keep the compare stage's order: it is meaningful (the first value is the one most sources state).
    for (FindingSide side : finding.sides()) {
      json.writeStartObject();
      writeSorted(json, "claims", side.claimIds());
      writeSorted(json, "documents", side.documentIds());
      json.writeStringField("value", side.value());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeStringField("topic", finding.topic());
    json.writeStringField("verdict", finding.verdict().jsonName());
    json.writeEndObject();
  }

  private static void writeSkipped(JsonGenerator json, SkippedFile file) throws IOException {
    json.writeStartObject();
    json.writeStringField("path", portablePath(file.path()));
    json.writeStringField("reason", file.reason());
    json.writeEndObject();
  }

  private static void writeSorted(JsonGenerator json, String name, List<String> ids) throws IOException {
    json.writeArrayFieldStart(name);
    for (String id : sorted(ids, IdOrder.INSTANCE)) {
      json.writeString(id);
    }
    json.writeEndArray();
  }

  /** Forward slashes everywhere, so a report made on Windows diffs cleanly against one made on Linux. */
  static String portablePath(Path path) {
    return path.toString().replace('\\', '/');
  }
}
