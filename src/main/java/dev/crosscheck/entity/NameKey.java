package dev.crosscheck.entity;

import com.google.common.collect.ImmutableList;
import java.util.Locale;

/**
 * A person's name reduced to what stays the same across spellings: lower case, hyphens as spaces, initials
 * dropped. "Kim Jong-un" and "Kim Jong Un" share one key; so do "Donald J. Trump" and "Donald Trump".
 */
public record NameKey(ImmutableList<String> parts) {

  public static NameKey of(String name) {
    ImmutableList.Builder<String> parts = ImmutableList.builder();
    for (Token token : Tokenizer.tokens(name)) {
      if (!token.isWord() || token.isInitial()) {
        continue;
      }
      // split by hand, not by String.split's regex: every name of every sentence is keyed
      String lower = token.lower();
      int partStart = 0;
      for (int i = 0; i <= lower.length(); i++) {
        if (i == lower.length() || lower.charAt(i) == '-' || lower.charAt(i) == '\'' || lower.charAt(i) == '’') {
          if (i > partStart) {
            parts.add(lower.substring(partStart, i));
          }
          partStart = i + 1;
        }
      }
    }
    return new NameKey(parts.build());
  }

  public boolean isFull() {
    return parts.size() >= 2;
  }

  public String first() {
    return parts.get(0);
  }

  public String last() {
    return parts.get(parts.size() - 1);
  }

  /** The pair that identifies a full name: first and last part ("sarah"/"sanders" for Sarah Huckabee Sanders). */
  public String ends() {
    return first() + " " + last();
  }

  /** How many name words the written form has, initials not counted: fuller names make better canonical names. */
  public int size() {
    return parts.size();
  }

  @Override
  public String toString() {
    return String.join(" ", parts).toLowerCase(Locale.ROOT);
  }
}
