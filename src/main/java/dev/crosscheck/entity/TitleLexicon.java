package dev.crosscheck.entity;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The titles and roles a person can hold ("secretary of state", "press secretary"); data in titles.txt. */
public final class TitleLexicon {

  private static final TitleLexicon INSTANCE = new TitleLexicon();

  private final PhraseMatcher<String> titles;
  private final ImmutableSet<String> words;

  private TitleLexicon() {
    ImmutableMap.Builder<String, String> map = ImmutableMap.builder();
    ImmutableSet.Builder<String> words = ImmutableSet.builder();
    for (String title : LexiconFile.lines(TitleLexicon.class, "titles.txt")) {
      map.put(title, title.toLowerCase(Locale.ROOT));
      words.addAll(Splitter.on(' ').omitEmptyStrings().split(title.toLowerCase(Locale.ROOT)));
    }
    this.titles = PhraseMatcher.of(map.buildKeepingLast());
    this.words = words.build();
  }

  /** Every word of every title, lower case ("press", "secretary", "chief"): words that say who, not what. */
  public ImmutableSet<String> words() {
    return words;
  }

  public static TitleLexicon instance() {
    return INSTANCE;
  }

  public Optional<PhraseMatcher.Match<String>> longestAt(List<Token> tokens, int from) {
    return titles.longestAt(tokens, from);
  }

  public Optional<PhraseMatcher.Match<String>> longestEndingAt(List<Token> tokens, int to) {
    return titles.longestEndingAt(tokens, to, 4);
  }

  /** A title as the claim's object: lower-case, one space between words, no trailing dot. */
  public static String normalise(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("\\.$", "").strip();
  }
}
