package dev.crosscheck.check;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimType;
import dev.crosscheck.claim.TypedValue;
import dev.crosscheck.claim.ValueKind;
import dev.crosscheck.compare.ComparisonResult;
import dev.crosscheck.compare.Finding;
import dev.crosscheck.compare.FindingSide;
import dev.crosscheck.compare.Places;
import dev.crosscheck.compare.Verdict;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.text.Sentence;
import dev.crosscheck.time.TimeExpression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads a comparison in which the user's claim took part as one more source: a finding that agrees with
 * the claim's statement is support, and in a conflict the sides against the claim's side are
 * contradiction. The claim thus goes through every stage a corpus sentence goes through, and is judged by
 * the same rules; {@link SameEventFacts} adds what the candidates state of the claim's own event through
 * mentions the comparison did not join with it.
 *
 * <p>A claim is judged part by part (each statement read from it: a date, a count, an event), as a
 * fact-checker does: one part the corpus states otherwise, and nothing supports, makes the claim
 * contradicted even when its other parts hold ("seven years into his 10-year term": the term is right,
 * the seven is not); sources on both sides of one part make it disputed.
 */
public final class ClaimJudge {

  /** The evidence sentences listed per side; a claim the whole corpus repeats needs no more to be read. */
  static final int MAX_EVIDENCE = 25;

  private static final SameEventFacts SAME_EVENT_FACTS = new SameEventFacts(Places.load());
  private static final SameFigureFacts SAME_FIGURE_FACTS = new SameFigureFacts(ClaimWords.load());
  private static final PredicateWords PREDICATE_WORDS = new PredicateWords(ClaimWords.load(), WordClasses.load());
  private static final RestatingSentences RESTATING_SENTENCES = new RestatingSentences(ClaimWords.load(), WordClasses.load());

  /**
   * One sentence on one side of one part of the claim, with what ranks it.
   *
   * @param direct read against the claim's own fact ({@link SameEventFacts}, {@link SameFigureFacts}): its
   *     value names the facet compared ("'in early July'"), where a finding's may name another ("Pyongyang")
   */
  private record Candidate(Claim claim, Claim part, boolean supports, String value, int sharedFacets,
      boolean direct, int independentSources) {}

  private ClaimJudge() {}

