package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimType;
import dev.crosscheck.claim.TypedValue;
import dev.crosscheck.claim.ValueKind;
import dev.crosscheck.time.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the statements of different sources that give a value for the same thing, whatever the story: a
 * deal's price, a death toll, the minute of take-off. Statements are aligned by the words around their
 * values ({@link StatementContexts}); candidates are found through an inverted index of those words, so
 * each statement meets only the few that share its rarer words and the cost grows linearly.
 *
 * <p>A pair is linked when its values can both hold and the contexts are similar, or when the values
 * cannot both hold but the contexts are very similar and the counted things are the same: a stricter bar,
 * because two different numbers in look-alike sentences are usually two different facts. Ages are linked
 * by the person they are of. Linked statements form one cluster, judged by {@link FacetJudge}.
 */
final class ValueAlignment {

  /**
   * Least similarity for two compatible values to be one fact stated twice, by the significant digits of the
   * less specific one: a one-digit value ("nine", "5%", "€100m") needs shared words around it; "$46.5 billion"
   * in two articles on one story is one fact as soon as they share a word.
   */
  private static final double[] AGREE_SIMILARITY = {0.14, 0.02, 0.0};
  /**
   * Least similarity for two dates of one day to be one fact, and for a month or a year (the same span). A day
   * holds many facts of a story: "wreckage hauled away today for closer examination" and "on Tuesday a closer
   * examination of the victims" share a phrase and a day, and are two things done.
   */
  private static final double DATE_AGREE_SIMILARITY = 0.15;
  private static final double COARSE_DATE_SIMILARITY = 0.18;
  /** Characters around a date whose words say what it dates. */
  private static final int DATE_REACH = 40;
  /** What counting the same class of thing adds to the similarity of two counts' contexts. */
  private static final double SAME_NOUN_BONUS = 0.1;
  private static final double DATE_CONFLICT_SIMILARITY = 0.45;
  /** Least similarity for two incompatible values to be one fact stated two ways. */
  static final double CONFLICT_SIMILARITY = 0.22;
  /**
   * The same for lengths of time, which name no thing counted ("three years into his term", "six years in
   * office" of another man): the sentences must say much more alike.
   */
  static final double DURATION_CONFLICT_SIMILARITY = 0.4;
  /** Postings longer than this belong to words too common to tell facts apart. */
  private static final int MAX_POSTINGS = 400;
  /** Candidates a statement is compared with, from its rarest words on. */
  private static final int MAX_CANDIDATES = 40;

  private final StatementContexts contexts;
  private final NounClasses nounClasses;
  private final OnceOnlyHappenings onceOnlyHappenings;

  ValueAlignment(StatementContexts contexts, NounClasses nounClasses) {
    this.contexts = contexts;
    this.nounClasses = nounClasses;
    this.onceOnlyHappenings = OnceOnlyHappenings.load(contexts);
  }

