package dev.crosscheck.compare;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;

/**
 * Which event nouns name one kind of event, and how loosely each kind is dated (from
 * {@code event-classes.tsv}). Unknown nouns are their own class, with no slack.
 */
final class EventClasses {

  /** How one class of events is compared in time. */
  record EventClass(String name, int slackDays, int conflictWindowDays) {}

  private final ImmutableMap<String, EventClass> byWord;

  private EventClasses(ImmutableMap<String, EventClass> byWord) {
    this.byWord = byWord;
  }

  static EventClasses load() {
    ImmutableMap.Builder<String, EventClass> byWord = ImmutableMap.builder();
    for (var row : LexiconFiles.rows("event-classes.tsv", 4)) {
      byWord.put(row.get(0).toLowerCase(Locale.ROOT),
          new EventClass(row.get(1), Integer.parseInt(row.get(2)), Integer.parseInt(row.get(3))));
    }
    return new EventClasses(byWord.buildKeepingLast());
  }

  EventClass classOf(String eventWord) {
    String word = eventWord.strip().toLowerCase(Locale.ROOT);
    return Optional.ofNullable(byWord.get(word))
        .or(() -> Optional.ofNullable(byWord.get(singular(word))))
        .orElseGet(() -> new EventClass(word, 0, 1));
  }

  private static String singular(String word) {
    return word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
  }
}
