package dev.crosscheck.claim;

import java.util.ArrayList;
import java.util.List;

/** Every string up to a length over a small alphabet: to hold a hand-written scan equal to the pattern it replaces. */
final class EveryString {

  private EveryString() {}

  static List<String> upTo(int length, String alphabet) {
    List<String> strings = new ArrayList<>(List.of(""));
    for (int size = 1, from = 0; size <= length; size++) {
      int to = strings.size();
      for (int k = from; k < to; k++) {
        for (char c : alphabet.toCharArray()) {
          strings.add(strings.get(k) + c);
        }
      }
      from = to;
    }
    return strings;
  }
}
