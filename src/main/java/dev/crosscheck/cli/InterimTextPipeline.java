package dev.crosscheck.cli;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.Hashing;
import dev.crosscheck.corpus.Basis;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.MetadataValue;
import dev.crosscheck.text.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stand-in for the ingestion and sentence-splitting stages while they are built in parallel: a plain file
 * read that drops a front-matter block, and a sentence splitter on end punctuation and line breaks. To be
 * replaced by {@code corpus.DocumentReader} and {@code text.SentenceSplitter} when they land in main.
 */
final class InterimTextPipeline {

  private static final Pattern FRONT_MATTER = Pattern.compile("\\A---\\n(.*?)\\n---\\n", Pattern.DOTALL);
  private static final Pattern PUBLISHED = Pattern.compile("(?m)^published:\\s*(\\S+)");
  /** End punctuation, closing quotes, space, then something that can open a sentence. */
  private static final Pattern BOUNDARY = Pattern.compile("[.!?][”\"’')\\]]*(?=\\s+[“\"‘'(\\p{Lu}\\d])");
  private static final Pattern ABBREVIATION =
      Pattern.compile("(?:\\b\\p{Lu}|\\b(?:\\p{Lu}\\.)+\\p{Lu}|\\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Gov|Sen|Rep|Lt|Col|Corp|Inc|Co|No|vs))$");

  private InterimTextPipeline() {}

  static Document read(Path path) throws IOException {
    String raw = Files.readString(path, StandardCharsets.UTF_8);
    String text = raw;
    MetadataValue<LocalDate> published = MetadataValue.unknown();
    Matcher frontMatter = FRONT_MATTER.matcher(raw);
    if (frontMatter.find()) {
      text = raw.substring(frontMatter.end());
      Matcher date = PUBLISHED.matcher(frontMatter.group(1));
      if (date.find()) {
        try {
          published = MetadataValue.of(LocalDate.parse(date.group(1)), Basis.METADATA, date.group());
        } catch (DateTimeParseException e) {
          published = MetadataValue.unknown();
        }
      }
    }
    String fileName = path.getFileName().toString();
    String id = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
    String hash = Hashing.sha256().hashString(raw, StandardCharsets.UTF_8).toString();
    return new Document(id, path, hash, text, MetadataValue.unknown(), MetadataValue.unknown(),
        MetadataValue.unknown(), published);
  }

  static ImmutableList<Sentence> split(String documentId, String text) {
    ImmutableList.Builder<Sentence> sentences = ImmutableList.builder();
    int index = 0;
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int start = lineStart;
      Matcher boundary = BOUNDARY.matcher(text).region(lineStart, lineEnd);
      while (boundary.find()) {
        String before = text.substring(start, boundary.start());
        if (ABBREVIATION.matcher(before).find()) {
          continue;
        }
        index = add(sentences, documentId, text, start, boundary.end(), index);
        start = boundary.end();
      }
      index = add(sentences, documentId, text, start, lineEnd, index);
      lineStart = lineEnd + 1;
    }
    return sentences.build();
  }

  private static int add(ImmutableList.Builder<Sentence> sentences, String documentId, String text, int start, int end,
      int index) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return index;
    }
    sentences.add(new Sentence(documentId, index, start, end));
    return index + 1;
  }

  static Optional<LocalDate> publishedDate(Document document) {
    return document.published().value();
  }
}
