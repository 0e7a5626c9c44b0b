package dev.crosscheck.claim;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;

/**
 * The people a sentence lists before "and N others": "killed Kobe Bryant, his youngest daughter and nine other
 * people" names two, so nine others make eleven in all; "Bryant and eight others" make nine. Counts of
 * "others" are of no one thing until the listed are added: two sources listing different people say the same
 * total with different numbers of others.
 *
 * <p>A listed member is a segment of the enumeration that ends in a person's name or in a relative
 * ("his daughter", "her husband"); a bare name right after a relative is that relative named ("his
 * 13-year-old daughter, Gianna,") and is not counted twice. The list ends at the first segment that is
 * neither.
 */
final class ListedTally {

  /** The people listed and where the list starts in the document's text. */
  record Listed(int people, int start) {}

  /** "his 13-year-old daughter": the words a relative may carry between its possessive and its noun. */
  private static final int MODIFIERS_BEFORE_RELATIVE = 3;
  private static final ImmutableSet<String> POSSESSIVES = ImmutableSet.of("his", "her", "their", "the", "a");

  private final ImmutableSet<String> kinNouns;

  ListedTally(ImmutableSet<String> kinNouns) {
    this.kinNouns = kinNouns;
  }

  /** The people listed before the count at token {@code number}, when it follows "and" or "and the". */
  Optional<Listed> before(AnalysedSentence s, int number) {
    int and = number - 1;
    if (and >= 0 && s.token(and).is("the")) {
      and--;
    }
    if (and < 1 || !s.token(and).is("and")) {
      return Optional.empty();
    }
    int end = s.token(and - 1).text().equals(",") ? and - 2 : and - 1; // "Kobe Bryant, daughter Gianna, and 7 others"
    int people = 0;
    int start = -1;
    boolean previousWasBareName = false;
    while (end >= 0) {
      int comma = end;
      while (comma >= 0 && !s.isAny(comma, ",", ":", ";", "(", ")")) {
        comma--;
      }
      if (!isMember(s, end)) {
        // "crashed near Calabasas, California, killing Kobe Bryant": a bare name after words that list no one
        // sets off a place or a title, not a person of the list
        if (previousWasBareName) {
          people--;
        }
        break;
      }
      boolean kin = kinNouns.contains(s.token(end).lower());
      // "his 13-year-old daughter, Gianna": the name after a relative is that relative
      if (!(kin && previousWasBareName)) {
        people++;
      }
      int segmentEnd = s.token(end).end();
      previousWasBareName = comma + 1 <= end && s.mentionStartingAt(s.token(comma + 1).start())
          .filter(m -> m.end() == segmentEnd).filter(s::isPersonMention).isPresent();
      start = memberStart(s, comma + 1, end);
      if (comma < 0 || !s.token(comma).text().equals(",")) {
        break;
      }
      end = comma - 1;
    }
    return people == 0 ? Optional.empty() : Optional.of(new Listed(people, start));
  }

  /**
   * Where the member ending at token {@code end} starts: its name, or its relative with the possessive before
   * it. The first segment of a list often carries the clause that leads to it ("A year after the crash that
   * killed Kobe Bryant"); starting the list there would take in the time or amount said before it.
   */
  private int memberStart(AnalysedSentence s, int segmentStart, int end) {
    var name = s.mentionEndingAt(s.token(end).end()).filter(s::isPersonMention);
    if (name.isPresent() && name.get().start() >= s.token(segmentStart).start()) {
      return name.get().start();
    }
    for (int k = end - 1; k >= Math.max(segmentStart, end - MODIFIERS_BEFORE_RELATIVE); k--) {
      if (POSSESSIVES.contains(s.token(k).lower())) {
        return s.token(k).start();
      }
    }
    return s.token(Math.max(segmentStart, end)).start();
  }

  private boolean isMember(AnalysedSentence s, int end) {
    return kinNouns.contains(s.token(end).lower())
        || s.mentionEndingAt(s.token(end).end()).filter(s::isPersonMention).isPresent();
  }
}
