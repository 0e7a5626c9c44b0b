package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Who investigates: sources that name the same bodies as the investigators of the story ("the FAA and the
 * National Transportation Safety Board would investigate", "under investigation by the FAA and NTSB") agree on
 * it, though their sentences share no word but the story's own ("investigation" is in every crash report) and
 * names. A body is known by its acronym whichever way it is written: "National Transportation Safety Board"
 * is NTSB.
 *
 * <p>Only a list of two bodies or more joined by "and" right before the investigating verb, or right after
 * "investigation by", is read: one body investigating is said of many things in a story ("police are
 * investigating"), two named together single out the inquiry. Sources naming different bodies are not set
 * against each other: several may investigate at once.
 */
final class InvestigatorAlignment {

  /** "the Federal Aviation Administration", "the FAA", "F.B.I.": capitalised words, "of" or "for" between. */
  private static final String NAME = "(?:the\\s+)?[A-Z][\\w.&'’-]*+(?:\\s+(?:of\\s+|for\\s+)?[A-Z][\\w.&'’-]*+)*+";
  private static final String LIST = NAME + "(?:\\s*,\\s*" + NAME + ")*+\\s*,?\\s+and\\s+" + NAME;
  /** Words that may stand between the investigators and their verb: "would", "are now jointly". */
  private static final String AUXILIARIES =
      "(?:(?:would|will|are|is|were|was|have|has|had|be|been|being|now|also|jointly|both|to)\\s+)*+";
  private static final Pattern NAME_PATTERN = Pattern.compile(NAME);
  private static final Pattern ACRONYM = Pattern.compile("[A-Z](?:\\.?[A-Z])+\\.?");
  private static final Set<String> NAME_LINKS = Set.of("of", "for", "the");

  /** The forms of "investigate" as written: a sentence without one names no investigators. */
  private final List<String> verbForms;
  private final Pattern before;
  private final Pattern after;

  /** @param investigateForms the forms of "investigate" (stems: "investigat", "probe", "inquir") */
  InvestigatorAlignment(List<String> investigateForms) {
    this.verbForms = investigateForms.stream().filter(form -> !form.contains(" ")).toList();
    String verb = "(?:" + verbForms.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\w*";
    this.before = Pattern.compile("(" + LIST + ")\\s+" + AUXILIARIES + verb + "\\b");
    this.after = Pattern.compile("\\b" + verb + "\\s+" + AUXILIARIES + "(?:(?:led|conducted|carried\\s+out)\\s+)?by\\s+("
        + LIST + ")");
  }

  /** With the forms of the comparison's word class "investigate" ({@code word-classes.tsv}). */
  static InvestigatorAlignment load() {
    List<String> forms = LexiconFiles.rows("word-classes.tsv", 2).stream()
        .filter(row -> row.get(0).equals("investigate"))
        .flatMap(row -> List.of(row.get(1).split(",")).stream()).map(String::strip).toList();
    return new InvestigatorAlignment(forms);
  }

  /** One group per set of investigators two documents or more name. */
  ImmutableList<ClusterDraft> drafts(List<Claim> claims) {
    List<KeyedFacts.Keyed> facts = new ArrayList<>();
    for (Claim claim : claims) {
      if (claim.type() != ClaimType.STATEMENT || claim.slot("mood").isPresent()) {
        continue; // "did not investigate", "may investigate", a question: no one is said to investigate
      }
      investigators(claim.sentenceText()).ifPresent(listed -> facts.add(new KeyedFacts.Keyed(claim,
          "investigators " + String.join(",", listed.bodies()),
          "investigated by " + String.join(" and ", listed.written()), listed.excerpt())));
    }
    return KeyedFacts.drafts(facts, "investigators");
  }

  /**
   * The bodies a sentence names as investigating, by acronym, the names as written ("the FAA") and the words
   * that name them as investigators.
   */
  record Listed(Set<String> bodies, List<String> written, String excerpt) {}

  Optional<Listed> investigators(String sentence) {
    // both patterns need "and" and a form of the verb: most sentences of a corpus lack one and skip them
    if (!sentence.contains("and") || verbForms.stream().noneMatch(sentence::contains)) {
      return Optional.empty();
    }
    for (Pattern pattern : List.of(before, after)) {
      Matcher matcher = pattern.matcher(sentence);
      if (matcher.find()) {
        Set<String> bodies = new LinkedHashSet<>();
        List<String> written = new ArrayList<>();
        Matcher name = NAME_PATTERN.matcher(matcher.group(1));
        while (name.find()) {
          bodies.add(acronym(name.group()));
          written.add(name.group().replaceFirst("^(?:the|The)\\s+", ""));
        }
        if (bodies.size() >= 2) {
          return Optional.of(new Listed(ImmutableSortedSet.copyOf(bodies), List.copyOf(written),
              matcher.group().strip().replaceFirst("[.,;]$", "")));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * "FAA" for "FAA", "F.A.A." and "Federal Aviation Administration": an acronym as written, else the initials
   * of a name of several words, else the one word itself.
   */
  static String acronym(String name) {
    List<String> words = new ArrayList<>(List.of(name.strip().split("\\s+")));
    words.removeIf(word -> NAME_LINKS.contains(word.toLowerCase(Locale.ROOT)));
    if (words.size() == 1) {
      String word = words.get(0);
      return ACRONYM.matcher(word).matches() ? word.replace(".", "") : word.toLowerCase(Locale.ROOT);
    }
    return words.stream().map(word -> word.substring(0, 1)).collect(Collectors.joining()).toUpperCase(Locale.ROOT);
  }
}
