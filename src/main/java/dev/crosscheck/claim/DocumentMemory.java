package dev.crosscheck.claim;

import dev.crosscheck.entity.EntityKind;
import dev.crosscheck.entity.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The people a document has named so far, in text order, so a pronoun ("He later described ...") can be
 * resolved to the most recent one. Filled sentence by sentence while a document is read.
 */
final class DocumentMemory {

  private final List<Mention> people = new ArrayList<>();

  void remember(List<Mention> mentions) {
    mentions.stream().filter(m -> m.kind() == EntityKind.PERSON).forEach(people::add);
  }

  /** The last person named before {@code offset}, other than {@code excluded}. */
  Optional<Mention> personBefore(int offset, String excluded) {
    for (int i = people.size() - 1; i >= 0; i--) {
      Mention mention = people.get(i);
      if (mention.end() <= offset && !mention.canonical().equals(excluded)) {
        return Optional.of(mention);
      }
    }
    return Optional.empty();
  }
}
