package dev.crosscheck.claim;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.entity.EntityKind;
import dev.crosscheck.entity.Mention;
import dev.crosscheck.entity.Token;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.time.TimeExpression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence with what the extractors read: its tokens, resolved names, time expressions and quotations,
 * all as offsets into the document text. Built once per sentence and shared by every extractor.
 */
final class AnalysedSentence {

  private static final Pattern QUOTE = Pattern.compile(
      "“([^”]*)(”|$)|\"([^\"]*)(\"|$)|‘([^’]+)’(?!\\w)|(?<!\\w)'([^']+)'(?!\\w)");

  final String documentId;
  final String documentText;
  final Sentence sentence;
  final String text;
  final ImmutableList<Token> tokens;
  final ImmutableList<Mention> mentions;
  final ImmutableList<TimeExpression> times;
  final ImmutableList<QuoteSpan> quotes;
  final DocumentMemory memory;

  /**
   * A sentence, or a window of a very long one, with its quotations already found.
   *
   * @param windowOf the number of tokens of the whole sentence when {@code tokens} is a window of it, else -1
   */
  AnalysedSentence(String documentText, Sentence sentence, ImmutableList<Token> tokens,
      ImmutableList<Mention> mentions, ImmutableList<TimeExpression> times, DocumentMemory memory,
      ImmutableList<QuoteSpan> quotes, int windowOf) {
    this.documentId = sentence.documentId();
    this.documentText = documentText;
    this.sentence = sentence;
    this.text = sentence.text(documentText);
    this.tokens = tokens;
    this.mentions = mentions;
    this.times = times;
    this.quotes = quotes;
    this.wholeSentenceTokens = windowOf < 0 ? tokens.size() : windowOf;
    this.memory = memory;
    this.timeOfToken = new TimeExpression[tokens.size()];
    for (TimeExpression time : times) {
      for (int i = tokenAtOrAfter(time.start()); i < tokens.size() && tokens.get(i).end() <= time.end(); i++) {
        timeOfToken[i] = time;
      }
    }
  }

  /** The time expression covering each token, or null: looked up for nearly every token by every extractor. */
  private final TimeExpression[] timeOfToken;
  /** Joined on first use, not in the constructor: the first pass's sentences never ask. */
  private String entityNames;
  private final int wholeSentenceTokens;

  static ImmutableList<QuoteSpan> findQuotes(String text, int offset) {
    if (text.indexOf('"') < 0 && text.indexOf('“') < 0 && text.indexOf('‘') < 0 && text.indexOf('\'') < 0) {
      return ImmutableList.of();
    }
    List<QuoteSpan> quotes = new ArrayList<>();
    Matcher matcher = QUOTE.matcher(text);
    // every quotation starts at one of four marks: the search is started at the next of them, not tried at
    // each character between (the lookbehind of the last alternative reads the text before as it always did)
    int mark = nextQuoteMark(text, 0);
    while (mark >= 0 && matcher.find(mark)) {
      mark = nextQuoteMark(text, matcher.end());
      for (int group = 1; group <= 6; group++) {
        if (matcher.group(group) != null && (group == 1 || group == 3 || group >= 5)) {
          String inner = matcher.group(group).strip();
          if (!inner.isEmpty()) {
            quotes.add(new QuoteSpan(offset + matcher.start(), offset + matcher.end(), inner));
          }
          break;
        }
      }
    }
    return ImmutableList.copyOf(quotes);
  }

  private static int nextQuoteMark(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '“' || c == '‘' || c == '\'') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Where the words read here start and end: the sentence's bounds, or a window's when a very long sentence
   * is read in windows (see {@code ClaimExtraction.windows}).
   */
  int start() {
    return tokens.isEmpty() || tokens.size() == wholeSentenceTokens ? sentence.start() : tokens.get(0).start();
  }

  int end() {
    return tokens.isEmpty() || tokens.size() == wholeSentenceTokens ? sentence.end() : tokens.get(tokens.size() - 1).end();
  }

  String slice(int start, int end) {
    return documentText.substring(start, end);
  }

  Token token(int index) {
    return tokens.get(index);
  }

  int size() {
    return tokens.size();
  }

  /** The index of the first token starting at or after {@code offset}. */
  int tokenAtOrAfter(int offset) {
    int low = 0;
    int high = tokens.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (tokens.get(middle).start() < offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  Optional<Mention> mentionEndingAt(int offset) {
    for (Mention mention : mentions) {
      if (mention.end() == offset) {
        return Optional.of(mention);
      }
    }
    return Optional.empty();
  }

  Optional<Mention> mentionStartingAt(int offset) {
    for (Mention mention : mentions) {
      if (mention.start() == offset) {
        return Optional.of(mention);
      }
    }
    return Optional.empty();
  }

  /** The first mention starting in {@code [from, to)} of a given kind (any kind when null). */
  Optional<Mention> firstMentionIn(int from, int to, EntityKind kind) {
    return mentions.stream()
        .filter(m -> m.start() >= from && m.end() <= to && (kind == null || m.kind() == kind))
        .findFirst();
  }

  Optional<QuoteSpan> quoteAt(int offset) {
    for (QuoteSpan quote : quotes) {
      if (quote.contains(offset)) {
        return Optional.of(quote);
      }
    }
    return Optional.empty();
  }

  boolean inQuote(int offset) {
    for (QuoteSpan quote : quotes) {
      if (quote.contains(offset)) {
        return true;
      }
    }
    return false;
  }

  /** The time expression covering token {@code index}, if any. */
  Optional<TimeExpression> timeAt(int index) {
    return Optional.ofNullable(timeOfToken[index]);
  }

  /** Canonical names of every entity named in the sentence, in order of first mention. */
  String entityNames() {
    if (entityNames == null) {
      entityNames = String.join("; ", mentions.stream().map(Mention::canonical).distinct().toList());
    }
    return entityNames;
  }

  /** Whether the token at {@code index} is a word equal (ignoring case) to one of {@code words}. */
  boolean isAny(int index, String... words) {
    if (index < 0 || index >= tokens.size()) {
      return false;
    }
    for (String word : words) {
      if (tokens.get(index).is(word)) {
        return true;
      }
    }
    return false;
  }

  boolean isPersonMention(Mention mention) {
    return mention.kind() == EntityKind.PERSON;
  }
}
