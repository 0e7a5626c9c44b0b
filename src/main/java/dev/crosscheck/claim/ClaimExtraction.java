package dev.crosscheck.claim;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.entity.DocumentNames;
import dev.crosscheck.entity.EntityIndex;
import dev.crosscheck.entity.EntityKind;
import dev.crosscheck.entity.Gazetteer;
import dev.crosscheck.entity.Mention;
import dev.crosscheck.entity.MentionFinder;
import dev.crosscheck.entity.TitleLexicon;
import dev.crosscheck.entity.Token;
import dev.crosscheck.entity.Tokenizer;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.time.TimeExpression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

  private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile("[.!?][”\"’')]*$");

  private final Gazetteer gazetteer = Gazetteer.instance();
  private final MentionFinder mentionFinder = MentionFinder.standard();
  private final ClaimLexicons lexicons = ClaimLexicons.instance();
  private final RoleExtractor roles = new RoleExtractor(TitleLexicon.instance());
  private final AttributionExtractor attributions = new AttributionExtractor(lexicons);
  private final QuoteExtractor quotes = new QuoteExtractor();

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
      AnalysedSentence analysed = new AnalysedSentence(document.text(), sentence, tokens, mentions,
          ImmutableList.of(), memory);
      for (RoleExtractor.Role role : roles.roles(analysed)) {
        if (role.person().start() > role.start()) {
          titles.add(new DocumentNames.TitledName(role.title(), role.person().text()));
        }
      }
    }
    return new DocumentNames(document.id(), fullNames.build(), titles.build());
  }

  /** Second pass: the claims of one document, numbered {@code <id>/c0, c1, ...} in document order. */
  public ImmutableList<Claim> extractDocument(DocumentContext document, EntityIndex index) {
    ActorFinder actors = new ActorFinder(lexicons, index);
    AttributionFinder attributionFinder = new AttributionFinder(lexicons, actors);
    EventExtractor events = new EventExtractor(lexicons, actors, gazetteer);
    QuantityExtractor quantities = new QuantityExtractor(lexicons, actors, gazetteer);
    DocumentMemory memory = new DocumentMemory();
    List<ClaimDraft> drafts = new ArrayList<>();
    List<AnalysedSentence> sentenceOfDraft = new ArrayList<>();
    for (Sentence sentence : document.sentences()) {
      ImmutableList<Token> tokens = Tokenizer.tokens(document.text(), sentence.start(), sentence.end());
      if (looksLikeHeadline(document.text(), sentence, tokens)) {
        continue;
      }
      ImmutableList<Mention> mentions = resolve(document.id(), mentionFinder.find(document.id(), document.text(), tokens), index);
      ImmutableList<TimeExpression> times = document.times().stream()
          .filter(t -> t.start() >= sentence.start() && t.end() <= sentence.end())
          .collect(ImmutableList.toImmutableList());
      AnalysedSentence s = new AnalysedSentence(document.text(), sentence, tokens, mentions, times, memory);
      memory.enter(sentence.start());
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
      found.stream().distinct().sorted(DOCUMENT_ORDER).forEach(draft -> {
        drafts.add(draft);
        sentenceOfDraft.add(s);
      });
    }
    ImmutableList.Builder<Claim> claims = ImmutableList.builder();
    for (int n = 0; n < drafts.size(); n++) {
      claims.add(drafts.get(n).toClaim(document.id() + "/c" + n, sentenceOfDraft.get(n)));
    }
    return claims.build();
  }

  /** Names resolved to canonical entities; a tentative single word the corpus never names in full is dropped. */
  private static ImmutableList<Mention> resolve(String documentId, List<Mention> mentions, EntityIndex index) {
    ImmutableList.Builder<Mention> resolved = ImmutableList.builder();
    for (Mention mention : mentions) {
      if (mention.kind() != EntityKind.PERSON) {
        resolved.add(mention);
        continue;
      }
      Optional<String> person = index.person(documentId, mention.text(), !mention.tentative());
      person.ifPresent(name -> resolved.add(mention.resolved(name)));
    }
    return resolved.build();
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
    if (SENTENCE_END.matcher(text).find()) {
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
