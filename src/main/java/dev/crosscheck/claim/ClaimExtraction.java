package dev.crosscheck.claim;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import dev.crosscheck.entity.DocumentNames;
import dev.crosscheck.entity.EntityIndex;
import dev.crosscheck.entity.NameLookup;
import dev.crosscheck.entity.EntityKind;
import dev.crosscheck.entity.Gazetteer;
import dev.crosscheck.entity.Mention;
import dev.crosscheck.entity.MentionFinder;
import dev.crosscheck.entity.TitleLexicon;
import dev.crosscheck.entity.Token;
import dev.crosscheck.entity.Tokenizer;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.time.TimeExpression;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The claim stage: every checkable statement of a corpus, each traced to its sentence.
 *
 * <p>Two passes. The first collects the names each document gives people ({@link #names}), so the
 * corpus can merge "Kim Jong-un", "Kim Jong Un", "Chairman Kim" and "Kim" into one canonical name; the
 * second reads each document on its own against that read-only index ({@link #extractDocument}). Both passes
 * work one document at a time, so a caller may run them in parallel and the cost grows linearly with the
 * corpus. Instances hold only immutable lexicons and are safe to share between threads.
 */
public final class ClaimExtraction {

  private static final Comparator<ClaimDraft> DOCUMENT_ORDER = Comparator.comparingInt(ClaimDraft::start)
      .thenComparing(ClaimDraft::type)
      .thenComparingInt(ClaimDraft::end)
      .thenComparing(ClaimDraft::subject)
      .thenComparing(ClaimDraft::predicate)
      .thenComparing(ClaimDraft::object);

  /** The definition of {@link #endsLikeASentence}, which reads the end by hand. */
  static final Pattern SENTENCE_END = Pattern.compile("[.!?][”\"’')]*$");

  /** The most tokens the extractors read at once; see {@link #windows}. */
  static final int MAX_WINDOW = 200;

  private final Gazetteer gazetteer = Gazetteer.instance();
  private final MentionFinder mentionFinder = MentionFinder.standard();
  private final ClaimLexicons lexicons = ClaimLexicons.instance();
  private final RoleExtractor roles = new RoleExtractor(TitleLexicon.instance());
  private final AttributionExtractor attributions = new AttributionExtractor(lexicons);
  private final QuoteExtractor quotes = new QuoteExtractor();
  private final AmountExtractor amounts = new AmountExtractor();
  private final StatementExtractor statements = StatementExtractor.load();

  /** The claims of a whole corpus, sorted by document id, then by position in the document. */
  public ImmutableList<Claim> extract(List<DocumentContext> corpus) {
    List<DocumentNames> names = corpus.parallelStream().map(this::names).toList();
    EntityIndex.Builder builder = EntityIndex.builder();
    names.forEach(builder::add);
    EntityIndex index = builder.build();
    return corpus.stream()
        .sorted(Comparator.comparing(DocumentContext::id))
        .toList()
        .parallelStream()
        .map(document -> extractDocument(document, index))
        .flatMap(List::stream)
        .collect(ImmutableList.toImmutableList());
  }

  /** First pass for one document, added straight to {@code names} (single-threaded callers). */
  public void collectNames(DocumentContext document, EntityIndex.Builder names) {
    names.add(names(document));
  }

  /** First pass: the full names of people in one document, and the titles written before them. */
  public DocumentNames names(DocumentContext document) {
    ImmutableList.Builder<String> fullNames = ImmutableList.builder();
    ImmutableList.Builder<DocumentNames.TitledName> titles = ImmutableList.builder();
    DocumentMemory memory = new DocumentMemory();
    for (Sentence sentence : document.sentences()) {
      ImmutableList<Token> tokens = Tokenizer.tokens(document.text(), sentence.start(), sentence.end());
      if (looksLikeHeadline(document.text(), sentence, tokens)) {
        continue;
      }
      ImmutableList<Mention> mentions = mentionFinder.find(document.id(), document.text(), tokens).stream()
          .filter(m -> !m.tentative())
          .collect(ImmutableList.toImmutableList());
      for (Mention mention : mentions) {
        if (mention.kind() == EntityKind.PERSON) {
          fullNames.add(mention.text());
        }
      }
      // titles are read without quotations (RoleExtractor never asks whether a word is quoted): none are searched for
      AnalysedSentence analysed = new AnalysedSentence(document.text(), sentence, tokens, mentions,
          ImmutableList.of(), memory, ImmutableList.of(), -1);
      for (RoleExtractor.Role role : roles.roles(analysed)) {
        if (role.person().start() > role.start()) {
          titles.add(new DocumentNames.TitledName(role.title(), role.person().text()));
        }
      }
    }
    return new DocumentNames(document.id(), fullNames.build(), titles.build());
  }

  /** Second pass: the claims of one document, numbered {@code <id>/c0, c1, ...} in document order. */
  public ImmutableList<Claim> extractDocument(DocumentContext document, NameLookup index) {
    ActorFinder actors = new ActorFinder(lexicons, index);
    AttributionFinder attributionFinder = new AttributionFinder(lexicons, actors);
    EventExtractor events = new EventExtractor(lexicons, actors, gazetteer);
    QuantityExtractor quantities = new QuantityExtractor(lexicons, actors, gazetteer);
    DocumentMemory memory = new DocumentMemory();
    // read only for a document that gives a clock time: most do not, and it is a pass over the whole text
    Supplier<Optional<ZoneId>> localZone = Suppliers.memoize(() -> LocalZone.of(document.text()));
    List<ClaimDraft> drafts = new ArrayList<>();
    List<AnalysedSentence> sentenceOfDraft = new ArrayList<>();
    List<ClaimDraft> statementDrafts = new ArrayList<>();
    List<AnalysedSentence> sentenceOfStatement = new ArrayList<>();
    PeopleOfDocument people = new PeopleOfDocument(document.id(), index);
    List<TimeExpression> timesByStart = document.times().stream()
        .sorted(Comparator.comparingInt(TimeExpression::start)).toList();
    for (Sentence sentence : document.sentences()) {
      ImmutableList<Token> tokens = Tokenizer.tokens(document.text(), sentence.start(), sentence.end());
      if (looksLikeHeadline(document.text(), sentence, tokens)) {
        continue;
      }
      ImmutableList<Mention> mentions = resolve(mentionFinder.find(document.id(), document.text(), tokens), people);
      ImmutableList<QuoteSpan> quotes = AnalysedSentence.findQuotes(sentence.text(document.text()), sentence.start());
      for (ImmutableList<Token> window : windows(tokens)) {
        int from = window.get(0).start();
        int to = window.get(window.size() - 1).end();
        ImmutableList<TimeExpression> times =
            timesIn(timesByStart, Math.max(from, sentence.start()), Math.min(to, sentence.end()));
        // a whole sentence's window holds all its names (each is a run of its tokens) and quotations
        boolean whole = window.size() == tokens.size();
        AnalysedSentence s = new AnalysedSentence(document.text(), sentence, window,
            whole ? mentions : within(mentions, from, to), times, memory, whole ? quotes : within(quotes, from, to),
            tokens.size());
        drafts.addAll(claimsOf(s, actors, attributionFinder, events, quantities, memory, localZone,
            document.document().published().value()));
        for (int k = sentenceOfDraft.size(); k < drafts.size(); k++) {
          sentenceOfDraft.add(s);
        }
        statements.extract(s).ifPresent(statement -> {
          statementDrafts.add(statement);
          sentenceOfStatement.add(s);
        });
      }
    }
    // each sentence's statement joins the other claims in document order (it starts where its sentence does)
    List<Integer> order = new ArrayList<>();
    for (int n = 0; n < drafts.size() + statementDrafts.size(); n++) {
      order.add(n);
    }
    order.sort(Comparator.comparingInt(n -> n < drafts.size()
        ? drafts.get(n).start() : statementDrafts.get(n - drafts.size()).start()));
    ImmutableList.Builder<Claim> claims = ImmutableList.builder();
    int number = 0;
    for (int n : order) {
      String id = document.id() + "/c" + number++;
      claims.add(n < drafts.size() ? drafts.get(n).toClaim(id, sentenceOfDraft.get(n))
          : statementDrafts.get(n - drafts.size()).toClaim(id, sentenceOfStatement.get(n - drafts.size())));
    }
    return claims.build();
  }

  /** The claims of one sentence (or window of a long one), in document order. */
  private List<ClaimDraft> claimsOf(AnalysedSentence s, ActorFinder actors, AttributionFinder attributionFinder,
      EventExtractor events, QuantityExtractor quantities, DocumentMemory memory, Supplier<Optional<ZoneId>> localZone,
      Optional<LocalDate> published) {
    memory.enter(s.tokens.get(0).start());
    memory.remember(s);
    ImmutableList<AttributionFrame> frames = attributionFinder.find(s);
    memory.rememberSpeakers(frames);
    Set<TimeExpression> reserved = new HashSet<>();
    frames.forEach(frame -> frame.time().ifPresent(reserved::add));
    List<ClaimDraft> found = new ArrayList<>();
    found.addAll(roles.extract(s));
    found.addAll(attributions.extract(s, frames));
    found.addAll(quotes.extract(s, frames));
    found.addAll(events.extract(s, frames, reserved));
    found.addAll(quantities.extract(s, frames, reserved));
    List<ClaimDraft> valued = amounts.extract(s, frames, localZone, published);
    // "$176 million" is an amount of money, not a count of millions
    found.removeIf(claim -> claim.type() == ClaimType.QUANTITY && valued.stream()
        .anyMatch(value -> claim.start() < value.end() && value.start() < claim.end()));
    found.addAll(valued);
    return inDocumentOrderWithoutRepeats(found);
  }

  /**
   * The drafts sorted (stably) in document order, each kept once, as the first of equal drafts. Equal drafts
   * sort together, so a draft is only compared with those of its own place in the order: no set of drafts,
   * whose every hash would walk the slot maps of every claim of the sentence.
   */
  private static List<ClaimDraft> inDocumentOrderWithoutRepeats(List<ClaimDraft> found) {
    List<ClaimDraft> sorted = new ArrayList<>(found);
    sorted.sort(DOCUMENT_ORDER);
    List<ClaimDraft> kept = new ArrayList<>(sorted.size());
    int samePlaceFrom = 0;
    for (ClaimDraft draft : sorted) {
      if (!kept.isEmpty() && DOCUMENT_ORDER.compare(kept.get(kept.size() - 1), draft) != 0) {
        samePlaceFrom = kept.size();
      }
      boolean repeat = false;
      for (int k = samePlaceFrom; k < kept.size() && !repeat; k++) {
        repeat = kept.get(k).equals(draft);
      }
      if (!repeat) {
        kept.add(draft);
      }
    }
    return kept;
  }

  /**
   * A sentence cut into windows of at most {@link #MAX_WINDOW} tokens, ending at a clause boundary where one
   * is near: the extractors look around each word, so a run-on "sentence" of thousands of words (a list, a
   * page without punctuation) would cost the square of its length; windows keep the cost linear.
   */
  static List<ImmutableList<Token>> windows(ImmutableList<Token> tokens) {
    if (tokens.size() <= MAX_WINDOW) {
      return tokens.isEmpty() ? List.of() : List.of(tokens);
    }
    List<ImmutableList<Token>> windows = new ArrayList<>();
    int from = 0;
    while (from < tokens.size()) {
      int to = Math.min(tokens.size(), from + MAX_WINDOW);
      if (to < tokens.size()) {
        for (int k = to - 1; k > from + MAX_WINDOW / 2; k--) {
          String text = tokens.get(k).text();
          if (text.equals(";") || text.equals(",") || text.equals(":")) {
            to = k + 1;
            break;
          }
        }
      }
      windows.add(tokens.subList(from, to));
      from = to;
    }
    return windows;
  }

  /** The time expressions inside {@code [from, to)}, found by binary search in the start-sorted list. */
  private static ImmutableList<TimeExpression> timesIn(List<TimeExpression> timesByStart, int from, int to) {
    int low = 0;
    int high = timesByStart.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (timesByStart.get(middle).start() < from) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    ImmutableList.Builder<TimeExpression> times = ImmutableList.builder();
    for (int i = low; i < timesByStart.size() && timesByStart.get(i).start() < to; i++) {
      if (timesByStart.get(i).end() <= to) {
        times.add(timesByStart.get(i));
      }
    }
    return times.build();
  }

  private static <T> ImmutableList<T> within(List<T> spans, int from, int to) {
    return spans.stream().filter(span -> startOf(span) >= from && endOf(span) <= to)
        .collect(ImmutableList.toImmutableList());
  }

  private static int startOf(Object span) {
    return span instanceof Mention m ? m.start() : ((QuoteSpan) span).start();
  }

  private static int endOf(Object span) {
    return span instanceof Mention m ? m.end() : ((QuoteSpan) span).end();
  }

  /** Names resolved to canonical entities; a tentative single word the corpus never names in full is dropped. */
  private static ImmutableList<Mention> resolve(List<Mention> mentions, PeopleOfDocument people) {
    ImmutableList.Builder<Mention> resolved = ImmutableList.builder();
    for (Mention mention : mentions) {
      if (mention.kind() != EntityKind.PERSON) {
        resolved.add(mention);
        continue;
      }
      Optional<String> person = people.person(mention.text(), !mention.tentative());
      person.ifPresent(name -> resolved.add(mention.resolved(name)));
    }
    return resolved.build();
  }

  /**
   * The index's person for each name as one document writes it, looked up once per document: a story names
   * its people again and again ("Trump", "Trump", "Kim"), and each lookup keys the name afresh.
   */
  private static final class PeopleOfDocument {
    private final String documentId;
    private final NameLookup index;
    private final Map<String, Optional<String>> titled = new HashMap<>();
    private final Map<String, Optional<String>> untitled = new HashMap<>();

    PeopleOfDocument(String documentId, NameLookup index) {
      this.documentId = documentId;
      this.index = index;
    }

    Optional<String> person(String written, boolean isTitled) {
      return (isTitled ? titled : untitled)
          .computeIfAbsent(written, name -> index.person(documentId, name, isTitled));
    }
  }

  /**
   * Whether {@link #SENTENCE_END} is found in {@code text}, read back from the end rather than searched for
   * from each character of every sentence (twice, once per pass). As the pattern's {@code $}, the end may
   * also be just before a final line terminator.
   */
  static boolean endsLikeASentence(String text) {
    int length = text.length();
    if (closedAt(text, length)) {
      return true;
    }
    char last = length > 0 ? text.charAt(length - 1) : 0;
    if (length >= 2 && last == '\n' && text.charAt(length - 2) == '\r') {
      return closedAt(text, length - 2);
    }
    return (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029')
        && closedAt(text, length - 1);
  }

  /** A full stop, question or exclamation mark before {@code end}, with only closing quotes and brackets after it. */
  private static boolean closedAt(String text, int end) {
    int at = end;
    while (at > 0 && "”\"’')".indexOf(text.charAt(at - 1)) >= 0) {
      at--;
    }
    return at > 0 && ".!?".indexOf(text.charAt(at - 1)) >= 0;
  }

  /**
   * A title-case line with no closing punctuation ("Trump Says He Sent North Korean Leader 'Very Friendly
   * Letter'", "By Elizabeth Shim") is page furniture or a headline: its capitals are not names and it makes
   * no claim the body does not make better.
   */
  static boolean looksLikeHeadline(String documentText, Sentence sentence, List<Token> tokens) {
    String text = sentence.text(documentText).strip();
    if (text.isEmpty()) {
      return true;
    }
    if (endsLikeASentence(text)) {
      return false;
    }
    int words = 0;
    int capitalised = 0;
    for (Token token : tokens) {
      if (token.isWord() && Character.isLetter(token.text().charAt(0))) {
        words++;
        if (token.isCapitalised()) {
          capitalised++;
        }
      }
    }
    return words < 3 || capitalised * 2 >= words;
  }
}
