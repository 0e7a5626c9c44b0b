package dev.crosscheck.entity;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names a text may use for places, organisations and nationalities, and the words that end a name of
 * each kind. All of it is data (see the files beside this class); loaded once.
 */
public final class Gazetteer {

  /** A known name: its kind, its canonical form, and whether it was a nationality word ("North Korean"). */
  public record Entry(EntityKind kind, String canonical, boolean demonym) {}

  private final PhraseMatcher<Entry> names;
  private final ImmutableSet<String> demonyms;
  private final ImmutableSet<String> organisationSuffixes;
  private final ImmutableSet<String> placeSuffixes;
  private final ImmutableSet<String> otherSuffixes;
  private final ImmutableSet<String> ofHeads;
  private final ImmutableSet<String> stopwords;

  private Gazetteer() {
    Map<String, Entry> entries = new LinkedHashMap<>();
    ImmutableSet.Builder<String> demonymForms = ImmutableSet.builder();
    LexiconFile.aliases(Gazetteer.class, "organisations.txt")
        .forEach((form, canonical) -> entries.putIfAbsent(form, new Entry(EntityKind.ORGANISATION, canonical, false)));
    LexiconFile.aliases(Gazetteer.class, "places.txt")
        .forEach((form, canonical) -> entries.putIfAbsent(form, new Entry(EntityKind.PLACE, canonical, false)));
    // beyond the hand list: every country the JDK knows, and every city that names a time zone ("Lagos",
    // "Los Angeles", "Kolkata"), so that a story anywhere has its places
    for (String code : Locale.getISOCountries()) {
      String country = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      if (!country.isEmpty() && !country.equals(code) && country.chars().allMatch(c -> Character.isLetter(c) || c == ' ')) {
        entries.putIfAbsent(country, new Entry(EntityKind.PLACE, country, false));
      }
    }
    for (String city : ZoneCities.byName().keySet()) {
      if (city.chars().allMatch(c -> Character.isLetter(c) || c == ' ')) {
        entries.putIfAbsent(city, new Entry(EntityKind.PLACE, city, false));
      }
    }
    LexiconFile.aliases(Gazetteer.class, "demonyms.txt").forEach((form, canonical) -> {
      if (!form.equals(canonical)) {
        entries.putIfAbsent(form, new Entry(EntityKind.PLACE, canonical, true));
        demonymForms.add(form);
      }
    });
    this.names = PhraseMatcher.of(ImmutableMap.copyOf(entries));
    this.demonyms = demonymForms.build();
    this.organisationSuffixes = ImmutableSet.copyOf(LexiconFile.lines(Gazetteer.class, "organisation-suffixes.txt"));
    this.placeSuffixes = ImmutableSet.copyOf(LexiconFile.lines(Gazetteer.class, "place-suffixes.txt"));
    this.otherSuffixes = ImmutableSet.copyOf(LexiconFile.lines(Gazetteer.class, "other-name-suffixes.txt"));
    this.ofHeads = ImmutableSet.copyOf(LexiconFile.lines(Gazetteer.class, "of-heads.txt"));
    this.stopwords = LexiconFile.lowerCaseSet(Gazetteer.class, "capitalised-stopwords.txt");
  }

  private static final Gazetteer INSTANCE = new Gazetteer();

  public static Gazetteer instance() {
    return INSTANCE;
  }

  public PhraseMatcher<Entry> names() {
    return names;
  }

  /** The canonical place for a written name or nationality word ("U.S." gives "United States"). */
  public Optional<String> placeNamed(String written) {
    var tokens = Tokenizer.tokens(written);
    return names.longestAt(tokens, 0)
        .filter(m -> m.to() == tokens.size() && m.value().kind() == EntityKind.PLACE)
        .map(m -> m.value().canonical());
  }

  /** A nationality word as written ("North Korean", "Americans"). */
  public boolean isDemonym(String written) {
    return demonyms.contains(written);
  }

  public boolean isOrganisationSuffix(String word) {
    return organisationSuffixes.contains(word);
  }

  public boolean isPlaceSuffix(String word) {
    return placeSuffixes.contains(word);
  }

  public boolean isOtherNameSuffix(String word) {
    return otherSuffixes.contains(word);
  }

  public boolean continuesAcrossOf(String word) {
    return ofHeads.contains(word);
  }

  /** A capitalised word that never starts a name ("According", "The", "Thursday"). */
  public boolean isStopword(String word) {
    return stopwords.contains(word.toLowerCase(Locale.ROOT));
  }
}
