package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Finds the sentences of different sources that state one fact in their own words, figures or none: "the
 * letter was hand-delivered by Trump's longtime bodyguard Keith Schiller" and "Keith Schiller, the
 * president's personal bodyguard, delivered the letter". Each sentence's statement claim is read as its
 * content words ({@link StatementWords}), weighted by how few documents of the corpus use them, so the
 * story's own words (every article says "Comey", "fired", "FBI") weigh nothing and the words that single out
 * one fact ("bodyguard", "fingerprints", "attic") weigh much.
 *
 * <p>Candidates meet through the postings of their specific words, so each statement is compared with the
 * few that share its rarer words. A pair is one fact when the two share at least {@link #MIN_SHARED_SPECIFIC}
 * specific words said in the same mood, besides names, titles and light words (two of them standing as one
 * phrase unless they share more), name no different people nor give different figures, do not merely quote
 * one phrase from two speakers, and their weighted overlap reaches {@link #MIN_SIMILARITY}. A fact the other
 * aligners already report (a figure, a quote) is left to them, and only the best-supported groups are kept
 * ({@link #maxGroups}): the report is read by a person, and a corpus holds many loosely alike sentences.
 */
final class StatementAlignment {

  /** Least weighted overlap (cosine of the specific-word vectors) for two sentences to state one fact. */
  static final double MIN_SIMILARITY = 0.15;
  /**
   * Least similarity of a sentence to each member of a group for it to join: a third sentence must say the
   * group's fact as plainly as the first two do, not just share two of its words.
   */
  static final double JOIN_SIMILARITY = 0.2;
  /** Least number of specific words two sentences share: one shared rare word is often a coincidence. */
  static final int MIN_SHARED_SPECIFIC = 2;
  /** Sentences sharing this much of their words are one text copied, not one fact said twice. */
  static final double COPY_OVERLAP = 0.8;
  /** Postings longer than this belong to words too common to tell facts apart. */
  private static final int MAX_POSTINGS = 400;
  /** Candidates a statement is compared with, from its rarest words on. */
  private static final int MAX_CANDIDATES = 60;
  /** Characters around a figure within which a word says what the figure is of. */
  private static final int FACT_REACH = 40;

  private final StatementWords statementWords;

  StatementAlignment(StatementWords statementWords) {
    this.statementWords = statementWords;
  }

  /** At most this many fact groups per corpus: a few per document, the best-supported first. */
  static int maxGroups(int documents) {
    return Math.max(2, documents);
  }

  /**
   * The fact groups of a corpus, strongest first.
   *
   * @param others the clusters the other aligners found: a group whose sentences one of them already holds
   *     together is left out, its fact being reported there (as a figure, a date, a quote)
   */
  ImmutableList<ClusterDraft> drafts(List<Claim> claims, List<ClusterDraft> others) {
    List<Claim> statements = claims.stream().filter(claim -> claim.type() == ClaimType.STATEMENT)
        .filter(claim -> !claim.slot("mood").filter("question"::equals).isPresent()).toList();
    List<StatementWords.Words> words = statementWords.of(statements);
    Map<String, List<Claim>> quotesBySentence = new HashMap<>();
    claims.stream().filter(claim -> claim.type() == ClaimType.QUOTE)
        .forEach(quote -> quotesBySentence.computeIfAbsent(quote.sentenceKey(), key -> new ArrayList<>()).add(quote));
    List<Link> links = links(statements, words, quotesBySentence);
    List<List<Integer>> groups = group(links, statements, words);
    int documents = (int) statements.stream().map(Claim::documentId).distinct().count();
    ImmutableList.Builder<ClusterDraft> drafts = ImmutableList.builder();
    // the other clusters by the sentences they hold, so that each group is checked against the few that hold
    // its first sentence, not against all
    Map<String, List<ClusterDraft>> clustersOfSentence = new HashMap<>();
    Map<ClusterDraft, Set<String>> sentencesOfCluster = new IdentityHashMap<>();
    for (ClusterDraft other : others) {
      Set<String> held = other.claims().stream().map(Claim::sentenceKey).collect(Collectors.toSet());
      sentencesOfCluster.put(other, held);
      held.forEach(sentence -> clustersOfSentence.computeIfAbsent(sentence, key -> new ArrayList<>()).add(other));
    }
    int kept = 0;
    for (List<Integer> group : groups) {
      Set<String> sentences = group.stream().map(i -> statements.get(i).sentenceKey())
          .collect(Collectors.toSet());
      if (clustersOfSentence.getOrDefault(statements.get(group.get(0)).sentenceKey(), List.of()).stream()
          .anyMatch(other -> sentencesOfCluster.get(other).containsAll(sentences)
              && saysTheGroupsFact(other, group, statements, words))) {
        continue;
      }
      if (kept++ >= maxGroups(documents)) {
        break;
      }
      drafts.add(draft(group, statements, words));
    }
    return drafts.build();
  }

  /**
   * Whether another cluster holding a group's sentences reports the group's fact: a quote or an event does;
   * figures do only when one of them stands beside the words the group shares in each sentence ("16:50 GMT a
   * fire broke out in the attic" holds a time, "the chief said it started in the attic" is far from the time
   * the same sentence gives), else the sentences share a second fact and the figures are another.
   */
  private static boolean saysTheGroupsFact(ClusterDraft other, List<Integer> group, List<Claim> statements,
      List<StatementWords.Words> words) {
    if (other.claims().stream().anyMatch(claim -> claim.type() != ClaimType.VALUE
        && claim.type() != ClaimType.QUANTITY)) {
      return true;
    }
    Set<String> factWords = new HashSet<>(words.get(group.get(0)).specific());
    factWords.retainAll(words.get(group.get(1)).specific());
    for (int member : group) {
      Claim statement = statements.get(member);
      StatementWords.Words memberWords = words.get(member);
      boolean beside = other.claims().stream()
          .filter(claim -> claim.sentenceKey().equals(statement.sentenceKey()))
          .anyMatch(figure -> factWords.stream().map(memberWords::offset).flatMap(java.util.Optional::stream)
              .map(offset -> statement.start() + offset)
              .anyMatch(at -> at >= figure.start() - FACT_REACH && at <= figure.end() + FACT_REACH));
      if (!beside) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether all the words two sentences share stand in quotations of two different speakers: "our missing
   * fallen" said by the president in a tweet and by his deputy at a ceremony is one phrase in two mouths, not
   * one fact. Quotations are compared by speaker as quotes; a quotation whose speaker is not known does not
   * tell the sentences apart.
   */
  private static boolean quotedFromOthers(Claim a, StatementWords.Words wordsA, Claim b, StatementWords.Words wordsB,
      Map<String, List<Claim>> quotesBySentence) {
    List<String> content = wordsA.content(wordsA.shared(wordsB), wordsB);
    List<Claim> quotesA = quotingAll(a, wordsA, content, quotesBySentence);
    List<Claim> quotesB = quotingAll(b, wordsB, content, quotesBySentence);
    return !quotesA.isEmpty() && !quotesB.isEmpty() && quotesA.stream()
        .noneMatch(quoteA -> quotesB.stream().anyMatch(quoteB -> maySameSpeaker(quoteA.subject(), quoteB.subject())));
  }

  /** Speakers are told apart only when surely different: "Tesla Chief Executive Elon Musk" may be "Elon Musk". */
  private static boolean maySameSpeaker(String a, String b) {
    String lastA = a.substring(a.lastIndexOf(' ') + 1);
    String lastB = b.substring(b.lastIndexOf(' ') + 1);
    return PersonNames.sameName(a, b) || lastA.equalsIgnoreCase(lastB);
  }

  /** The quotations of a sentence that hold the words, or none when one of the words stands outside them all. */
  private static List<Claim> quotingAll(Claim statement, StatementWords.Words words, List<String> content,
      Map<String, List<Claim>> quotesBySentence) {
    List<Claim> quotes = quotesBySentence.getOrDefault(statement.sentenceKey(), List.of());
    List<Claim> holding = new ArrayList<>();
    for (String word : content) {
      int at = statement.start() + words.offset(word).orElse(-1);
      Claim quote = quotes.stream().filter(q -> q.start() <= at && at < q.end()).findFirst().orElse(null);
      if (quote == null || words.offset(word).isEmpty()) {
        return List.of();
      }
      holding.add(quote);
    }
    return holding;
  }

  /** Two statements judged to state one fact, with how much specific content they share. */
  private record Link(int a, int b, double similarity) {}

  private List<Link> links(List<Claim> statements, List<StatementWords.Words> words,
      Map<String, List<Claim>> quotesBySentence) {
    // the statements of each specific word, by the word's number: counted first, then filled in order
    int wordCount = words.stream().flatMapToInt(w -> Arrays.stream(w.specificIds())).max().orElse(-1) + 1;
    int[][] postings = new int[wordCount][];
    int[] filled = new int[wordCount];
    words.forEach(w -> Arrays.stream(w.specificIds()).forEach(id -> filled[id]++));
    for (int id = 0; id < wordCount; id++) {
      postings[id] = new int[filled[id]];
    }
    Arrays.fill(filled, 0);
    for (int i = 0; i < statements.size(); i++) {
      for (int id : words.get(i).specificIds()) {
        postings[id][filled[id]++] = i;
      }
    }
    // each statement's document by number, so that gathering candidates compares ints, not strings
    Map<String, Integer> documentNumbers = new HashMap<>();
    int[] documentOf = statements.stream()
        .mapToInt(claim -> documentNumbers.computeIfAbsent(claim.documentId(), id -> documentNumbers.size())).toArray();
    // each statement's links alone, in parallel; sorted after, so the order is that of a single thread
    ThreadLocal<int[]> gatheredBy = ThreadLocal.withInitial(() -> new int[statements.size()]);
    List<Link> links = new ArrayList<>(IntStream.range(0, statements.size()).parallel()
        .mapToObj(i -> linksOf(i, statements, documentOf, gatheredBy.get(), words, postings, quotesBySentence))
        .flatMap(List::stream).toList());
    links.sort(Comparator.comparingDouble(Link::similarity).reversed()
        .thenComparingInt(Link::a).thenComparingInt(Link::b));
    return links;
  }

  /**
   * The links of statement {@code i} to the later statements of other documents that share its rarer words:
   * at most {@link #MAX_CANDIDATES} candidates, gathered from its rarest words on.
   */
  private static List<Link> linksOf(int i, List<Claim> statements, int[] documentOf, int[] gatheredBy,
      List<StatementWords.Words> words, int[][] postings, Map<String, List<Claim>> quotesBySentence) {
    StatementWords.Words a = words.get(i);
    int document = documentOf[i];
    // its words' postings, shortest first (a stable sort, as ties keep the words' order)
    int[][] usable = Arrays.stream(a.specificIds()).mapToObj(id -> postings[id])
        .filter(posting -> posting.length <= MAX_POSTINGS).toArray(int[][]::new);
    Arrays.sort(usable, Comparator.comparingInt(posting -> posting.length));
    // plain ints, not a boxed set: every statement of a large corpus gathers up to MAX_CANDIDATES, and
    // gatheredBy (this thread's, one slot per statement) marks those already gathered for statement i
    int[] candidates = new int[MAX_CANDIDATES];
    int count = 0;
    gather:
    for (int[] posting : usable) {
      for (int j : posting) {
        if (j > i && documentOf[j] != document && gatheredBy[j] != i + 1) {
          gatheredBy[j] = i + 1;
          candidates[count++] = j;
          if (count >= MAX_CANDIDATES) {
            break gather;
          }
        }
      }
    }
    List<Link> links = new ArrayList<>();
    for (int c = 0; c < count; c++) {
      int j = candidates[c];
      double similarity = a.similarity(words.get(j), MIN_SHARED_SPECIFIC, MIN_SIMILARITY, COPY_OVERLAP);
      if (similarity >= MIN_SIMILARITY
          && !quotedFromOthers(statements.get(i), a, statements.get(j), words.get(j), quotesBySentence)) {
        links.add(new Link(i, j, similarity));
      }
    }
    return links;
  }

  /**
   * Groups from the strongest link down, each sentence in one group. A sentence joins a group only when it is
   * linked to every member of the other documents, so that "A like B, B like C" does not make A and C one
   * fact: at {@link #JOIN_SIMILARITY} for a new document, at {@link #MIN_SIMILARITY} for a document already
   * in the group (a source saying the fact twice, in its lead and again further down), which must then
   * also share a word of the fact the group grew from: a long sentence telling several facts ("the release
   * of three hostages ... and a parade on Sunday") is like that source's other sentences on any of them.
   * Groups come out strongest first.
   */
  private static List<List<Integer>> group(List<Link> links, List<Claim> statements,
      List<StatementWords.Words> words) {
    Map<Long, Double> similarity = new HashMap<>();
    links.forEach(link -> similarity.put(pairKey(link.a(), link.b()), link.similarity()));
    Map<Integer, List<Integer>> groupOf = new HashMap<>();
    Map<List<Integer>, Set<String>> factWordsOf = new IdentityHashMap<>();
    List<List<Integer>> groups = new ArrayList<>();
    for (Link link : links) {
      List<Integer> groupA = groupOf.get(link.a());
      List<Integer> groupB = groupOf.get(link.b());
      if (groupA == null && groupB == null) {
        List<Integer> group = new ArrayList<>(List.of(link.a(), link.b()));
        groups.add(group);
        groupOf.put(link.a(), group);
        groupOf.put(link.b(), group);
        Set<String> factWords = new HashSet<>(words.get(link.a()).specific());
        factWords.retainAll(words.get(link.b()).specific());
        factWordsOf.put(group, factWords);
      } else if (groupA == null ^ groupB == null) {
        List<Integer> group = groupA == null ? groupB : groupA;
        int joining = groupA == null ? link.a() : link.b();
        String document = statements.get(joining).documentId();
        boolean known = group.stream().anyMatch(member -> statements.get(member).documentId().equals(document));
        double least = known ? MIN_SIMILARITY : JOIN_SIMILARITY;
        Set<String> factWords = factWordsOf.get(group);
        boolean sameFact = !known || factWords.isEmpty()
            || words.get(joining).specific().stream().anyMatch(factWords::contains);
        boolean fits = sameFact && group.stream().filter(member -> !statements.get(member).documentId().equals(document))
            .allMatch(member -> similarity.getOrDefault(pairKey(member, joining), 0.0) >= least);
        if (fits) {
          group.add(joining);
          groupOf.put(joining, group);
        }
      }
    }
    return groups;
  }

  private static long pairKey(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  private ClusterDraft draft(List<Integer> group, List<Claim> statements, List<StatementWords.Words> words) {
    List<Integer> ordered = group.stream()
        .sorted(Comparator.comparing(statements::get, ClaimOrder.COMPARATOR)).toList();
    Set<String> shared = new LinkedHashSet<>(words.get(ordered.get(0)).specific());
    for (int member : ordered) {
      shared.retainAll(words.get(member).specific());
    }
    if (shared.isEmpty()) {
      // linked pair by pair, the group may share no word among all: the pair it grew from names it
      shared.addAll(words.get(group.get(0)).specific());
      shared.retainAll(words.get(group.get(1)).specific());
    }
    String key = statements.get(ordered.get(0)).id();
    ImmutableList<Claim> clusterClaims = ordered.stream().map(statements::get)
        .collect(ImmutableList.toImmutableList());
    ImmutableList<Statement> facetStatements = ordered.stream()
        .map(i -> new Statement(statements.get(i), new FactValue(key, words.get(i).excerpt(shared))))
        .collect(ImmutableList.toImmutableList());
    String label = "fact (" + String.join(", ", words.get(group.get(0)).forms(shared, 4)) + ")";
    return new ClusterDraft("fact", label, clusterClaims,
        ImmutableList.of(new Facet("statement", FacetKind.STATEMENT, facetStatements, false)), false);
  }

  /** One sentence's wording of a fact its group states: the group is one side, shown by each one's words. */
  record FactValue(String key, String excerpt) implements Value {

    @Override
    public String describe() {
      return "\"" + excerpt + "\"";
    }

    @Override
    public Relation relate(Value other) {
      return other instanceof FactValue that && that.key.equals(key) ? Relation.SAME : Relation.UNRELATED;
    }
  }
}
