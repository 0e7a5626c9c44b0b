package dev.crosscheck.compare;

import com.google.common.collect.ImmutableMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Place names compared as values: equal after aliases ("DPRK" = "North Korea"), or one inside the other
 * ("Pyongyang" in "North Korea", from {@code places.tsv}), which is a more precise statement of the same
 * place, not a different one.
 */
public final class Places {

  private static final Pattern LEADING_ARTICLE = Pattern.compile("^the\\s+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern TRAILING_REGION = Pattern.compile(",.*$");

  private final ImmutableMap<String, String> aliases;
  private final ImmutableMap<String, String> liesIn;

  private Places(ImmutableMap<String, String> aliases, ImmutableMap<String, String> liesIn) {
    this.aliases = aliases;
    this.liesIn = liesIn;
  }

  public static Places load() {
    ImmutableMap.Builder<String, String> aliases = ImmutableMap.builder();
    for (var row : LexiconFiles.rows("place-aliases.tsv", 2)) {
      aliases.put(plain(row.get(0)), plain(row.get(1)));
    }
    ImmutableMap.Builder<String, String> liesIn = ImmutableMap.builder();
    for (var row : LexiconFiles.rows("places.tsv", 2)) {
      liesIn.put(plain(row.get(0)), plain(row.get(1)));
    }
    return new Places(aliases.buildKeepingLast(), liesIn.buildKeepingLast());
  }

  /** The comparable form: lower case, aliases resolved, "Hanoi, Vietnam" reduced to "hanoi". */
  String normalise(String place) {
    String plain = plain(TRAILING_REGION.matcher(place).replaceAll(""));
    return aliases.getOrDefault(plain, plain);
  }

  /** True when both names may denote the same place: equal, or one lies within the other. */
  public boolean compatible(String a, String b) {
    String left = normalise(a);
    String right = normalise(b);
    return left.equals(right) || enclosing(left).contains(right) || enclosing(right).contains(left);
  }

  /** The place's normalised name and those of the places it lies in, for blocking. */
  Set<String> withEnclosing(String place) {
    String normalised = normalise(place);
    Set<String> names = new HashSet<>(enclosing(normalised));
    names.add(normalised);
    return names;
  }

  private Set<String> enclosing(String place) {
    Set<String> enclosing = new HashSet<>();
    String current = liesIn.get(place);
    while (current != null && enclosing.add(current)) {
      current = liesIn.get(current);
    }
    return enclosing;
  }

  private static String plain(String place) {
    String lower = SPACES.matcher(place.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    return LEADING_ARTICLE.matcher(lower).replaceAll("");
  }
}
