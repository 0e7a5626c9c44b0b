package dev.crosscheck.entity;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Another lookup's answers, each question noted once with its answer, for one document's extraction. A
 * document's claims depend on the rest of the corpus only through these answers: when a later run's names
 * give every one of them again, its cached claims are still those an extraction would make, even though
 * other documents brought new names.
 */
public final class RecordedNameLookup implements NameLookup {

  private final NameLookup names;
  private final Map<List<Object>, NameAnswer> answers = new LinkedHashMap<>();

  public RecordedNameLookup(NameLookup names) {
    this.names = names;
  }

  @Override
  public synchronized Optional<String> person(String documentId, String written, boolean titled) {
    Optional<String> answer = names.person(documentId, written, titled);
    answers.putIfAbsent(List.of(false, written, titled), new NameAnswer(false, written, titled, answer));
    return answer;
  }

  @Override
  public synchronized Optional<String> personWithTitle(String documentId, String title) {
    Optional<String> answer = names.personWithTitle(documentId, title);
    answers.putIfAbsent(List.of(true, title, false), new NameAnswer(true, title, false, answer));
    return answer;
  }

  /** Every distinct question asked so far, in the order first asked. */
  public synchronized ImmutableList<NameAnswer> answers() {
    return ImmutableList.copyOf(answers.values());
  }
}
