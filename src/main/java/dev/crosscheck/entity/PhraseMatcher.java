package dev.crosscheck.entity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds lexicon phrases in a token list, case-insensitively and longest first. Phrases are tokenised with
 * the same {@link Tokenizer} as documents, so "Secretary of State" and "U.S." match token by token.
 */
public final class PhraseMatcher<V> {

  /** A phrase found at tokens {@code [from, to)}. */
  public record Match<V>(int from, int to, V value) {}

  /** Lower-cased words to match, and which of them must match exactly ("US" the country, not "us"). */
  private record Entry<V>(ImmutableList<String> words, ImmutableList<String> exact, V value) {}

  private final ImmutableListMultimap<String, Entry<V>> byFirstWord;

  private PhraseMatcher(ImmutableListMultimap<String, Entry<V>> byFirstWord) {
    this.byFirstWord = byFirstWord;
  }

  /** A matcher for every phrase (key) of the map, each yielding its value. */
  public static <V> PhraseMatcher<V> of(Map<String, V> phrases) {
    ImmutableListMultimap.Builder<String, Entry<V>> builder = ImmutableListMultimap.builder();
    phrases.entrySet().stream()
        .map(e -> new Entry<>(words(e.getKey()), acronyms(e.getKey()), e.getValue()))
        .filter(e -> !e.words().isEmpty())
        .sorted(Comparator.comparingInt((Entry<V> e) -> -e.words().size()))
        .forEach(e -> builder.put(e.words().get(0), e));
    return new PhraseMatcher<>(builder.build());
  }

  private static ImmutableList<String> words(String phrase) {
    return Tokenizer.tokens(phrase).stream()
        .map(t -> t.text().toLowerCase(Locale.ROOT).replace('’', '\''))
        .collect(ImmutableList.toImmutableList());
  }

  /** Per word: the word itself when it is an acronym ("UN", "US"), which only matches in capitals; else "". */
  private static ImmutableList<String> acronyms(String phrase) {
    return Tokenizer.tokens(phrase).stream()
        .map(t -> t.text().length() > 1 && t.text().chars().allMatch(Character::isUpperCase) ? t.text() : "")
        .collect(ImmutableList.toImmutableList());
  }

  private static String key(Token token) {
    return token.lower();
  }

  /** The longest phrase starting at token {@code from}. */
  public Optional<Match<V>> longestAt(List<Token> tokens, int from) {
    if (from < 0 || from >= tokens.size()) {
      return Optional.empty();
    }
    for (Entry<V> entry : byFirstWord.get(key(tokens.get(from)))) {
      if (matchesAt(tokens, from, entry)) {
        return Optional.of(new Match<>(from, from + entry.words().size(), entry.value()));
      }
    }
    return Optional.empty();
  }

  /** The longest phrase ending just before token {@code to}, looking back at most {@code maxWords} tokens. */
  public Optional<Match<V>> longestEndingAt(List<Token> tokens, int to, int maxWords) {
    for (int from = Math.max(0, to - maxWords); from < to; from++) {
      for (Entry<V> entry : byFirstWord.get(key(tokens.get(from)))) {
        if (from + entry.words().size() == to && matchesAt(tokens, from, entry)) {
          return Optional.of(new Match<>(from, to, entry.value()));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean matchesAt(List<Token> tokens, int from, Entry<?> entry) {
    List<String> words = entry.words();
    if (from + words.size() > tokens.size()) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      Token token = tokens.get(from + i);
      if (!key(token).equals(words.get(i))) {
        return false;
      }
      String exact = entry.exact().get(i);
      if (!exact.isEmpty() && !token.text().equals(exact)) {
        return false;
      }
    }
    return true;
  }
}