  /**
   * The value statements of a corpus (typed values and counts), aligned into clusters.
   *
   * @param localClocks the clocks in a place's own time, converted to UTC when the corpus's days allow
   */
  ImmutableList<ClusterDraft> drafts(List<Claim> claims, LocalClocks localClocks) {
    List<Claim> valued = new ArrayList<>();
    List<TypedValue> values = new ArrayList<>();
    for (Claim claim : claims) {
      if (claim.type() != ClaimType.VALUE && claim.type() != ClaimType.QUANTITY) {
        continue;
      }
      Optional<TypedValue> value = TypedValue.of(claim).map(localClocks::inUtc);
      if (value.isPresent()) {
        valued.add(claim);
        values.add(value.get());
      }
    }
    Map<String, StatementContext> contextById = contexts.of(valued);
    DatedInstances instances = new DatedInstances(claims);
    Map<String, Set<String>> wordsNearDate = new HashMap<>();
    for (Claim claim : valued) {
      if (claim.slot("kind").filter(kind -> kind.equals(ValueKind.DATE.jsonName())).isPresent()) {
        wordsNearDate.put(claim.id(), contexts.wordsNear(claim, DATE_REACH));
      }
    }
    Map<String, OnceOnlyHappenings.Timed> happenings = onceOnlyHappenings.of(valued, values);
    List<AmountValue> amounts = new ArrayList<>();
    for (int i = 0; i < valued.size(); i++) {
      amounts.add(AmountValue.of(valued.get(i), values.get(i), nounClasses, contextById.get(valued.get(i).id()),
          values.get(i).kind() == ValueKind.DURATION ? DURATION_CONFLICT_SIMILARITY : CONFLICT_SIMILARITY,
          Optional.ofNullable(happenings.get(valued.get(i).id()))));
    }
    DisjointSets sameFact = new DisjointSets(valued.size());
    Candidates candidates = new Candidates(valued);
    Map<String, List<Integer>> buckets = new LinkedHashMap<>();
    for (int i = 0; i < valued.size(); i++) {
      buckets.computeIfAbsent(bucket(valued.get(i), values.get(i)), key -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<String, List<Integer>> bucket : buckets.entrySet()) {
      if (bucket.getKey().startsWith(ValueKind.AGE.name())) {
        linkAll(bucket.getValue(), sameFact);
      } else {
        linkSimilar(bucket.getValue(), valued, amounts, sameFact, wordsNearDate, instances, candidates);
      }
    }
    Map<Integer, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < valued.size(); i++) {
      groups.computeIfAbsent(sameFact.find(i), root -> new ArrayList<>()).add(i);
    }
    ImmutableList.Builder<ClusterDraft> drafts = ImmutableList.builder();
    for (List<Integer> members : groups.values()) {
      if (members.stream().map(i -> valued.get(i).documentId()).distinct().count() < 2) {
        continue;
      }
      ImmutableList<Claim> clusterClaims = members.stream().map(valued::get).collect(ImmutableList.toImmutableList());
      ImmutableList<Statement> statements = members.stream()
          .map(i -> new Statement(valued.get(i), amounts.get(i))).collect(ImmutableList.toImmutableList());
      drafts.add(new ClusterDraft("value", label(clusterClaims, values.get(members.get(0))), clusterClaims,
          ImmutableList.of(new Facet(values.get(members.get(0)).kind().jsonName(), FacetKind.AMOUNT, statements, false)),
          false));
    }
    return drafts.build();
  }

  /** Values are compared only within a kind and unit; ages also only for one person. */
  private static String bucket(Claim claim, TypedValue value) {
    return value.kind() == ValueKind.AGE ? ValueKind.AGE + "|" + claim.subject() : value.kind() + "|" + value.unit();
  }

  private static void linkAll(List<Integer> members, DisjointSets sameFact) {
    for (int k = 1; k < members.size(); k++) {
      sameFact.union(members.get(0), members.get(k));
    }
  }

