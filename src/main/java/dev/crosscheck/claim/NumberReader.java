package dev.crosscheck.claim;

import com.google.common.collect.ImmutableMap;
import dev.crosscheck.entity.LexiconFile;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a number written in digits ("55", "1,000") or words ("Fifty-five", "eight", "a dozen"). */
public final class NumberReader {

  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(,\\d{3})*|\\d+");

  private final Map<String, Long> words;

  NumberReader(Map<String, Long> words) {
    this.words = words;
  }

  /** A reader of the English number words of the claim stage's lexicon. */
  public static NumberReader english() {
    ImmutableMap.Builder<String, Long> words = ImmutableMap.builder();
    for (List<String> row : LexiconFile.table(NumberReader.class, "number-words.tsv", 2)) {
      words.put(row.get(0), Long.parseLong(row.get(1)));
    }
    return new NumberReader(words.buildOrThrow());
  }

  /** The number a token writes, if it writes one. */
  public Optional<Long> read(String written) {
    if (written.isEmpty()) {
      return Optional.empty();
    }
    char first = written.charAt(0);
    if (Character.isDigit(first)) {
      return DIGITS.matcher(written).matches()
          ? Optional.of(Long.parseLong(written.replace(",", ""))) : Optional.empty();
    }
    if (!Character.isLetter(first)) {
      return Optional.empty();
    }
    String lower = written.toLowerCase(Locale.ROOT); // a no-op for callers that pass Token.lower()
    Long single = words.get(lower);
    if (single != null || lower.indexOf('-') < 0) {
      return Optional.ofNullable(single);
    }
    long total = 0;
    for (String part : written.toLowerCase(Locale.ROOT).split("-")) {
      Long value = words.get(part);
      if (value == null) {
        return Optional.empty();
      }
      total = value >= 100 && total > 0 ? total * value : total + value;
    }
    return Optional.of(total);
  }
}
