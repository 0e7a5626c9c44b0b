package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.claim.Claim;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups quotes that share their words: one inside another (sources quote more or less of one sentence),
 * or one speaker's quote worded differently. Candidates come from an inverted index on content words:
 * each quote is checked only against quotes sharing one of its content words, a bounded number per word.
 */
final class QuoteClusters {

  /** Words a claim puts in a source's or speaker's mouth. */
  record QuotedWords(Claim claim, String words, Optional<String> speaker) {

    static QuotedWords ofQuote(Claim quote) {
      return new QuotedWords(quote, quote.object(), quote.attribution().map(a -> a.speaker())
          .or(() -> Optional.of(quote.subject())).map(String::strip).filter(s -> !s.isEmpty()));
    }
  }

  /** A shorter quote must hold this many content words to count as the same words ("complete denuclearization"). */
  private static final int MIN_SHARED_CONTENT_WORDS = 2;
  /** Content-word similarity from which one speaker's two differing quotes are one quote worded two ways. */
  private static final double MIN_SIMILARITY_FOR_VARIANT = 0.6;
  /** Content words from which a quote is distinctive enough to be the same quote months later. */
  private static final int LONG_QUOTE_CONTENT_WORDS = 5;
  private static final int MAX_DAYS_BETWEEN_SHORT_QUOTES = 45;
  /** Quotes sharing a very common word are checked only up to this many: the cost stays linear. */
  private static final int MAX_CANDIDATES_PER_WORD = 200;

  private static final Pattern QUOTED_SPAN = Pattern.compile("[\"“”]([^\"“”]{2,})[\"“”]");

  private final ImmutableSet<String> stopwords;

  QuoteClusters(ImmutableSet<String> stopwords) {
    this.stopwords = stopwords;
  }

  /**
   * @param quoted the words sources quote (quote claims, and multi-word characterisations of events such as
   *     "complete denuclearization"), compared with each other
   * @param allClaims every claim, whose sentences are searched for quoted words another source quotes
   *     ("the start of a meaningful journey" quoted by one outlet, and written out in another's sentence
   *     that the claim stage read as an event)
   */
  ImmutableList<ClusterDraft> drafts(List<QuotedWords> quoted, List<Claim> allClaims) {
    return drafts(quoted, allClaims, Map.of());
  }