  /** Links each statement to the statements of other documents that share its words, through postings. */
  private static void linkSimilar(List<Integer> members, List<Claim> claims, List<AmountValue> amounts,
      DisjointSets sameFact, Map<String, Set<String>> wordsNearDate, DatedInstances instances,
      Candidates candidates) {
    Map<String, List<Integer>> postings = new HashMap<>();
    Map<String, List<Integer>> membersOfDocument = new HashMap<>();
    // one sentence stating one value word for word in several documents (wire copies, reprints) is one
    // statement: its copies are joined at once and only the first is compared with the rest
    Map<SentenceValue, Integer> firstOfStatement = new HashMap<>();
    List<Integer> representatives = new ArrayList<>();
    for (int i : members) {
      membersOfDocument.computeIfAbsent(claims.get(i).documentId(), key -> new ArrayList<>()).add(i);
      Integer first = firstOfStatement.putIfAbsent(new SentenceValue(claims.get(i).sentenceText(), amounts.get(i).key()), i);
      if (first != null) {
        sameFact.union(first, i);
        continue;
      }
      representatives.add(i);
      for (String word : blockingKeys(amounts.get(i))) {
        postings.computeIfAbsent(word, key -> new ArrayList<>()).add(i);
      }
    }
    // the values each sentence gives, per group: "about $3 billion in cash after spending $2.6 billion" gives two
    // figures of two things, so no group may hold both as one value ("first said 6, then 11" may: a revision)
    Map<Integer, Map<String, List<AmountValue>>> valuesBySentence = new HashMap<>();
    for (int i : members) {
      valuesBySentence.computeIfAbsent(sameFact.find(i), root -> new HashMap<>())
          .computeIfAbsent(claims.get(i).sentenceKey(), key -> new ArrayList<>()).add(amounts.get(i));
    }
    List<Link> links = new ArrayList<>();
    for (int i : representatives) {
      AmountValue a = amounts.get(i);
      // the rarest words first, and a bounded number of candidates: each statement costs the same however
      // large the corpus (a search engine's blocking, done on the words' postings)
      List<List<Integer>> usable = blockingKeys(a).stream().map(postings::get)
          .filter(posting -> posting.size() <= MAX_POSTINGS)
          .sorted(Comparator.comparingInt(List::size)).toList();
      candidates.start(i);
      gather:
      for (List<Integer> posting : usable) {
        for (int j : posting) {
          if (j > i && candidates.add(j) && candidates.size() >= MAX_CANDIDATES) {
            break gather;
          }
        }
      }
      for (int c = 0; c < candidates.size(); c++) {
        int j = candidates.get(c);
        boolean compatible = a.value().compatibleWith(amounts.get(j).value()) || a.boundAtSameNumber(amounts.get(j));
        if (linked(a, amounts.get(j)) && sameDatedWords(claims.get(i), claims.get(j), wordsNearDate)
            && (compatible || !datedApart(claims.get(i), claims.get(j))
                && !eitherStatesBoth(i, j, claims, amounts, membersOfDocument)
                && !ofAnotherInstance(claims.get(i), claims.get(j), instances))) {
          links.add(new Link(i, j, a.context().similarity(amounts.get(j).context())));
        }
      }
    }
    // the most alike pairs first: when both figures of one sentence fit a statement, the closer wording takes it
    links.sort(Comparator.comparingDouble(Link::similarity).reversed()
        .thenComparingInt(Link::from).thenComparingInt(Link::to));
    for (Link link : links) {
      int rootI = sameFact.find(link.from());
      int rootJ = sameFact.find(link.to());
      if (rootI == rootJ || twoFiguresOfOneSentence(valuesBySentence.get(rootI), valuesBySentence.get(rootJ))) {
        continue;
      }
      Map<String, List<AmountValue>> ofI = valuesBySentence.remove(rootI);
      Map<String, List<AmountValue>> ofJ = valuesBySentence.remove(rootJ);
      sameFact.union(rootI, rootJ);
      // the smaller group's sentences into the larger's, so a group that grows link by link is not copied each
      // time; only whether a sentence gives two figures is asked of them, in whatever order they stand
      Map<String, List<AmountValue>> larger = ofI.size() >= ofJ.size() ? ofI : ofJ;
      Map<String, List<AmountValue>> smaller = larger == ofI ? ofJ : ofI;
      smaller.forEach((sentence, values) -> larger.computeIfAbsent(sentence, key -> new ArrayList<>()).addAll(values));
      valuesBySentence.put(sameFact.find(rootI), larger);
    }
  }

  /**
   * The statements of other documents one statement is compared with, in the order they were found, gathered
   * from many postings: documents by number and a mark per statement, reused from one statement to the next,
   * not a set of boxed numbers and a comparison of document ids for every posting read.
   */
  private static final class Candidates {
    private final int[] documentOf;
    private final int[] markedFor;
    private final int[] found = new int[MAX_CANDIDATES];
    private int count;
    private int statement;

    Candidates(List<Claim> claims) {
      Map<String, Integer> numbers = new HashMap<>();
      documentOf = new int[claims.size()];
      markedFor = new int[claims.size()];
      for (int i = 0; i < claims.size(); i++) {
        documentOf[i] = numbers.computeIfAbsent(claims.get(i).documentId(), id -> numbers.size());
        markedFor[i] = -1;
      }
    }

    /** Starts gathering the candidates of statement {@code i}. */
    void start(int i) {
      statement = i;
      count = 0;
    }

    /** Adds a statement of another document not yet found; true when it was added. */
    boolean add(int j) {
      if (documentOf[j] == documentOf[statement] || markedFor[j] == statement) {
        return false;
      }
      markedFor[j] = statement;
      found[count++] = j;
      return true;
    }

    int size() {
      return count;
    }

    int get(int c) {
      return found[c];
    }
  }

  /** A sentence as written and a value it gives: a pair, not the two joined, which would copy every sentence. */
  private record SentenceValue(String sentence, String valueKey) {}

