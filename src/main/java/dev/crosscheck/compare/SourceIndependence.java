package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.crosscheck.claim.Claim;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which documents are copies of one wire story: they carry the same agency credit ("(Yonhap)", "WASHINGTON
 * (AP) -") and share a sentence word for word. Copies confirm nothing for each other, so findings count
 * each group of copies as one source.
 */
final class SourceIndependence {

  /** Sentences shorter than this are too common ("Kim wrote.") to show that two texts were copied. */
  private static final int MIN_SHARED_SENTENCE_CHARS = 60;
  /** Long sentences two documents must share, and at least half the smaller one's, to be one reprinted text. */
  private static final int MIN_COPIED_SENTENCES = 3;
  private static final int MAX_DOCUMENTS_SHARING_A_COPIED_SENTENCE = 20;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");

  /** The representative document of each document's group of copies (itself when it has none). */
  private final ImmutableMap<String, String> originalOf;
  private final ImmutableMap<String, String> creditOf;

  private SourceIndependence(ImmutableMap<String, String> originalOf, ImmutableMap<String, String> creditOf) {
    this.originalOf = originalOf;
    this.creditOf = creditOf;
  }

  static SourceIndependence none() {
    return new SourceIndependence(ImmutableMap.of(), ImmutableMap.of());
  }

  /**
   * Groups documents into wire copies. Documents are indexed by their long sentences, so the cost is one
   * pass over the claims' sentences, not a comparison of every pair of documents.
   */
  static SourceIndependence of(Map<String, String> creditOf, List<Claim> claims) {
    Map<String, String> normalised = normalisedSentences(claims);
    Map<String, String> parent = new HashMap<>();
    Map<String, String> firstDocumentWithSentence = new HashMap<>();
    Claim previous = null;
    for (Claim claim : claims) {
      if (ofOneSentence(previous, previous = claim)) {
        continue;
      }
      String agency = creditOf.get(claim.documentId());
      if (agency == null || claim.sentenceText().length() < MIN_SHARED_SENTENCE_CHARS) {
        continue;
      }
      String key = agency + "|" + normalised.get(claim.sentenceText());
      String earlier = firstDocumentWithSentence.putIfAbsent(key, claim.documentId());
      if (earlier != null && !earlier.equals(claim.documentId())) {
        union(parent, earlier, claim.documentId());
      }
    }
    for (String[] pair : nearDuplicates(claims, normalised)) {
      union(parent, pair[0], pair[1]);
    }
    ImmutableMap.Builder<String, String> originalOf = ImmutableMap.builder();
    for (String document : new TreeSet<>(parent.keySet())) {
      originalOf.put(document, find(parent, document));
    }
    return new SourceIndependence(originalOf.buildOrThrow(), ImmutableMap.copyOf(new TreeMap<>(creditOf)));
  }

  /**
   * Each distinct long sentence of the claims in lower case, runs of other characters than letters and digits
   * made one space: normalised once, in parallel, as a sentence carries several claims.
   */
  private static Map<String, String> normalisedSentences(List<Claim> claims) {
    Set<String> sentences = new HashSet<>();
    for (Claim claim : claims) {
      if (claim.sentenceText().length() >= MIN_SHARED_SENTENCE_CHARS) {
        sentences.add(claim.sentenceText());
      }
    }
    return sentences.parallelStream().collect(Collectors.toConcurrentMap(sentence -> sentence,
        sentence -> NON_WORD.matcher(sentence.toLowerCase(Locale.ROOT)).replaceAll(" ")));
  }

  /**
   * Pairs of documents most of whose long sentences are word for word the same, credited or not: a page
   * reprinted by another site (or both by a third) is one source. Sentences are the keys, so each document
   * meets only those it shares a sentence with; a sentence that many documents share (a quoted tweet, a
   * boilerplate line) proves nothing and is left out.
   */
  private static List<String[]> nearDuplicates(List<Claim> claims, Map<String, String> normalised) {
    Map<String, Set<String>> sentencesOf = new TreeMap<>();
    Claim previous = null;
    for (Claim claim : claims) {
      if (!ofOneSentence(previous, previous = claim) && claim.sentenceText().length() >= MIN_SHARED_SENTENCE_CHARS) {
        sentencesOf.computeIfAbsent(claim.documentId(), id -> new HashSet<>())
            .add(normalised.get(claim.sentenceText()).strip());
      }
    }
    // documents by their number in id order, pairs of them as one long: a corpus of wire copies has
    // millions of shared sentences. The pair is first * count + second, not first << 32 | second, whose hash
    // (first ^ second) gives a few thousand values for millions of pairs
    List<String> ids = new ArrayList<>(sentencesOf.keySet());
    Map<String, List<Integer>> documentsOf = new HashMap<>();
    for (int d = 0; d < ids.size(); d++) {
      int document = d;
      sentencesOf.get(ids.get(d)).forEach(sentence ->
          documentsOf.computeIfAbsent(sentence, key -> new ArrayList<>()).add(document));
    }
    Map<Long, Integer> shared = new HashMap<>();
    for (List<Integer> documents : documentsOf.values()) {
      if (documents.size() < 2 || documents.size() > MAX_DOCUMENTS_SHARING_A_COPIED_SENTENCE) {
        continue;
      }
      for (int i = 0; i < documents.size(); i++) {
        for (int j = i + 1; j < documents.size(); j++) {
          // added in id order: the first of a pair is the smaller
          shared.merge((long) documents.get(i) * ids.size() + documents.get(j), 1, Integer::sum);
        }
      }
    }
    List<String[]> pairs = new ArrayList<>();
    shared.keySet().stream().sorted().forEach(pair -> {
      String[] documents = {ids.get((int) (pair / ids.size())), ids.get((int) (pair % ids.size()))};
      int smaller = Math.min(sentencesOf.get(documents[0]).size(), sentencesOf.get(documents[1]).size());
      if (shared.get(pair) >= MIN_COPIED_SENTENCES && shared.get(pair) * 2 >= smaller) {
        pairs.add(documents);
      }
    });
    return pairs;
  }

  /**
   * Whether a claim stands in the same sentence as the claim before it, in the same document: claims come in
   * document order, so the claims of one sentence stand together, and a sentence read for its first claim need
   * not be read again for the next.
   */
  private static boolean ofOneSentence(Claim previous, Claim claim) {
    return previous != null && previous.documentId().equals(claim.documentId())
        && previous.sentenceText().equals(claim.sentenceText());
  }

  /** How many independent sources the documents amount to. */
  int independentSources(Collection<String> documentIds) {
    return (int) documentIds.stream().map(this::original).distinct().count();
  }

  /** The groups of copies among these documents, e.g. "01 and 02 (AP)", for explanations. */
  ImmutableList<String> copyNotes(Collection<String> documentIds) {
    Map<String, TreeSet<String>> byOriginal = documentIds.stream().distinct()
        .collect(Collectors.groupingBy(this::original, TreeMap::new, Collectors.toCollection(TreeSet::new)));
    return byOriginal.entrySet().stream()
        .filter(group -> group.getValue().size() > 1)
        .map(group -> DocumentList.of(group.getValue()) + " are copies of one "
            + (creditOf.containsKey(group.getKey()) ? creditOf.get(group.getKey()) + " story" : "text")
            + ", counted once")
        .collect(ImmutableList.toImmutableList());
  }

  private String original(String documentId) {
    return originalOf.getOrDefault(documentId, documentId);
  }

  static Pattern creditPattern(ImmutableList<String> agencies) {
    String names = agencies.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    // "(AP)", "(Yonhap)", "WASHINGTON (AP) -", "— Reuters" at the end of a line
    return Pattern.compile("\\((" + names + ")\\)|[-—–]\\s*(" + names + ")\\s*$", Pattern.MULTILINE);
  }

  static Optional<String> agencyCredit(String text, Pattern credit) {
    Matcher matcher = credit.matcher(text);
    if (!matcher.find()) {
      return Optional.empty();
    }
    return Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String rootA = find(parent, a);
    String rootB = find(parent, b);
    if (!rootA.equals(rootB)) {
      // the smaller id becomes the representative, so the grouping does not depend on input order
      if (rootA.compareTo(rootB) < 0) {
        parent.put(rootB, rootA);
      } else {
        parent.put(rootA, rootB);
      }
    }
  }

  private static String find(Map<String, String> parent, String document) {
    parent.putIfAbsent(document, document);
    String root = document;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    return root;
  }
}
