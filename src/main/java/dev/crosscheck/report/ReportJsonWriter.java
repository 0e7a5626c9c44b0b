package dev.crosscheck.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

  private static final ObjectMapper MAPPER =
      new ObjectMapper().configure(JsonNodeFeature.WRITE_PROPERTIES_SORTED, true);

  private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private static final Comparator<Claim> BY_POSITION = Comparator.comparing(Claim::documentId)
      .thenComparingInt(Claim::start)
      .thenComparingInt(Claim::end)
      .thenComparing(Claim::id, IdOrder.INSTANCE);

  private ReportJsonWriter() {}

  /** Writes {@code report.json} into {@code outputFolder} atomically and returns its path. */
  public static Path write(CorpusAnalysis analysis, Path outputFolder) throws IOException {
    Path target = outputFolder.resolve(FILE_NAME);
    AtomicFiles.write(target, toBytes(analysis));
    return target;
  }

  /** The file's exact bytes: pretty-printed UTF-8 JSON ending in a newline. */
  public static byte[] toBytes(CorpusAnalysis analysis) {
    try {
      return (PRETTY.writeValueAsString(toJson(analysis)) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("a JSON tree in memory cannot fail to serialise", e);
    }
  }

  public static ObjectNode toJson(CorpusAnalysis analysis) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode documents = root.putArray("documents");
    analysis.documents().stream()
        .sorted(Comparator.comparing(analysed -> analysed.document().id(), IdOrder.INSTANCE))
        .forEach(analysed -> documents.add(documentJson(analysed)));
    ArrayNode claims = root.putArray("claims");
    analysis.claims().stream().sorted(BY_POSITION).forEach(claim -> claims.add(ClaimJson.toJson(claim)));
    ArrayNode clusters = root.putArray("clusters");
    analysis.clusters().stream()
        .sorted(Comparator.comparing(EventCluster::id, IdOrder.INSTANCE))
        .forEach(cluster -> clusters.add(clusterJson(cluster)));
    ArrayNode findings = root.putArray("findings");
    analysis.findings().stream()
        .sorted(Comparator.comparing(Finding::id, IdOrder.INSTANCE))
        .forEach(finding -> findings.add(findingJson(finding)));
    ArrayNode skipped = root.putArray("skipped");
    analysis.skipped().stream()
        .sorted(Comparator.comparing((SkippedFile file) -> portablePath(file.path()))
            .thenComparing(SkippedFile::reason))
        .forEach(file -> skipped.addObject()
            .put("path", portablePath(file.path()))
            .put("reason", file.reason()));
    return root;
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
