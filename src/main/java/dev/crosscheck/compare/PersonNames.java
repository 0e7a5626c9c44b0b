package dev.crosscheck.compare;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Decides whether two canonical names may name one person or body. The claim stage already merges the
 * forms one corpus uses; this is the safety net for what it leaves apart ("Sarah Huckabee Sanders" and
 * "Sarah Sanders", "Kim Jong-un" and "Kim Jong Un", "Trump" and "Donald J. Trump").
 */
final class PersonNames {

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
  private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
  private static final Splitter SPACES = Splitter.on(' ').omitEmptyStrings();
  /** Initials and honorifics that do not tell two people apart. */
  private static final ImmutableSet<String> IGNORED =
      ImmutableSet.of("mr", "mrs", "ms", "dr", "jr", "sr", "the");

  private PersonNames() {}

  /** Names recur across a corpus; their tokens are computed once. */
  private static final Map<String, ImmutableList<String>> TOKENS = new ConcurrentHashMap<>();

  /** The name's word tokens, lower case, without accents, hyphens, initials or honorifics. */
  static ImmutableList<String> tokens(String name) {
    return TOKENS.computeIfAbsent(name, PersonNames::computeTokens);
  }

  private static ImmutableList<String> computeTokens(String name) {
    String plain = DIACRITICS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    return SPACES.splitToStream(NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" "))
        .filter(token -> token.length() > 1 && !IGNORED.contains(token))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * True when the names may be one person: equal tokens; one name a single token of the other ("Trump");
   * or the same first and last tokens with a middle name added ("Sarah Huckabee Sanders").
   */
  static boolean sameName(String a, String b) {
    ImmutableList<String> left = tokens(a);
    ImmutableList<String> right = tokens(b);
    if (left.isEmpty() || right.isEmpty()) {
      return false;
    }
    if (left.equals(right)) {
      return true;
    }
    if (left.size() == 1 || right.size() == 1) {
      ImmutableList<String> single = left.size() == 1 ? left : right;
      ImmutableList<String> other = left.size() == 1 ? right : left;
      // a lone surname matches the first or last token: "Trump", and surname-first "Kim" of "Kim Jong Un"
      return other.get(0).equals(single.get(0)) || other.get(other.size() - 1).equals(single.get(0));
    }
    return left.get(0).equals(right.get(0))
        && left.get(left.size() - 1).equals(right.get(right.size() - 1));
  }

  /** Keys under which a name is indexed for blocking: its first and last tokens. */
  static ImmutableSet<String> blockingKeys(String name) {
    ImmutableList<String> tokens = tokens(name);
    if (tokens.isEmpty()) {
      return ImmutableSet.of();
    }
    return ImmutableSet.of(tokens.get(0), tokens.get(tokens.size() - 1));
  }
}
