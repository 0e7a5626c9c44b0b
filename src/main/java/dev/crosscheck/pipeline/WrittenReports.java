package dev.crosscheck.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import dev.crosscheck.compare.EventCluster;
import dev.crosscheck.compare.Finding;
import dev.crosscheck.compare.FindingSide;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.MetadataValue;
import dev.crosscheck.corpus.SkippedFile;
import dev.crosscheck.report.AnalysedDocument;
import dev.crosscheck.report.AtomicFiles;
import dev.crosscheck.report.CorpusAnalysis;
import dev.crosscheck.report.HtmlReportWriter;
import dev.crosscheck.report.ReportFiles;
import dev.crosscheck.report.ReportJsonWriter;
import dev.crosscheck.text.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes the report files ({@link ReportFiles}) unless the previous run wrote them from the very same analysis
 * and they are still as it left them: a rerun of an unchanged corpus of ten thousand documents would
 * otherwise serialise a hundred megabytes of report.json and report.html to write the same bytes again.
 * The stamp beside the index holds a digest of everything the writers read (every claim, document, sentence
 * span, skipped file, cluster and finding; the working and output folders, which paths are written relative
 * to; the build) and the size and modification time of every file written. Any difference writes all again.
 */
public final class WrittenReports {

  private static final ObjectMapper SMILE = new ObjectMapper(new SmileFactory());

  private WrittenReports() {}

  /** The report files of {@code analysis}, written when they are not already there; the path of report.html. */
  public static Path write(CorpusAnalysis analysis, Path indexFolder, Path claimsFolder, Path outputFolder)
      throws IOException {
    Path stampFile = indexFolder.toAbsolutePath().resolveSibling("reports.bin");
    String digest = digest(analysis, claimsFolder, outputFolder);
    if (stillWritten(stampFile, digest, claimsFolder, outputFolder)) {
      return outputFolder.resolve(HtmlReportWriter.FILE_NAME);
    }
    // the files are about to change: a run interrupted while writing must not trust them next time
    Files.deleteIfExists(stampFile);
    Path html = ReportFiles.write(analysis, claimsFolder, outputFolder);
    try {
      Stamp stamp = new Stamp(digest, files(claimsFolder, outputFolder));
      Files.createDirectories(stampFile.getParent());
      AtomicFiles.write(stampFile, out -> SMILE.writeValue(out, stamp));
    } catch (IOException | RuntimeException e) {
      // deliberately ignored: without a stamp the next run only writes again
    }
    return html;
  }

  record Stamp(String digest, Map<String, long[]> files) {}

  private static boolean stillWritten(Path stampFile, String digest, Path claimsFolder, Path outputFolder) {
    try {
      if (!Files.isRegularFile(stampFile)) {
        return false;
      }
      Stamp stamp = SMILE.readValue(stampFile.toFile(), Stamp.class);
      if (!digest.equals(stamp.digest())) {
        return false;
      }
      Map<String, long[]> now = files(claimsFolder, outputFolder);
      return now.keySet().equals(stamp.files().keySet())
          && now.entrySet().stream().allMatch(file -> java.util.Arrays.equals(file.getValue(),
              stamp.files().get(file.getKey())));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Size and modification time of report.json, report.html and every file of the claims folder. */
  private static Map<String, long[]> files(Path claimsFolder, Path outputFolder) throws IOException {
    List<Path> written = new ArrayList<>(List.of(outputFolder.resolve(ReportJsonWriter.FILE_NAME),
        outputFolder.resolve(HtmlReportWriter.FILE_NAME)));
    if (Files.isDirectory(claimsFolder)) {
      try (Stream<Path> claimFiles = Files.list(claimsFolder)) {
        claimFiles.forEach(written::add);
      }
    }
    Map<String, long[]> files = new TreeMap<>();
    for (Path file : written) {
      if (Files.exists(file)) {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        files.put(file.toAbsolutePath().toString(),
            new long[] {attributes.size(), attributes.lastModifiedTime().toMillis()});
      }
    }
    return files;
  }

  /** Everything the writers read; claims through {@link ComparisonMemo#claimsDigest}, which hashes every field. */
  static String digest(CorpusAnalysis analysis, Path claimsFolder, Path outputFolder) {
    Hasher hasher = Hashing.sha256().newHasher();
    put(hasher, CodeFingerprint.value());
    put(hasher, Path.of("").toAbsolutePath().toString());
    put(hasher, claimsFolder.toAbsolutePath().toString());
    put(hasher, outputFolder.toAbsolutePath().toString());
    put(hasher, ComparisonMemo.claimsDigest(analysis.claims()));
    hasher.putInt(analysis.documents().size());
    for (AnalysedDocument analysed : analysis.documents()) {
      Document document = analysed.document();
      put(hasher, document.id());
      put(hasher, document.path().toString());
      put(hasher, document.contentHash());
      hasher.putInt(document.text().length());
      put(hasher, document.text());
      put(hasher, metadata(document.title()));
      put(hasher, metadata(document.source()));
      put(hasher, metadata(document.url()));
      put(hasher, metadata(document.published()));
      hasher.putInt(analysed.sentences().size());
      for (Sentence sentence : analysed.sentences()) {
        put(hasher, sentence.documentId());
        hasher.putInt(sentence.index()).putInt(sentence.start()).putInt(sentence.end());
      }
    }
    hasher.putInt(analysis.skipped().size());
    for (SkippedFile skipped : analysis.skipped()) {
      put(hasher, skipped.path().toString());
      put(hasher, skipped.reason());
    }
    hasher.putInt(analysis.clusters().size());
    for (EventCluster cluster : analysis.clusters()) {
      put(hasher, cluster.id());
      put(hasher, cluster.kind());
      put(hasher, cluster.label());
      putAll(hasher, cluster.claimIds());
      putAll(hasher, cluster.documentIds());
    }
    hasher.putInt(analysis.findings().size());
    for (Finding finding : analysis.findings()) {
      put(hasher, finding.id());
      put(hasher, finding.verdict().name());
      put(hasher, finding.eventId());
      put(hasher, finding.topic());
      putAll(hasher, finding.claimIds());
      hasher.putInt(finding.sides().size());
      for (FindingSide side : finding.sides()) {
        put(hasher, side.value());
        putAll(hasher, side.claimIds());
        putAll(hasher, side.documentIds());
      }
      put(hasher, finding.explanation());
      hasher.putInt(finding.independentSources());
    }
    return hasher.hash().toString();
  }

  private static String metadata(MetadataValue<?> value) {
    return value.value().map(Object::toString).orElse("") + "\u0000" + value.basis().name() + "\u0000"
        + value.evidence();
  }

  private static void putAll(Hasher hasher, List<String> strings) {
    hasher.putInt(strings.size());
    strings.forEach(string -> put(hasher, string));
  }

  private static void put(Hasher hasher, String string) {
    if (string == null) {
      hasher.putInt(-1);
      return;
    }
    hasher.putInt(string.length()).putString(string, StandardCharsets.UTF_8);
  }
}
