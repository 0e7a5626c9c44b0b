package dev.crosscheck.claim;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.entity.LexiconFile;
import dev.crosscheck.entity.PhraseMatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The claim stage's word lists, read once from the data files beside this class. */
final class ClaimLexicons {

  /** An attribution cue: its lemma, whether it affirms or withholds, and its kind (speech, report, source). */
  record Cue(String lemma, Polarity polarity, String kind) {
    boolean isSource() {
      return kind.equals("source");
    }

    boolean isReport() {
      return kind.equals("report");
    }

    boolean needsClause() {
      return kind.equals("quoting");
    }
  }

  /** A word that names or reports an event: its class (letter, meeting, ...) and part of speech. */
  record Trigger(String eventClass, boolean verb) {}

  private static final ClaimLexicons INSTANCE = new ClaimLexicons();

  final PhraseMatcher<Cue> cues;
  final ImmutableSet<String> speakerNouns;
  final ImmutableSet<String> speakerSkip;
  final PhraseMatcher<Trigger> triggers;
  final PhraseMatcher<String> timeRoles;
  final ImmutableSet<String> instanceMarkers;
  /** Modifiers that place an event in time or rate its kind ("future", "rare"): no description of it. */
  final ImmutableSet<String> nonDescriptiveModifiers;
  final ImmutableMap<String, String> ordinals;
  final ImmutableSet<String> modality;
  final ImmutableMap<String, Long> numberWords;
  final ImmutableSet<String> quantitySkip;

  private ClaimLexicons() {
    Map<String, Cue> cueForms = new LinkedHashMap<>();
    for (List<String> row : LexiconFile.table(ClaimLexicons.class, "cues.tsv", 4)) {
      Cue cue = new Cue(row.get(0), Polarity.valueOf(row.get(1).toUpperCase(java.util.Locale.ROOT)), row.get(2));
      for (String form : row.get(3).split(",")) {
        cueForms.putIfAbsent(form.strip(), cue);
      }
    }
    this.cues = PhraseMatcher.of(cueForms);
    this.speakerNouns = LexiconFile.lowerCaseSet(ClaimLexicons.class, "speaker-nouns.txt");
    this.speakerSkip = LexiconFile.lowerCaseSet(ClaimLexicons.class, "speaker-skip.txt");
    Map<String, Trigger> triggerForms = new LinkedHashMap<>();
    for (List<String> row : LexiconFile.table(ClaimLexicons.class, "events.tsv", 3)) {
      Trigger trigger = new Trigger(row.get(0), row.get(1).equals("verb"));
      for (String form : row.get(2).split(",")) {
        triggerForms.putIfAbsent(form.strip(), trigger);
      }
    }
    this.triggers = PhraseMatcher.of(triggerForms);
    this.timeRoles = PhraseMatcher.of(forms("time-roles.tsv"));
    this.instanceMarkers = LexiconFile.lowerCaseSet(ClaimLexicons.class, "instance-markers.txt");
    this.nonDescriptiveModifiers = LexiconFile.lowerCaseSet(ClaimLexicons.class, "non-descriptive-modifiers.txt");
    this.ordinals = ImmutableMap.copyOf(forms("ordinals.tsv"));
    this.modality = LexiconFile.lowerCaseSet(ClaimLexicons.class, "modality.txt");
    ImmutableMap.Builder<String, Long> numbers = ImmutableMap.builder();
    for (List<String> row : LexiconFile.table(ClaimLexicons.class, "number-words.tsv", 2)) {
      numbers.put(row.get(0), Long.parseLong(row.get(1)));
    }
    this.numberWords = numbers.buildOrThrow();
    this.quantitySkip = LexiconFile.lowerCaseSet(ClaimLexicons.class, "quantity-skip-nouns.txt");
  }

  /** A two-column table "value, forms" as form -> value. */
  private static Map<String, String> forms(String name) {
    Map<String, String> byForm = new LinkedHashMap<>();
    for (List<String> row : LexiconFile.table(ClaimLexicons.class, name, 2)) {
      for (String form : row.get(1).split(",")) {
        byForm.putIfAbsent(form.strip(), row.get(0));
      }
    }
    return byForm;
  }

  static ClaimLexicons instance() {
    return INSTANCE;
  }
}
