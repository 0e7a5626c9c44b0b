package dev.crosscheck.compare;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.claim.Claim;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The content words of what a claim reports, without stopwords and without the names in its sentence:
 * two statements about Trump and Kim share those names whatever they say, so names prove nothing.
 */
final class ContentWords {

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
  private static final Splitter SPACES = Splitter.on(' ').omitEmptyStrings();
  private static final Splitter LIST = Splitter.on(';').trimResults().omitEmptyStrings();

  private final ImmutableSet<String> stopwords;

  ContentWords(ImmutableSet<String> stopwords) {
    this.stopwords = stopwords;
  }

  ImmutableSet<String> of(Claim claim, String text) {
    Set<String> names = new HashSet<>();
    claim.slot("entities").ifPresent(list -> LIST.split(list).forEach(name -> names.addAll(PersonNames.tokens(name))));
    names.addAll(PersonNames.tokens(claim.subject()));
    return SPACES.splitToStream(NON_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" "))
        .filter(word -> word.length() > 1 && !stopwords.contains(word) && !names.contains(word))
        .map(ContentWords::stem)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** Overlap coefficient: shared words over the smaller set; 0 when either is empty. */
  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> smaller = a.size() <= b.size() ? a : b;
    Set<String> larger = smaller == a ? b : a;
    return (double) smaller.stream().filter(larger::contains).count() / smaller.size();
  }

  /** A crude suffix stripper: enough to match "received" with "receiving", "letters" with "letter". */
  private static String stem(String word) {
    for (String suffix : new String[] {"ing", "ed", "es", "s"}) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return word;
  }
}
