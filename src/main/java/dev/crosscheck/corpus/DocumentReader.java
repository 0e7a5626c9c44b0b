package dev.crosscheck.corpus;

import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one corpus file into a {@link Document}: decodes it, takes metadata from wherever the file
 * carries it (front matter, an inline date header, HTML head tags, a wire credit, a printed date line)
 * and strips page furniture. The document keeps the cleaned text; all offsets downstream refer to it.
 */
public final class DocumentReader {

  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** Some scraped pages start with " date 2019-06-23 " before the first sentence. */
  private static final Pattern INLINE_DATE_HEADER = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+");
  private static final Pattern ISO_DATE_PREFIX = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
  /** A printed date line near the top: "June 24, 2019 01:55 PM", "Sept. 10, 2018". */
  private static final Pattern PRINTED_DATE_LINE =
      Pattern.compile("(?m)^\\s*([A-Z][a-z]{2,8})\\.? (\\d{1,2}), (\\d{4})\\b");
  private static final int PRINTED_DATE_ZONE = 400;

  private final long maxBytes;

  public DocumentReader() {
    this(DEFAULT_MAX_BYTES);
  }

  public DocumentReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public Document read(Path file) throws BadDocumentException {
    return read(file, warning -> {});
  }

  /** Reads {@code file}; recoverable oddities (a windows-1252 fallback) go to {@code warnings}. */
  public Document read(Path file, Consumer<String> warnings) throws BadDocumentException {
    byte[] bytes = readBytes(file);
    DecodedText decoded = DecodedText.decode(file, bytes);
    decoded.warning().ifPresent(warnings);
    String id = CorpusFiles.documentId(file);
    String hash = Hashing.sha256().hashBytes(bytes).toString();
    if (CorpusFiles.isHtml(file)) {
      return fromHtml(file, id, hash, decoded.text());
    }
    return fromText(file, id, hash, decoded.text());
  }

  private byte[] readBytes(Path file) throws BadDocumentException {
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        throw new BadDocumentException(file,
            "file is " + size + " bytes, larger than the limit of " + maxBytes + " (see --max-bytes)");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadDocumentException(file, "cannot read: " + e.getMessage());
    }
  }

  private Document fromText(Path file, String id, String hash, String raw) throws BadDocumentException {
    String body = raw.replace("\r\n", "\n");
    Optional<FrontMatter> frontMatter = FrontMatter.parse(file, body);
    MetadataValue<String> title = MetadataValue.unknown();
    MetadataValue<String> source = MetadataValue.unknown();
    MetadataValue<String> url = MetadataValue.unknown();
    MetadataValue<LocalDate> published = MetadataValue.unknown();
    if (frontMatter.isPresent()) {
      FrontMatter fm = frontMatter.get();
      body = body.substring(fm.bodyStart());
      title = metadata(fm.field("title"));
      source = metadata(fm.field("source").or(() -> fm.field("outlet")));
      url = metadata(fm.field("url"));
      Optional<String> date = fm.field("published").or(() -> fm.field("date"));
      if (date.isPresent()) {
        published = MetadataValue.of(isoDate(date.get())
            .orElseThrow(() -> new BadDocumentException(file,
                "malformed front matter: published date '" + date.get() + "' is not YYYY-MM-DD")),
            Basis.METADATA, "published: " + date.get());
      }
    }
    Matcher header = INLINE_DATE_HEADER.matcher(body);
    if (header.find()) {
      Optional<LocalDate> date = isoDate(header.group(1));
      if (date.isPresent()) {
        if (!published.isKnown()) {
          published = MetadataValue.of(date.get(), Basis.METADATA, header.group().strip());
        }
        body = body.substring(header.end());
      }
    }
    String text = PageFurniture.strip(frontMatter.isPresent() ? body.strip() : body);
    if (text.isBlank()) {
      throw new BadDocumentException(file, "no article text");
    }
    if (!title.isKnown()) {
      title = headline(text);
    }
    if (!source.isKnown()) {
      source = WireCredit.find(text).orElse(source);
    }
    if (!published.isKnown()) {
      published = printedDate(text);
    }
    return new Document(id, file, hash, text, title, source, url, published);
  }

  private Document fromHtml(Path file, String id, String hash, String html) throws BadDocumentException {
    HtmlPage page = HtmlPage.parse(html);
    String text = PageFurniture.strip(page.text());
    if (text.isBlank()) {
      throw new BadDocumentException(file, "no article text in the HTML page");
    }
    MetadataValue<LocalDate> published = page.published()
        .flatMap(value -> isoDate(value).map(date -> MetadataValue.of(date, Basis.METADATA, value)))
        .orElseGet(() -> printedDate(text));
    MetadataValue<String> source = metadata(page.source());
    if (!source.isKnown()) {
      source = WireCredit.find(text).orElse(source);
    }
    return new Document(id, file, hash, text, metadata(page.title()), source, metadata(page.url()), published);
  }

  private static MetadataValue<String> metadata(Optional<String> value) {
    return value.map(v -> MetadataValue.of(v, Basis.METADATA, v)).orElseGet(MetadataValue::unknown);
  }

  /** The first line, when it reads as a headline (short, no final punctuation) and more text follows. */
  private static MetadataValue<String> headline(String text) {
    int lineEnd = text.indexOf('\n');
    if (lineEnd < 0) {
      return MetadataValue.unknown();
    }
    String first = text.substring(0, lineEnd).strip();
    if (first.isEmpty() || !PageFurniture.looksLikeHeadline(first)) {
      return MetadataValue.unknown();
    }
    return MetadataValue.of(first, Basis.TEXT, first);
  }

  private static MetadataValue<LocalDate> printedDate(String text) {
    Matcher line = PRINTED_DATE_LINE.matcher(text.substring(0, Math.min(text.length(), PRINTED_DATE_ZONE)));
    while (line.find()) {
      Optional<LocalDate> date = monthDayYear(line.group(1), line.group(2), line.group(3));
      if (date.isPresent()) {
        return MetadataValue.of(date.get(), Basis.TEXT, line.group().strip());
      }
    }
    return MetadataValue.unknown();
  }

  private static Optional<LocalDate> monthDayYear(String month, String day, String year) {
    String normalised = month.length() > 3 && month.startsWith("Sept") ? "Sep" : month;
    for (String pattern : new String[] {"MMMM d yyyy", "MMM d yyyy"}) {
      try {
        return Optional.of(LocalDate.parse(normalised + " " + day + " " + year,
            DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH)));
      } catch (DateTimeParseException notThisPattern) {
        // try the next pattern
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> isoDate(String value) {
    Matcher matcher = ISO_DATE_PREFIX.matcher(value.strip());
    if (!matcher.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(matcher.group(1)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
