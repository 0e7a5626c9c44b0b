package dev.crosscheck.check;

import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words a typed claim says its fact with, to find the corpus sentences that state the same fact.
 * Function words and the words of values and dates are left out with the comparison's own list
 * ({@code compare/context-stopwords.txt}: a stage to the left, read, not duplicated); names stay, since
 * in a claim of one short sentence the names are half of what identifies the fact.
 */
final class ClaimWords {

  private static final String STOPWORDS = "/dev/crosscheck/compare/context-stopwords.txt";
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}]+");
  /** A token of letters and digits, possibly hyphenated, with at least one of each: "S-76B", "F-35". */
  private static final Pattern IDENTIFIER =
      Pattern.compile("(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}-]*\\p{L})(?=[\\p{L}\\p{N}-]*\\p{N})[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

  private final ImmutableSet<String> stopwords;

  private ClaimWords(ImmutableSet<String> stopwords) {
    this.stopwords = stopwords;
  }

  static ClaimWords load() {
    try (InputStream in = ClaimWords.class.getResourceAsStream(STOPWORDS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + STOPWORDS);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new ClaimWords(reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT)).collect(ImmutableSet.toImmutableSet()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stems of the content words: "offered" and "offering" meet as "offer". */
  ImmutableSet<String> of(String text) {
    return Stream.of(NON_WORD.split(text.toLowerCase(Locale.ROOT)))
        .filter(word -> word.length() > 2 && !stopwords.contains(word))
        .map(ClaimWords::stem)
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The identifiers the text writes with letters and digits ("S-76B", "737-800", "COVID-19"), lower case
   * and without their punctuation: names of models, flights and laws that {@link #of} reads no word in.
   */
  ImmutableSet<String> identifiersOf(String text) {
    return IDENTIFIER.matcher(text).results().map(match -> match.group().replaceAll("[^\\p{L}\\p{N}]", ""))
        .map(identifier -> identifier.toLowerCase(Locale.ROOT))
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The content words written in lower case: what the claim says happened ("joined", "testified"), as
   * against the names it says it of, which any sentence of the story may hold.
   */
  ImmutableSet<String> predicateOf(String text) {
    return Stream.of(NON_WORD.split(text))
        .filter(word -> word.length() > 2 && Character.isLowerCase(word.charAt(0)) && !stopwords.contains(word))
        .map(ClaimWords::stem)
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * The words of the first name the claim gives ("France", "Morgan Stanley", "Kobe Bryant"): in a claim
   * typed as one sentence, that is nearly always who did what it says.
   */
  ImmutableSet<String> firstNameOf(String text) {
    ImmutableSet.Builder<String> name = ImmutableSet.builder();
    boolean started = false;
    for (String word : NON_WORD.split(text)) {
      boolean capitalised = word.length() > 1 && Character.isUpperCase(word.charAt(0))
          && !stopwords.contains(word.toLowerCase(Locale.ROOT));
      if (capitalised) {
        name.add(stem(word.toLowerCase(Locale.ROOT)));
        started = true;
      } else if (started) {
        break;
      }
    }
    return name.build();
  }

  /** A crude suffix stripper, enough for "testified"/"testifies", "joined"/"joining". */
  static String stem(String word) {
    for (String suffix : new String[] {"ied", "ies", "ing", "ed", "es", "s"}) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return word;
  }
}
