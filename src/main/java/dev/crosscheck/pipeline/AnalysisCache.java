package dev.crosscheck.pipeline;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import com.google.common.io.CountingInputStream;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.MetadataValue;
import dev.crosscheck.entity.DocumentNames;
import dev.crosscheck.entity.NameAnswer;
import dev.crosscheck.report.AtomicFiles;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.time.TimeExpression;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What the per-document stages made of each document on earlier runs, so a rerun redoes only the
 * documents that changed. An entry is used only for the same file bytes (content hash) analysed by the same
 * build of the program (code fingerprint); its claims only when the names of the whole corpus, which they
 * are resolved against, are the same too, or still give every answer the extraction took from them
 * ({@code nameAnswers}): a new article names new people, and most documents never asked about them.
 * Anything unreadable is a miss, never an error: the cache can always be deleted.
 *
 * <p>Entries are compact binary ({@link AnalysisCodec}) filed in a fixed number of segment files by a hash of
 * the document id: ten thousand small files cost more to open than to read, and one file would be rewritten
 * whole for one changed document. A segment starts with the ids and sizes of its entries, so opening it reads
 * only that table; an entry is read when its document asks for it, so the cache is never all in memory.
 * New entries are appended to a segment's pending file as they are made (a fresh corpus of any size streams
 * through) and merged into the segment by {@link #commit}.
 */
final class AnalysisCache {

  /** Fixed: a document's segment must not move between runs. */
  static final int SEGMENTS = 64;
  private static final int FORMAT = 0x43584331; // "CXC1"
  private static final String SEGMENT_PREFIX = "segment-";
  private static final String SEGMENT_SUFFIX = ".bin";
  private static final String PENDING_SUFFIX = ".pending";

  /**
   * One document's analysis: first-pass stages and names, and the claims made against {@code entities} (the
   * fingerprint of the corpus's names), which answered {@code nameAnswers}.
   */
  record Entry(String documentId, String contentHash, MetadataValue<LocalDate> published,
      ImmutableList<Sentence> sentences, ImmutableList<TimeExpression> times, DocumentNames names,
      String entities, ImmutableList<NameAnswer> nameAnswers, ImmutableList<Claim> claims,
      Optional<String> agencyCredit) {

    /** Only what the second pass needs (claims and credit), with the claims given: the rest is in use elsewhere. */
    Entry claimsOnly(ImmutableList<Claim> newClaims) {
      return new Entry(documentId, contentHash, published, ImmutableList.of(), ImmutableList.of(), names, entities,
          nameAnswers, newClaims, agencyCredit);
    }
  }

  private final Path folder;
  private final String code;
  /** Segments opened so far this run, by number; a segment that cannot be read is opened empty. */
  private final Map<Integer, Segment> segments = new ConcurrentHashMap<>();
  /** Segments with entries stored this run, not yet committed. */
  private final Set<Integer> pending = ConcurrentHashMap.newKeySet();
  /** One lock per segment: documents of one segment append to its pending file one at a time. */
  private final Object[] locks = Stream.generate(Object::new).limit(SEGMENTS).toArray();

  AnalysisCache(Path folder, String codeFingerprint) {
    this.folder = folder;
    this.code = codeFingerprint;
  }

  /** The entry made from this very file by this build, if there is one. */
  Optional<Entry> load(Document document) {
    try {
      Optional<byte[]> bytes = segment(segmentOf(document.id())).read(document.id());
      if (bytes.isEmpty()) {
        return Optional.empty();
      }
      AnalysisCodec.Stored stored = AnalysisCodec.read(bytes.get());
      if (!document.contentHash().equals(stored.hash())) {
        return Optional.empty();
      }
      return Optional.of(AnalysisCodec.decode(document.id(), stored));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Appends the entry to its segment's pending file; {@link #commit} files it. A cache that cannot be
   * written only costs time on the next run.
   */
  void store(Entry entry) {
    int number = segmentOf(entry.documentId());
    try {
      byte[] bytes = AnalysisCodec.encode(entry);
      Files.createDirectories(folder);
      synchronized (locks[number]) {
        Path file = pendingFile(number);
        boolean fresh = pending.add(number);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file,
            StandardOpenOption.CREATE, fresh ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND,
            StandardOpenOption.WRITE)))) {
          out.writeUTF(entry.documentId());
          out.writeInt(bytes.length);
          out.write(bytes);
        }
      }
    } catch (IOException | RuntimeException e) {
      // deliberately ignored: see the class comment
    }
  }

  /**
   * Files this run's new entries into their segments and drops the entries of documents no longer in the
   * corpus: only segments that gain or lose an entry are rewritten.
   */
  void commit(Set<String> documentIds) {
    try {
      if (!Files.isDirectory(folder)) {
        return;
      }
      Set<Integer> live = new HashSet<>();
      documentIds.forEach(id -> live.add(segmentOf(id)));
      for (int number = 0; number < SEGMENTS; number++) {
        if (!live.contains(number)) {
          closeSegment(number);
          Files.deleteIfExists(segmentFile(number));
          Files.deleteIfExists(pendingFile(number));
          continue;
        }
        Segment segment = segment(number);
        boolean stale = segment.ids().stream().anyMatch(id -> !documentIds.contains(id));
        if (pending.contains(number) || stale) {
          rewrite(number, segment, documentIds);
        }
      }
      deleteOtherFiles();
    } catch (IOException | RuntimeException e) {
      // deliberately ignored: a stale entry is never used for another file's bytes
    } finally {
      for (int number = 0; number < SEGMENTS; number++) {
        closeSegment(number);
      }
      pending.clear();
    }
  }

  /** The segment's entries of live documents, those stored this run replacing the old ones, written anew. */
  private void rewrite(int number, Segment old, Set<String> documentIds) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    for (String id : old.ids()) {
      if (documentIds.contains(id)) {
        old.read(id).ifPresent(bytes -> entries.put(id, bytes));
      }
    }
    Path pendingFile = pendingFile(number);
    if (pending.contains(number) && Files.isRegularFile(pendingFile)) {
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(pendingFile)))) {
        while (peek(in)) {
          String id = in.readUTF();
          byte[] bytes = in.readNBytes(in.readInt());
          if (documentIds.contains(id)) {
            entries.put(id, bytes);
          }
        }
      }
    }
    closeSegment(number);
    AtomicFiles.write(segmentFile(number), out -> writeSegment(out, entries));
    Files.deleteIfExists(pendingFile);
  }

  /** Whether a buffered stream has another byte, without consuming it. */
  private static boolean peek(InputStream in) throws IOException {
    in.mark(1);
    int next = in.read();
    in.reset();
    return next >= 0;
  }

  private void writeSegment(OutputStream stream, Map<String, byte[]> entries) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
    out.writeInt(FORMAT);
    out.writeUTF(code);
    out.writeInt(entries.size());
    for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
      out.writeUTF(entry.getKey());
      out.writeInt(entry.getValue().length);
    }
    for (byte[] bytes : entries.values()) {
      out.write(bytes);
    }
    out.flush();
  }

  private Segment segment(int number) {
    return segments.computeIfAbsent(number, this::open);
  }

  /** The segment's table of contents; empty when it is missing, unreadable or made by another build. */
  private Segment open(int number) {
    Path file = segmentFile(number);
    if (!Files.isRegularFile(file)) {
      return Segment.EMPTY;
    }
    try (CountingInputStream counted = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file)));
        DataInputStream in = new DataInputStream(counted)) {
      if (in.readInt() != FORMAT || !in.readUTF().equals(code)) {
        return Segment.EMPTY;
      }
      int count = in.readInt();
      List<String> ids = new ArrayList<>(count);
      int[] lengths = new int[count];
      for (int i = 0; i < count; i++) {
        ids.add(in.readUTF());
        lengths[i] = in.readInt();
      }
      long headerBytes = counted.getCount();
      Map<String, long[]> places = new LinkedHashMap<>();
      long offset = headerBytes;
      for (int i = 0; i < count; i++) {
        places.put(ids.get(i), new long[] {offset, lengths[i]});
        offset += lengths[i];
      }
      if (offset != Files.size(file)) {
        return Segment.EMPTY;
      }
      return new Segment(FileChannel.open(file, StandardOpenOption.READ), places);
    } catch (IOException | RuntimeException e) {
      return Segment.EMPTY;
    }
  }

  private void closeSegment(int number) {
    Segment segment = segments.remove(number);
    if (segment != null) {
      segment.close();
    }
  }

  /** Files of earlier formats (one JSON file per document) and stray files of interrupted runs. */
  private void deleteOtherFiles() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (!(name.startsWith(SEGMENT_PREFIX) && name.endsWith(SEGMENT_SUFFIX))) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  static int segmentOf(String documentId) {
    return Math.floorMod(Hashing.murmur3_32_fixed().hashString(documentId, StandardCharsets.UTF_8).asInt(), SEGMENTS);
  }

  private Path segmentFile(int number) {
    return folder.resolve(String.format("%s%02d%s", SEGMENT_PREFIX, number, SEGMENT_SUFFIX));
  }

  private Path pendingFile(int number) {
    return folder.resolve(String.format("%s%02d%s", SEGMENT_PREFIX, number, PENDING_SUFFIX));
  }

  /** An open segment file: where each entry's bytes lie in it. */
  private record Segment(FileChannel channel, Map<String, long[]> places) {

    static final Segment EMPTY = new Segment(null, Map.of());

    Set<String> ids() {
      return places.keySet();
    }

    Optional<byte[]> read(String id) throws IOException {
      long[] place = places.get(id);
      if (place == null) {
        return Optional.empty();
      }
      ByteBuffer buffer = ByteBuffer.allocate((int) place[1]);
      long position = place[0];
      while (buffer.hasRemaining()) {
        int read = channel.read(buffer, position);
        if (read < 0) {
          throw new IOException("segment ends early");
        }
        position += read;
      }
      return Optional.of(buffer.array());
    }

    void close() {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException e) {
          // deliberately ignored: it was only read
        }
      }
    }
  }
}
