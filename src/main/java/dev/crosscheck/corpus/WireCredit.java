package dev.crosscheck.corpus;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A news agency credit in the text: "(Yonhap)" at the end of a story, or a dateline such as
 * "WASHINGTON (AP) --" or "July 12 (UPI) --". Wire copies of one story carry the same credit, which is how
 * the compare stage tells them from independent sources.
 */
final class WireCredit {

  private static final ImmutableMap<String, String> AGENCIES = ResourceLines.read("/dev/crosscheck/corpus/wire-agencies.txt")
      .stream()
      .map(line -> line.split("\t"))
      .collect(ImmutableMap.toImmutableMap(parts -> parts[0], parts -> parts[1], (a, b) -> a));

  private static final Pattern CREDIT = Pattern.compile("\\((" + AGENCIES.keySet().stream()
      .sorted((a, b) -> b.length() - a.length())
      .map(Pattern::quote)
      .collect(Collectors.joining("|")) + ")\\)");

  private WireCredit() {}

  /** The agency's canonical name and the credit as written, when the text has one. */
  static Optional<MetadataValue<String>> find(String text) {
    Matcher matcher = CREDIT.matcher(text);
    if (!matcher.find()) {
      return Optional.empty();
    }
    return Optional.of(MetadataValue.of(AGENCIES.get(matcher.group(1)), Basis.TEXT, matcher.group()));
  }
}