  /** @param published the publication day of each document that states one */
  ImmutableList<ClusterDraft> drafts(List<QuotedWords> quoted, List<Claim> allClaims,
      Map<String, LocalDate> published) {
    List<Claim> claims = new ArrayList<>(quoted.stream().map(QuotedWords::claim).toList());
    List<WordingValue> values = new ArrayList<>();
    List<int[]> links = new ArrayList<>();
    // identical wordings (wire copies, a phrase quoted everywhere) are one representative, compared once
    Map<String, Integer> representativeOf = new LinkedHashMap<>();
    for (int i = 0; i < quoted.size(); i++) {
      WordingValue value = new WordingValue(Wording.of(quoted.get(i).words(), stopwords), quoted.get(i).speaker(),
          MIN_SHARED_CONTENT_WORDS, MIN_SIMILARITY_FOR_VARIANT);
      values.add(value);
      Integer representative = representativeOf.putIfAbsent(value.key(), i);
      if (representative != null && value.wording().contentWords().size() >= MIN_SHARED_CONTENT_WORDS
          && !reportedApart(claims.get(representative), claims.get(i), value, value, published)) {
        links.add(new int[] {representative, i});
      }
    }
    List<Integer> representatives = List.copyOf(representativeOf.values());
    Map<String, List<Integer>> quotesWithWord = new HashMap<>();
    for (int i : representatives) {
      for (String word : values.get(i).wording().contentWords()) {
        quotesWithWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
      }
    }
    for (int i : representatives) {
      Set<Integer> candidates = new LinkedHashSet<>();
      for (String word : values.get(i).wording().contentWords()) {
        List<Integer> postings = quotesWithWord.get(word);
        candidates.addAll(postings.subList(0, Math.min(MAX_CANDIDATES_PER_WORD, postings.size())));
      }
      for (int j : candidates) {
        if (j > i && values.get(i).relate(values.get(j)) != Relation.UNRELATED
            && !reportedApart(claims.get(i), claims.get(j), values.get(i), values.get(j), published)) {
          links.add(new int[] {i, j});
        }
      }
    }
    addWidenedWords(claims, values, representatives, quotesWithWord, links);
    addEchoes(claims, values, representatives, links, allClaims);
    DisjointSets groupsOf = new DisjointSets(claims.size());
    for (int[] link : links) {
      groupsOf.union(link[0], link[1]);
    }
    Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < claims.size(); i++) {
      groups.computeIfAbsent(groupsOf.find(i), root -> new ArrayList<>()).add(i);
    }
    ImmutableList.Builder<ClusterDraft> drafts = ImmutableList.builder();
    for (List<Integer> members : groups.values()) {
      if (members.size() < 2) {
        continue;
      }
      ImmutableList<Claim> clusterClaims = members.stream().map(claims::get).distinct()
          .collect(ImmutableList.toImmutableList());
      ImmutableList<Statement> statements = members.stream()
          .map(i -> new Statement(claims.get(i), values.get(i))).collect(ImmutableList.toImmutableList());
      String shortest = members.stream().map(i -> values.get(i).wording().text())
          .min(Comparator.comparingInt(String::length).thenComparing(s -> s)).orElseThrow();
      drafts.add(new ClusterDraft("quote", "quote \"" + shortest.strip() + "\"", clusterClaims,
          ImmutableList.of(new Facet("wording", FacetKind.WORDING, statements, false)), false));
    }
    return drafts.build();
  }

  /**
   * A short phrase ("nice letter") quoted in articles published months apart is two remarks that happen to
   * share words; a long quote repeated months later is still the one quote.
   */
  private static boolean reportedApart(Claim a, Claim b, WordingValue wordingA, WordingValue wordingB,
      Map<String, LocalDate> published) {
    LocalDate dayA = published.get(a.documentId());
    LocalDate dayB = published.get(b.documentId());
    int shorter = Math.min(wordingA.wording().contentWords().size(), wordingB.wording().contentWords().size());
    return dayA != null && dayB != null && shorter < LONG_QUOTE_CONTENT_WORDS
        && Math.abs(dayA.toEpochDay() - dayB.toEpochDay()) > MAX_DAYS_BETWEEN_SHORT_QUOTES;
  }

  /**
   * Links a one-word quote to the same speaker's longer quote that its own sentence writes out around it: one
   * outlet puts only "terrible" in quotation marks in 'the mayor called it a "terrible" fire', another quotes "a
   * terrible fire" whole. One word is too little to be a quote of its own, so the sentence must hold the other's
   * words as one run, and the speakers must be one person.
   */
  private void addWidenedWords(List<Claim> claims, List<WordingValue> values, List<Integer> representatives,
      Map<String, List<Integer>> quotesWithWord, List<int[]> links) {
    for (int i : representatives) {
      WordingValue single = values.get(i);
      if (single.wording().contentWords().size() != 1 || single.speaker().isEmpty()) {
        continue;
      }
      Wording sentence = Wording.of(claims.get(i).sentenceText(), stopwords);
      List<Integer> postings = quotesWithWord.getOrDefault(single.wording().contentWords().iterator().next(),
          List.of());
      for (int j : postings.subList(0, Math.min(MAX_CANDIDATES_PER_WORD, postings.size()))) {
        WordingValue longer = values.get(j);
        if (j != i && longer.wording().contentWords().size() >= MIN_SHARED_CONTENT_WORDS
            && longer.speaker().isPresent() && PersonNames.sameName(single.speaker().get(), longer.speaker().get())
            && !claims.get(i).documentId().equals(claims.get(j).documentId())
            && longer.wording().within(sentence)) {
          // the sentence says the longer words, only one of them between quotation marks: compared as those words
          values.set(i, new WordingValue(longer.wording(), single.speaker(), MIN_SHARED_CONTENT_WORDS,
              MIN_SIMILARITY_FOR_VARIANT));
          links.add(new int[] {i, j});
          break;
        }
      }
    }
  }

  /**
   * Adds, for each quote, the sentences of other documents that hold its words without a quote claim of
   * their own; each such sentence is represented by its first claim. Sentences are found through an
   * inverted index on their content words, from the quote's rarest word.
   */
  private void addEchoes(List<Claim> claims, List<WordingValue> values, List<Integer> representatives,
      List<int[]> links, List<Claim> allClaims) {
    Map<String, Claim> firstClaimOfSentence = new LinkedHashMap<>();
    for (Claim claim : allClaims) {
      firstClaimOfSentence.putIfAbsent(claim.sentenceKey(), claim);
    }
    List<Claim> sentences = new ArrayList<>(firstClaimOfSentence.values());
    // only the words of the quotes looked for are indexed, and of each only how many sentences hold it and the
    // first of them: a quote is looked for from its rarest word, in no more sentences than a word's candidates,
    // so the rest of a corpus's postings would be held for nothing
    Map<String, Posting> sentencesWithWord = new HashMap<>();
    for (int i : representatives) {
      Wording quote = values.get(i).wording();
      if (quote.contentWords().size() >= MIN_SHARED_CONTENT_WORDS) {
        quote.contentWords().forEach(word -> sentencesWithWord.putIfAbsent(word, new Posting()));
      }
    }
    for (int s = 0; s < sentences.size(); s++) {
      for (String word : Wording.contentWords(sentences.get(s).sentenceText(), stopwords)) {
        Posting posting = sentencesWithWord.get(word);
        if (posting != null) {
          posting.add(s);
        }
      }
    }
    Set<String> quotedSentences = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      quotedSentences.add(claims.get(i).sentenceKey());
    }
    for (int i : representatives) {
      Wording quote = values.get(i).wording();
      if (quote.contentWords().size() < MIN_SHARED_CONTENT_WORDS) {
        continue;
      }
      Optional<String> rarest = quote.contentWords().stream()
          .min(Comparator.comparingInt((String word) -> sentencesWithWord.get(word).sentences())
              .thenComparing(word -> word));
      Posting posting = sentencesWithWord.get(rarest.orElseThrow());
      for (int k = 0; k < posting.kept(); k++) {
        Claim holder = sentences.get(posting.sentence(k));
        if (!quotedSentences.contains(holder.sentenceKey())
            && quotedIn(quote, holder.sentenceText())) {
          claims.add(holder);
          values.add(new WordingValue(quote, Optional.empty(), MIN_SHARED_CONTENT_WORDS, MIN_SIMILARITY_FOR_VARIANT));
          links.add(new int[] {i, claims.size() - 1});
        }
      }
    }
  }

  /** How many sentences hold a word, and the numbers of the first {@link #MAX_CANDIDATES_PER_WORD} of them. */
  private static final class Posting {
    private int[] first = new int[4];
    private int sentences;

    void add(int sentence) {
      if (sentences < MAX_CANDIDATES_PER_WORD) {
        if (sentences == first.length) {
          first = Arrays.copyOf(first, Math.min(MAX_CANDIDATES_PER_WORD, first.length * 2));
        }
        first[sentences] = sentence;
      }
      sentences++;
    }

    int sentences() {
      return sentences;
    }

    int kept() {
      return Math.min(sentences, MAX_CANDIDATES_PER_WORD);
    }

    int sentence(int k) {
      return first[k];
    }
  }

  /**
   * True when the sentence puts these words in quotation marks itself: two outlets quoting the same words
   * is a finding, two using a common phrase ("nuclear weapons") is not.
   */
  private boolean quotedIn(Wording quote, String sentence) {
    Matcher quoted = QUOTED_SPAN.matcher(sentence);
    while (quoted.find()) {
      if (quote.within(Wording.of(quoted.group(1), stopwords))) {
        return true;
      }
    }
    return false;
  }

}