  /**
   * @param claimDocument the id of the document the user's claim was read as
   * @param claims every claim compared, the user's among them
   * @param documents the documents compared, for publication dates
   * @param sentences the sentences of the corpus documents compared, for a claim with nothing typed in it
   * @param times the time expressions of the claim and of the corpus documents compared, for the same
   */
  public static CheckResult judge(String claimText, String claimDocument, List<Claim> claims,
      List<Document> documents, List<Sentence> sentences, List<TimeExpression> times, ComparisonResult comparison) {
    Map<String, Claim> byId = claims.stream().collect(Collectors.toMap(Claim::id, claim -> claim, (a, b) -> a));
    Map<String, Claim> own = claims.stream().filter(claim -> claim.documentId().equals(claimDocument))
        .collect(Collectors.toMap(Claim::id, claim -> claim, (a, b) -> a, LinkedHashMap::new));
    // every sentence of some length is also a statement claim; a claim with nothing else in it is one the
    // claim stage reads nothing typed in, and is checked by the sentences that restate it
    if (own.values().stream().allMatch(claim -> claim.type() == ClaimType.STATEMENT)) {
      return restated(claimText, claimDocument, documents, sentences, times);
    }
    List<Candidate> candidates = new ArrayList<>(fromFindings(comparison, byId, own));
    List<Claim> corpusClaims = claims.stream().filter(claim -> !own.containsKey(claim.id())).toList();
    List<SameEventFacts.Fact> facts = new ArrayList<>(SAME_EVENT_FACTS.facts(claimText, Set.copyOf(own.values()), corpusClaims));
    Map<String, String> documentTexts = documents.stream()
        .collect(Collectors.toMap(Document::id, Document::text, (a, b) -> a));
    facts.addAll(SAME_FIGURE_FACTS.facts(claimText, Set.copyOf(own.values()), corpusClaims, documentTexts));
    for (SameEventFacts.Fact fact : facts) {
      candidates.add(new Candidate(fact.corpusClaim(), fact.userClaim(), fact.supports(), fact.value(),
          sharedFacets(fact.userClaim(), fact.corpusClaim()), true, 1));
    }
    // an ordinal the corpus pins elsewhere ("met for the first time ... in Singapore") makes the mentions
    // of that event class without the ordinal ("the most recent summit in Hanoi") another instance
    for (SameEventFacts.Fact pinned : facts.stream().filter(SameEventFacts.Fact::pinnedByOrdinal).toList()) {
      candidates.removeIf(candidate -> candidate.supports() && candidate.part().equals(pinned.userClaim())
          && candidate.claim().slot("ordinal").isEmpty()
          && candidate.claim().slot("event").equals(pinned.userClaim().slot("event")));
    }
    candidates.removeIf(candidate -> candidate.claim().slot("mood").isPresent()); // "might travel" is no evidence
    // the comparison joins values across sources by their shared wording, which can be the story's ("Musk",
    // "Twitter", "billion"), and a figure's fact is read from the claim's words, which name the parties of
    // the offer as of the sale; against the claim's figure, a source must say it of what the claim says
    // happened ("agreed to sell"), or it is a figure of another act ("offered to buy for $43 billion");
    // an age is of the person named, whatever the sentence says happened ("Bryant, 41, was on board")
    Set<String> happened = PREDICATE_WORDS.happenedIn(claimText);
    candidates.removeIf(candidate -> !candidate.supports() && !happened.isEmpty()
        && TypedValue.of(candidate.part()).filter(value -> value.kind() != ValueKind.AGE).isPresent()
        && PREDICATE_WORDS.predicateOf(candidate.claim().sentenceText()).stream().noneMatch(happened::contains));
    candidates.sort(Comparator.comparingInt(Candidate::sharedFacets).thenComparing(Candidate::direct)
        .thenComparingInt(Candidate::independentSources).reversed());

    Map<String, String> published = documents.stream().filter(document -> document.published().value().isPresent())
        .collect(Collectors.toMap(Document::id, document -> document.published().value().get().toString()));
    // a sentence on both sides of one part (one source stating two values of it) speaks against the claim
    // only if it does not also support it; against one part and for another, it is on both sides
    Set<String> supporting = candidates.stream().filter(Candidate::supports)
        .map(candidate -> candidate.claim().sentenceKey() + "|" + candidate.part().id()).collect(Collectors.toSet());
    candidates.removeIf(candidate -> !candidate.supports()
        && supporting.contains(candidate.claim().sentenceKey() + "|" + candidate.part().id()));
    Map<String, Evidence> support = evidence(candidates, true, published);
    Map<String, Evidence> contradict = evidence(candidates, false, published);
    CheckVerdict verdict = verdict(own.values(), candidates);
    return new CheckResult(claimText, verdict,
        ImmutableList.copyOf(support.values().stream().limit(MAX_EVIDENCE).toList()),
        ImmutableList.copyOf(contradict.values().stream().limit(MAX_EVIDENCE).toList()), Optional.empty());
  }

  /**
   * A claim the claim stage reads nothing typed in is supported by the sentences that restate it, and
   * otherwise has nothing to be checked against.
   */
  private static CheckResult restated(String claimText, String claimDocument, List<Document> documents,
      List<Sentence> sentences, List<TimeExpression> times) {
    Map<String, Document> byId = documents.stream()
        .collect(Collectors.toMap(Document::id, document -> document, (a, b) -> a));
    List<TimeExpression> claimTimes = times.stream().filter(time -> time.documentId().equals(claimDocument)).toList();
    List<Evidence> support = new ArrayList<>();
    List<Evidence> contradict = new ArrayList<>();
    for (RestatingSentences.Restatement restatement
        : RESTATING_SENTENCES.find(claimText, claimTimes, documents, sentences, times)) {
      Sentence sentence = restatement.sentence();
      Optional<String> published = Optional.ofNullable(byId.get(sentence.documentId()))
          .flatMap(document -> document.published().value()).map(Object::toString);
      (restatement.supports() ? support : contradict).add(new Evidence(sentence.documentId(), sentence.index() + 1,
          sentence.start(), sentence.end(), restatement.text(), restatement.value(), published));
    }
    if (support.isEmpty() && contradict.isEmpty()) {
      return new CheckResult(claimText, CheckVerdict.NO_EVIDENCE, ImmutableList.of(), ImmutableList.of(),
          Optional.of("nothing checkable in the claim: no event, figure, date, title or attribution was found in it,"
              + " and no sentence restates it"));
    }
    return new CheckResult(claimText, CheckVerdict.of(!support.isEmpty(), !contradict.isEmpty()),
        ImmutableList.copyOf(support.stream().limit(MAX_EVIDENCE).toList()),
        ImmutableList.copyOf(contradict.stream().limit(MAX_EVIDENCE).toList()), Optional.empty());
  }