  /** Two statements of different documents that may give one fact, and how alike their contexts are. */
  private record Link(int from, int to, double similarity) {}

  /**
   * Whether joining two groups would make one sentence give two different figures that could pass for one value
   * ("about $3 billion" and "$2.6 billion"); figures that cannot ("6 people", "11 people") may meet: a source
   * giving both reports a revision, which the judge sees.
   */
  private static boolean twoFiguresOfOneSentence(Map<String, List<AmountValue>> a, Map<String, List<AmountValue>> b) {
    for (Map.Entry<String, List<AmountValue>> entry : a.entrySet()) {
      for (AmountValue mine : entry.getValue()) {
        for (AmountValue theirs : b.getOrDefault(entry.getKey(), List.of())) {
          if (!mine.key().equals(theirs.key())
              && (mine.value().compatibleWith(theirs.value()) || mine.boundAtSameNumber(theirs))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether two statements give a value for one fact. Compatible values need less shared context the more
   * specific they are: "$54.20" or "$46.5 billion" in two articles on one story are rarely a coincidence,
   * "nine" or "5%" often are. Incompatible values need much shared context, the same counted thing, and
   * values of one order of magnitude (or the same digits at another scale: "$44 million" for "$44 billion").
   */
  private static boolean linked(AmountValue a, AmountValue b) {
    double similarity = a.context().similarity(b.context()) + (sameCountedThing(a, b) ? SAME_NOUN_BONUS : 0);
    boolean compatible = a.value().compatibleWith(b.value()) || a.boundAtSameNumber(b);
    if (a.value().kind() == ValueKind.DATE) {
      // a day named in two articles is shared by many facts of one story: dates need their words shared
      boolean oneDay = a.value().high() - a.value().low() <= 1 && b.value().high() - b.value().low() <= 1;
      // a month or a year ("earlier this month", "in 2022") holds many facts of a story: only the same span,
      // said in closely alike words, is one fact
      boolean sameSpan = a.value().low() == b.value().low() && a.value().high() == b.value().high();
      if (!compatible) {
        return similarity >= DATE_CONFLICT_SIMILARITY;
      }
      return oneDay ? similarity >= DATE_AGREE_SIMILARITY : sameSpan && similarity >= COARSE_DATE_SIMILARITY;
    }
    if (compatible) {
      // "up to $2.9 billion" or "about $3 billion" holds "$2.64 billion" without pinning it down: a bound or an
      // approximation is as vague as a one-digit figure, unless both sources write the same number
      boolean vague = !a.value().qualifier().isEmpty() || !b.value().qualifier().isEmpty();
      int digits = vague && !a.sameNumberAs(b) ? 1 : Math.min(a.significantDigits(), b.significantDigits());
      return similarity > 0 && similarity >= AGREE_SIMILARITY[Math.min(digits, AGREE_SIMILARITY.length) - 1];
    }
    // the times of one once-only happening of one thing need no more shared wording
    return similarity >= a.leastConflictSimilarity(b) && a.countsSameThing(b) && a.closeTo(b) || a.datesSameHappening(b);
  }

  /** The context words of a statement, and the class of what it counts: "55 caskets" meets "55 cases". */
  private static List<String> blockingKeys(AmountValue amount) {
    List<String> keys = new ArrayList<>(amount.context().words());
    String noun = amount.value().noun();
    if (!noun.isEmpty()) {
      keys.add("#" + amount.nounClass().name());
      // the last letters, so that "firefighters" meets "fighters"
      keys.add("#~" + noun.substring(Math.max(0, noun.length() - 5)));
    }
    return keys;
  }

  /** Counts of one class of thing ("55 caskets", "55 cases") say more than their sentences' other words. */
  private static boolean sameCountedThing(AmountValue a, AmountValue b) {
    // modifiers aside: "three separate occasions" and "three occasions" count one thing as far as agreeing goes
    return !a.value().noun().isEmpty() && (a.nounClass().name().equals(b.nounClass().name())
        || AmountValue.oneHeadsTheOther(a.value().noun(), b.value().noun()));
  }

  /**
   * Two dates are of one fact only when the words next to them share one: "fired Comey on Tuesday" and "was
   * fired Tuesday afternoon" do, "Pompeo confirmed on Sunday" and "state media said Sunday" do not, though
   * both name the story's Sunday.
   */
  private static boolean sameDatedWords(Claim a, Claim b, Map<String, Set<String>> wordsNearDate) {
    Set<String> nearA = wordsNearDate.get(a.id());
    Set<String> nearB = wordsNearDate.get(b.id());
    return nearA == null || nearB == null || nearA.stream().anyMatch(nearB::contains);
  }

  /** Values said of days that cannot be the same ("on Monday" and "on Thursday") are of different moments. */
  private static boolean datedApart(Claim a, Claim b) {
    if (a.time().isEmpty() || b.time().isEmpty()) {
      return false;
    }
    TimeRelation relation = Dating.of(a.time().get()).relate(Dating.of(b.time().get()), 0, 0);
    return relation == TimeRelation.APART || relation == TimeRelation.CLOSE_BUT_DISJOINT;
  }

  /**
   * Whether one figure is tied to one of several dated instances its source tells of ("Tuesday's filing",
   * beside Monday's) and the other names no day: the undated figure may be of another instance.
   */
  private static boolean ofAnotherInstance(Claim a, Claim b, DatedInstances instances) {
    return instances.oneOfSeveral(a) && b.time().isEmpty() || instances.oneOfSeveral(b) && a.time().isEmpty();
  }

  /**
   * Whether one of the two documents itself gives a value compatible with the other's for the same thing:
   * then the two values are of two things ("a 54% premium over January's price and a 38% premium over
   * April's"), since a source does not contradict itself within one story. Two figures both tied to one day
   * ("a 9.1% stake disclosed on April 4", "disclosed on April 4 a 9.2% stake") are of that day's fact whatever
   * else their sources say on other days or on none: only a figure of the same day counts then.
   */
  private static boolean eitherStatesBoth(int i, int j, List<Claim> claims, List<AmountValue> amounts,
      Map<String, List<Integer>> membersOfDocument) {
    List<Integer> ofTheTwo = new ArrayList<>(membersOfDocument.getOrDefault(claims.get(i).documentId(), List.of()));
    ofTheTwo.addAll(membersOfDocument.getOrDefault(claims.get(j).documentId(), List.of()));
    Optional<LocalDate> sharedDay = dayOf(claims.get(i)).filter(day -> dayOf(claims.get(j)).equals(Optional.of(day)));
    for (int k : ofTheTwo) {
      if (sharedDay.isPresent() && !dayOf(claims.get(k)).equals(sharedDay)) {
        continue;
      }
      String document = claims.get(k).documentId();
      boolean sameDocumentAsI = document.equals(claims.get(i).documentId());
      boolean sameDocumentAsJ = document.equals(claims.get(j).documentId());
      if (sameDocumentAsI && amounts.get(k).countsSameThing(amounts.get(j)) && amounts.get(k).value().compatibleWith(amounts.get(j).value())
          || sameDocumentAsJ && amounts.get(k).countsSameThing(amounts.get(i)) && amounts.get(k).value().compatibleWith(amounts.get(i).value())) {
        return true;
      }
    }
    return false;
  }

  /** The one day a claim is tied to, when its time names exactly one. */
  private static Optional<LocalDate> dayOf(Claim claim) {
    return claim.time().flatMap(TimeExpression::interval)
        .filter(interval -> interval.earliest().equals(interval.latest())).map(interval -> interval.earliest());
  }

  /** "money of the deal": the kind, and the counted noun when there is one. */
  private static String label(List<Claim> claims, TypedValue first) {
    String noun = claims.stream().map(claim -> claim.slot("noun").orElse("")).filter(word -> !word.isEmpty())
        .findFirst().orElse("");
    String kind = switch (first.kind()) {
      case COUNT -> "number of " + (noun.isEmpty() ? "things" : noun);
      case MONEY -> "amount" + (noun.isEmpty() ? "" : " " + noun);
      case PERCENT -> "per cent" + (noun.isEmpty() ? "" : " (" + noun + ")");
      case MEASURE -> "measure" + (noun.isEmpty() ? "" : " (" + noun + ")");
      case CLOCK -> "time of day";
      case DURATION -> "duration";
      case AGE -> "age of " + claims.get(0).subject();
      case DATE -> "date";
    };
    return kind;
  }

}
