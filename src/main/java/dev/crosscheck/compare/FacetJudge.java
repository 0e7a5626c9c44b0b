package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.time.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Judges one facet of a cluster: claims stating equal values form a side; sides that cannot both hold make
 * a conflict; sides that can, stated by at least two independent sources, an agreement.
 */
final class FacetJudge {

  /** A finding before ids are given: its position is that of its cluster and facet. */
  record Draft(Verdict verdict, String topic, ImmutableList<String> claimIds, ImmutableList<FindingSide> sides,
      String explanation, int independentSources) {}

  private static final int MAX_GROUPS = 300;
  /** Statements per group tried when two groups' first statements are unrelated. */
  private static final int MAX_PAIRED = 20;

  private final SourceIndependence independence;
  private final ProspectiveStages stages;

  FacetJudge(SourceIndependence independence, ProspectiveStages stages) {
    this.independence = independence;
    this.stages = stages;
  }

  ImmutableList<Draft> judge(String clusterLabel, Facet facet) {
    String topic = clusterLabel + ": " + facet.name();
    List<List<Statement>> groups = new ArrayList<>(facet.statements().stream()
        .collect(Collectors.groupingBy(statement -> statement.value().key(), LinkedHashMap::new,
            Collectors.toList()))
        .values());
    if (groups.size() > MAX_GROUPS) {
      // values are compared pairwise; past this many distinct values only the most stated are judged
      Set<List<Statement>> largest = Collections.newSetFromMap(new IdentityHashMap<>());
      groups.stream().sorted(Comparator.comparingInt((List<Statement> group) -> group.size()).reversed())
          .limit(MAX_GROUPS).forEach(largest::add);
      groups = new ArrayList<>(groups.stream().filter(largest::contains).toList());
    }
    int n = groups.size();
    Relation[][] relation = new Relation[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        relation[i][j] = relate(groups.get(i), groups.get(j));
        relation[j][i] = relation[i][j];
      }
    }
    ImmutableList.Builder<Draft> drafts = ImmutableList.builder();
    drafts.addAll(conflicts(topic, facet.kind(), groups, relation));
    for (List<Integer> component : agreeingComponents(groups, relation)) {
      List<List<Statement>> sides = component.stream().map(groups::get).toList();
      Set<String> documents = documents(sides);
      int independent = independence.independentSources(documents);
      if (independent >= 2) {
        drafts.add(draft(Verdict.AGREEMENT, topic, sides, agreementExplanation(facet.kind(), sides), independent));
      } else if (documents.size() >= 2
          || (facet.reportSingleSource() && component.size() == n && documents.size() == 1)) {
        drafts.add(draft(Verdict.SINGLE_SOURCE, topic, sides, singleSourceExplanation(facet.kind(), sides), 1));
      }
    }
    return drafts.build();
  }

  /**
   * How two groups of equal values relate: as their first statements do, or, when those are unrelated, as
   * the first pair of statements that is related: a value's context lives in each statement, so "9 people"
   * may be unrelated to one source's "5 people" and say the opposite of another's.
   */
  private static Relation relate(List<Statement> a, List<Statement> b) {
    Relation first = a.get(0).value().relate(b.get(0).value());
    if (first != Relation.UNRELATED) {
      return first;
    }
    for (int i = 0; i < Math.min(a.size(), MAX_PAIRED); i++) {
      for (int j = 0; j < Math.min(b.size(), MAX_PAIRED); j++) {
        Relation relation = a.get(i).value().relate(b.get(j).value());
        if (relation != Relation.UNRELATED) {
          return relation;
        }
      }
    }
    return Relation.UNRELATED;
  }

  /**
   * The conflict among a facet's values and, when statements of an act done left it for a statement of the act
   * to come ("has accepted" beside "is preparing to accept"), the conflict among those statements alone: the
   * figures of the done act are compared with each other.
   */
  private List<Draft> conflicts(String topic, FacetKind kind, List<List<Statement>> groups, Relation[][] relation) {
    List<Statement> laterStages = new ArrayList<>();
    List<Draft> found = new ArrayList<>();
    conflict(topic, kind, groups, relation, laterStages).ifPresent(found::add);
    if (laterStages.size() >= 2) {
      List<List<Statement>> later = new ArrayList<>(laterStages.stream()
          .collect(Collectors.groupingBy(statement -> statement.value().key(), LinkedHashMap::new, Collectors.toList()))
          .values());
      Relation[][] laterRelation = new Relation[later.size()][later.size()];
      for (int i = 0; i < later.size(); i++) {
        for (int j = i + 1; j < later.size(); j++) {
          laterRelation[i][j] = relate(later.get(i), later.get(j));
          laterRelation[j][i] = laterRelation[i][j];
        }
      }
      conflict(topic, kind, later, laterRelation, new ArrayList<>()).ifPresent(found::add);
    }
    return found;
  }

  private Optional<Draft> conflict(String topic, FacetKind kind, List<List<Statement>> groups,
      Relation[][] relation, List<Statement> laterStages) {
    Set<Integer> involved = new TreeSet<>();
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      for (int j = i + 1; j < groups.size(); j++) {
        if (relation[i][j] == Relation.DIFFERENT
            && documents(List.of(groups.get(i), groups.get(j))).size() >= 2) {
          involved.add(i);
          involved.add(j);
          String note = groups.get(i).get(0).value().noteAgainst(groups.get(j).get(0).value());
          if (!note.isEmpty() && !notes.contains(note)) {
            notes.add(note);
          }
        }
      }
    }
    if (involved.isEmpty()) {
      return Optional.empty();
    }
    List<List<Statement>> sides = involved.stream().map(groups::get).toList();
    if (kind == FacetKind.AMOUNT) {
      List<List<Statement>> onOneSide = withoutSourcesOnBothSides(List.copyOf(involved), groups, relation);
      sides = withoutLaterStages(onOneSide);
      Set<Statement> kept = sides.stream().flatMap(List::stream).collect(Collectors.toSet());
      onOneSide.stream().flatMap(List::stream).filter(statement -> !kept.contains(statement)).forEach(laterStages::add);
      if (sides.size() < 2 || documents(sides).size() < 2) {
        return Optional.empty();
      }
    }
    String explanation = describeSides(sides) + ": " + kind.conflictReason() + withNotes(notes, sides) + ".";
    return Optional.of(draft(Verdict.CONFLICT, topic, sides, explanation,
        independence.independentSources(documents(sides))));
  }

  /**
   * A source that gives two of the figures ("five people died, the sheriff first said; nine, he said later")
   * reports a revision, not a side: its statements leave the conflict, which stands if two sources remain.
   */
  private static List<List<Statement>> withoutSourcesOnBothSides(List<Integer> involved,
      List<List<Statement>> groups, Relation[][] relation) {
    Map<String, List<Integer>> groupsOfDocument = new LinkedHashMap<>();
    for (int i : involved) {
      groups.get(i).stream().map(statement -> statement.claim().documentId()).distinct()
          .forEach(document -> groupsOfDocument.computeIfAbsent(document, key -> new ArrayList<>()).add(i));
    }
    Set<String> onBothSides = new HashSet<>();
    groupsOfDocument.forEach((document, its) -> {
      for (int a : its) {
        for (int b : its) {
          if (relation[a][b] == Relation.DIFFERENT && ownStatementsDiffer(document, groups.get(a), groups.get(b))) {
            onBothSides.add(document);
          }
        }
      }
    });
    List<List<Statement>> kept = new ArrayList<>();
    for (int i : involved) {
      List<Statement> left = groups.get(i).stream()
          .filter(statement -> !onBothSides.contains(statement.claim().documentId())).toList();
      if (!left.isEmpty()) {
        kept.add(left);
      }
    }
    return kept;
  }

  /**
   * Whether the document's own statements in two groups may be one fact revised: not when each ties its figure
   * to another day. A source that gives "a 9.1% stake disclosed on April 4" and, of a lawsuit filed on April 12,
   * "a 9.2% stake" has revised nothing, and its first statement still answers another source's figure for
   * April 4; "five dead, the sheriff first said; nine, he said later" is a revision.
   */
  private static boolean ownStatementsDiffer(String document, List<Statement> a, List<Statement> b) {
    for (Statement mine : a) {
      for (Statement theirs : b) {
        if (mine.claim().documentId().equals(document) && theirs.claim().documentId().equals(document)) {
          Optional<LocalDate> mineDay = dayOf(mine.claim());
          Optional<LocalDate> theirDay = dayOf(theirs.claim());
          if (mineDay.isEmpty() || theirDay.isEmpty() || mineDay.equals(theirDay)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The one day a claim is tied to, when its time names exactly one. */
  private static Optional<LocalDate> dayOf(Claim claim) {
    return claim.time().flatMap(TimeExpression::interval)
        .filter(interval -> interval.earliest().equals(interval.latest())).map(interval -> interval.earliest());
  }

  /**
   * "The board is preparing to accept the $43 billion offer" and "it has accepted the offer, valuing the company
   * at $44 billion" are two stages of one act, not rival accounts: the statement of the act done leaves the
   * conflict, whose other sides still answer the statement of the act to come.
   */
  private List<List<Statement>> withoutLaterStages(List<List<Statement>> sides) {
    // few statements say an act is to come: each sentence is read for it once, and only those are compared
    Map<Statement, ProspectiveStages.Reading> readings = new IdentityHashMap<>();
    sides.forEach(side -> side.forEach(statement -> readings.computeIfAbsent(statement,
        read -> stages.read(read.claim()))));
    Map<List<Statement>, List<Statement>> toComeBySide = new IdentityHashMap<>();
    sides.forEach(side -> toComeBySide.put(side,
        side.stream().filter(statement -> readings.get(statement).toCome().isPresent()).toList()));
    List<List<Statement>> kept = new ArrayList<>();
    for (List<Statement> side : sides) {
      List<Statement> toComeElsewhere = sides.stream().filter(other -> other != side)
          .flatMap(other -> toComeBySide.get(other).stream()).toList();
      List<Statement> left = toComeElsewhere.isEmpty() ? side : side.stream()
          .filter(statement -> toComeElsewhere.stream()
              .noneMatch(other -> stages.isDoneStageOf(readings.get(statement), readings.get(other)))).toList();
      if (!left.isEmpty()) {
        kept.add(left);
      }
    }
    return kept;
  }

  /**
   * Groups joined by SAME. A component holding two groups that conflict ("June", "June 10", "June 11") is
   * not one agreement: its groups are then judged one by one.
   */
  private static List<List<Integer>> agreeingComponents(List<List<Statement>> groups, Relation[][] relation) {
    int n = groups.size();
    int[] component = new int[n];
    for (int i = 0; i < n; i++) {
      component[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (relation[i][j] == Relation.SAME) {
          int from = component[j];
          int to = component[i];
          for (int k = 0; k < n; k++) {
            if (component[k] == from) {
              component[k] = to;
            }
          }
        }
      }
    }
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      members.computeIfAbsent(component[i], key -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> components = new ArrayList<>();
    for (List<Integer> group : members.values()) {
      boolean consistent = group.stream().allMatch(i -> group.stream()
          .allMatch(j -> i.equals(j) || relation[i][j] != Relation.DIFFERENT));
      if (consistent) {
        components.add(group);
      } else {
        components.addAll(consistentParts(group, groups, relation));
      }
    }
    return components;
  }

  /**
   * A component whose groups conflict ("9.2%", "9%", "9.1%": 9% fits both) cut into parts that hold
   * together: the most stated value first, each next group joining the first part it agrees with wholly.
   */
  private static List<List<Integer>> consistentParts(List<Integer> component, List<List<Statement>> groups,
      Relation[][] relation) {
    List<Integer> bySize = new ArrayList<>(component);
    bySize.sort(Comparator.comparingInt((Integer i) -> -groups.get(i).size()).thenComparingInt(i -> i));
    List<List<Integer>> parts = new ArrayList<>();
    for (int i : bySize) {
      Optional<List<Integer>> home = parts.stream()
          .filter(part -> part.stream().allMatch(j -> relation[i][j] == Relation.SAME)).findFirst();
      if (home.isPresent()) {
        home.get().add(i);
      } else {
        parts.add(new ArrayList<>(List.of(i)));
      }
    }
    parts.forEach(Collections::sort);
    return parts;
  }

  private Draft draft(Verdict verdict, String topic, List<List<Statement>> sides, String explanation,
      int independentSources) {
    ImmutableList<String> claimIds = sides.stream().flatMap(List::stream).map(Statement::claim)
        .sorted(ClaimOrder.COMPARATOR).map(Claim::id).distinct().collect(ImmutableList.toImmutableList());
    ImmutableList<FindingSide> findingSides = sides.stream()
        .map(side -> new FindingSide(side.get(0).value().describe(),
            side.stream().map(statement -> statement.claim().id()).distinct()
                .collect(ImmutableList.toImmutableList()),
            ImmutableList.copyOf(documents(List.of(side)))))
        .collect(ImmutableList.toImmutableList());
    return new Draft(verdict, topic, claimIds, findingSides, explanation, independentSources);
  }

  private String agreementExplanation(FacetKind kind, List<List<Statement>> sides) {
    // notes compare every distinct value, also within one side: "55 caskets" and "55 cases" are one side
    List<Value> distinct = new ArrayList<>(sides.stream().flatMap(List::stream).map(Statement::value)
        .collect(Collectors.toMap(Value::describe, value -> value, (a, b) -> a, LinkedHashMap::new)).values());
    List<String> notes = new ArrayList<>();
    for (int i = 0; i < distinct.size(); i++) {
      for (int j = i + 1; j < distinct.size(); j++) {
        String note = distinct.get(i).noteAgainst(distinct.get(j));
        if (!note.isEmpty() && !notes.contains(note)) {
          notes.add(note);
        }
      }
    }
    String verdict = sides.size() == 1 ? "they state the same " + kind.label() : kind.agreementReason();
    return describeSides(sides) + ": " + verdict + withNotes(notes, sides) + ".";
  }

  private String singleSourceExplanation(FacetKind kind, List<List<Statement>> sides) {
    return describeSides(sides) + ": no independent source states this " + kind.label()
        + withNotes(List.of(), sides) + ".";
  }

  private String withNotes(List<String> notes, List<List<Statement>> sides) {
    List<String> all = new ArrayList<>(notes);
    all.addAll(independence.copyNotes(documents(sides)));
    return all.isEmpty() ? "" : " (" + String.join("; ", all) + ")";
  }

  /** "003 says 'June 12' (XXXX-06-12); 004 and 005 say 'last month' (2018-06)". */
  private static String describeSides(List<List<Statement>> sides) {
    return sides.stream().map(side -> {
      Set<String> documents = documents(List.of(side));
      return DocumentList.of(documents) + (documents.size() == 1 ? " says " : " say ")
          + describeValues(side);
    }).collect(Collectors.joining("; "));
  }

  /** The value as each document words it, once per distinct wording. */
  private static String describeValues(List<Statement> side) {
    Set<String> descriptions = new LinkedHashSet<>();
    side.forEach(statement -> descriptions.add(statement.value().describe()));
    return descriptions.stream().limit(3).collect(Collectors.joining(" / "));
  }

  private static Set<String> documents(List<List<Statement>> sides) {
    return sides.stream().flatMap(List::stream).map(statement -> statement.claim().documentId())
        .collect(Collectors.toCollection(TreeSet::new));
  }

}