  private static List<Candidate> fromFindings(ComparisonResult comparison, Map<String, Claim> byId,
      Map<String, Claim> own) {
    List<Candidate> candidates = new ArrayList<>();
    for (Finding finding : comparison.findings()) {
      List<Claim> parts = finding.claimIds().stream().filter(own::containsKey).map(own::get).toList();
      if (parts.isEmpty()) {
        continue;
      }
      for (FindingSide side : finding.sides()) {
        boolean claimsSide = side.claimIds().stream().anyMatch(own::containsKey);
        boolean supports;
        if (finding.verdict() == Verdict.AGREEMENT || finding.verdict() == Verdict.SINGLE_SOURCE && claimsSide) {
          supports = true;
        } else if (finding.verdict() == Verdict.CONFLICT) {
          supports = claimsSide;
        } else {
          continue;
        }
        for (String id : side.claimIds()) {
          Claim claim = byId.get(id);
          if (claim == null || own.containsKey(id)) {
            continue;
          }
          for (Claim part : parts) {
            candidates.add(new Candidate(claim, part, supports, side.value(), sharedFacets(part, claim), false,
                finding.independentSources()));
          }
        }
      }
    }
    return candidates;
  }

  /**
   * Contradicted when some part has only evidence against it; disputed when some part has both sides;
   * supported when some part has support and none is against.
   */
  private static CheckVerdict verdict(java.util.Collection<Claim> parts, List<Candidate> candidates) {
    boolean anySupport = false;
    boolean anyDisputed = false;
    for (Claim part : parts) {
      boolean supported = candidates.stream().anyMatch(c -> c.part().equals(part) && c.supports());
      boolean contradicted = candidates.stream().anyMatch(c -> c.part().equals(part) && !c.supports());
      if (contradicted && !supported) {
        return CheckVerdict.CONTRADICTED;
      }
      anyDisputed |= contradicted;
      anySupport |= supported;
    }
    return anyDisputed ? CheckVerdict.DISPUTED : CheckVerdict.of(anySupport, false);
  }

  private static Map<String, Evidence> evidence(List<Candidate> candidates, boolean supports,
      Map<String, String> published) {
    Map<String, Evidence> evidence = new LinkedHashMap<>();
    for (Candidate candidate : candidates) {
      if (candidate.supports() != supports) {
        continue;
      }
      Claim claim = candidate.claim();
      evidence.putIfAbsent(claim.sentenceKey(), new Evidence(claim.documentId(), claim.sentence() + 1, claim.start(),
          claim.end(), claim.sentenceText(), candidate.value(), Optional.ofNullable(published.get(claim.documentId()))));
    }
    return evidence;
  }

  /**
   * How many of the facets the user's claim states the evidence states alike (its slots and its time):
   * a sentence naming the same trip, traveller and month outranks one that shares only the word "trip".
   */
  private static int sharedFacets(Claim part, Claim evidence) {
    int shared = (int) part.slots().entrySet().stream()
        .filter(slot -> slot.getValue().equals(evidence.slots().get(slot.getKey()))).count();
    boolean sameTime = part.time().isPresent() && evidence.time().isPresent()
        && part.time().get().value().equals(evidence.time().get().value());
    return shared + (sameTime ? 1 : 0) + (part.subject().equals(evidence.subject()) ? 1 : 0);
  }
}
