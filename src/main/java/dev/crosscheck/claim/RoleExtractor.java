package dev.crosscheck.claim;

import com.google.common.collect.ImmutableSet;
import dev.crosscheck.entity.EntityKind;
import dev.crosscheck.entity.Mention;
import dev.crosscheck.entity.PhraseMatcher;
import dev.crosscheck.entity.TitleLexicon;
import dev.crosscheck.entity.Token;
import dev.crosscheck.entity.Tokenizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Titles people hold: before the name ("White House spokesperson Sarah Sanders", "US Secretary of State Mike
 * Pompeo") and in an appositive after it ("Ken Gause, a North Korea expert at CNA Corp.,"). The organisation
 * is the name just before the title, or the one after "at"/"of".
 */
final class RoleExtractor {

  /** A title found beside a person's name. */
  record Role(Mention person, String title, Optional<String> organisation, int start, int end) {}

  /** Honorifics are not roles: "Mr." says nothing checkable. */
  private static final ImmutableSet<String> HONORIFICS = ImmutableSet.of("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.");
  private static final ImmutableSet<String> APPOSITIVE_OPENERS = ImmutableSet.of("the", "a", "an");
  private static final int MAX_APPOSITIVE = 20;
  /** Words of a name the gazetteer does not know, read between an article and the title it opens. */
  private static final int MAX_UNKNOWN_NAME = 3;
  private static final ImmutableSet<String> COPULAS = ImmutableSet.of("is", "was", "remains", "became");

  private final TitleLexicon titles;

  RoleExtractor(TitleLexicon titles) {
    this.titles = titles;
  }

  /** Every title given to a person named in the sentence, in text order. */
  List<Role> roles(AnalysedSentence s) {
    List<Role> roles = new ArrayList<>();
    for (Mention person : s.mentions) {
      if (person.kind() != EntityKind.PERSON) {
        continue;
      }
      int at = s.tokenAtOrAfter(person.start());
      prenominal(s, person, at).or(() -> fronted(s, person, at)).ifPresent(roles::add);
      roles.addAll(appositive(s, person));
    }
    return roles;
  }

  private Optional<Role> prenominal(AnalysedSentence s, Mention person, int at) {
    Optional<PhraseMatcher.Match<String>> title = titles.longestEndingAt(s.tokens, at);
    if (title.isEmpty() || HONORIFICS.contains(title.get().value())) {
      return Optional.empty();
    }
    int from = title.get().from();
    String written = s.slice(s.token(from).start(), s.token(title.get().to() - 1).end());
    if (from > 0 && s.isAny(from - 1, "former", "ex", "then", "late")) {
      written = s.token(from - 1).text() + " " + written;
      from--;
    }
    Optional<Mention> organisation = Optional.empty();
    if (from > 0) {
      int before = from - 1;
      if (Tokenizer.isPossessive(s.token(before)) && before > 0) {
        before--;
      }
      organisation = s.mentionEndingAt(s.token(before).end()).filter(m -> m.kind() != EntityKind.PERSON);
    }
    int start = organisation.map(Mention::start).orElse(s.token(from).start());
    return Optional.of(new Role(person, written, organisation.map(Mention::canonical), start, person.end()));
  }

  /**
   * A title set before the name with a comma, the name in apposition: "the Paris fire chief, Jean-Claude Gallet,
   * said". The title must open with an article and the name be closed by a comma or the sentence's end, so that a
   * list ("the mayor, John Smith and the governor") or a clause ending in a title ("he met the mayor, Smith said")
   * gives no role.
   */
  private Optional<Role> fronted(AnalysedSentence s, Mention person, int at) {
    int after = s.tokenAtOrAfter(person.end());
    if (at < 3 || !s.token(at - 1).text().equals(",") || after >= s.size()
        || !s.token(after).text().equals(",") && !s.token(after).text().equals(".")) {
      return Optional.empty();
    }
    Optional<PhraseMatcher.Match<String>> title = titles.longestEndingAt(s.tokens, at - 1);
    if (title.isEmpty() || HONORIFICS.contains(title.get().value())) {
      return Optional.empty();
    }
    int from = title.get().from();
    Optional<Mention> organisation = nameBefore(s, from);
    int opener = organisation.map(org -> s.tokenAtOrAfter(org.start()) - 1).orElse(from - 1);
    // a place or body the gazetteer does not know still stands between the article and the title
    for (int skipped = 0; opener > 0 && skipped < MAX_UNKNOWN_NAME && isCapitalised(s.token(opener).text())
        && !APPOSITIVE_OPENERS.contains(s.token(opener).lower()); skipped++) {
      opener--;
    }
    if (opener < 0 || !APPOSITIVE_OPENERS.contains(s.token(opener).lower())) {
      return Optional.empty();
    }
    String written = s.slice(s.token(from).start(), s.token(title.get().to() - 1).end());
    int start = organisation.map(Mention::start).orElse(s.token(from).start());
    return Optional.of(new Role(person, written, organisation.map(Mention::canonical), start, person.end()));
  }

  private static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  private List<Role> appositive(AnalysedSentence s, Mention person) {
    int comma = s.tokenAtOrAfter(person.end());
    // "Sarah Sanders, the White House press secretary," and "Sarah Sanders is the White House press secretary"
    if (comma >= s.size() - 1 || !s.token(comma).text().equals(",") && !COPULAS.contains(s.token(comma).lower())) {
      return List.of();
    }
    int from = comma + 1;
    int to = from;
    while (to < s.size() && to - from < MAX_APPOSITIVE && !s.token(to).text().equals(",")
        && !s.token(to).text().equals(";")) {
      to++;
    }
    Token opener = s.token(from);
    if (to == s.size() && !s.token(to - 1).text().equals(".") || !APPOSITIVE_OPENERS.contains(opener.lower())) {
      return List.of();
    }
    List<Role> roles = new ArrayList<>();
    int k = from;
    while (k < to && roles.size() < 2) {
      Optional<PhraseMatcher.Match<String>> title = titles.longestAt(s.tokens, k);
      if (title.isEmpty() || title.get().to() > to || HONORIFICS.contains(title.get().value())) {
        k++;
        continue;
      }
      int titleEnd = title.get().to();
      String written = s.slice(s.token(k).start(), s.token(titleEnd - 1).end());
      Optional<Mention> organisation = organisationAfter(s, titleEnd, to)
          .or(() -> nameBefore(s, title.get().from()));
      roles.add(new Role(person, written, organisation.map(Mention::canonical), person.start(),
          s.token(to - 1).end()));
      k = titleEnd;
    }
    return roles;
  }

  /** The name just before a title, as in "the White House press secretary". */
  private static Optional<Mention> nameBefore(AnalysedSentence s, int titleFrom) {
    return titleFrom == 0 ? Optional.empty()
        : s.mentionEndingAt(s.token(titleFrom - 1).end()).filter(m -> m.kind() != EntityKind.PERSON);
  }

  /** "director of the Defense Posture Project", "expert at CNA Corp.": the first name after "at" or "of". */
  private static Optional<Mention> organisationAfter(AnalysedSentence s, int titleEnd, int to) {
    int k = titleEnd;
    if (!(k < to && s.isAny(k, "of", "at"))) {
      k = titleEnd;
      while (k < to && !s.isAny(k, "at")) {
        k++;
      }
      if (k >= to) {
        return Optional.empty();
      }
    }
    int start = s.token(k).end();
    int end = s.token(to - 1).end();
    return s.mentions.stream()
        .filter(m -> m.start() >= start && m.end() <= end && m.kind() != EntityKind.PERSON)
        .findFirst();
  }

  /** The role claims of a sentence. */
  List<ClaimDraft> extract(AnalysedSentence s) {
    List<ClaimDraft> claims = new ArrayList<>();
    for (Role role : roles(s)) {
      Map<String, String> slots = new LinkedHashMap<>();
      slots.put("title", role.title());
      slots.put("organisation", role.organisation().orElse(null));
      slots.put("entities", s.entityNames());
      claims.add(ClaimDraft.of(ClaimType.ROLE, role.start(), role.end(), role.person().canonical(), "hold title",
          TitleLexicon.normalise(role.title()), java.util.Optional.empty(), java.util.Optional.empty(), slots));
    }
    return claims;
  }
}
