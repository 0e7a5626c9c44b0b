package dev.crosscheck.entity;

import java.util.Locale;

/**
 * A word or punctuation mark of a document.
 *
 * @param start offset into the document text
 * @param end offset just past the token
 * @param text exactly the document text between start and end
 * @param lower the text lower-cased with typographic apostrophes made plain, computed once because every
 *     lexicon lookup compares it
 */
public record Token(int start, int end, String text, String lower) {

  public static Token of(int start, int end, String text) {
    return new Token(start, end, text, text.toLowerCase(Locale.ROOT).replace('’', '\''));
  }

  public boolean isCapitalised() {
    return Character.isUpperCase(text.codePointAt(0));
  }

  public boolean isWord() {
    return Character.isLetterOrDigit(text.codePointAt(0));
  }

  /** A single capital letter, as in the middle initial of "Donald J. Trump". */
  public boolean isInitial() {
    return text.length() == 1 && Character.isUpperCase(text.charAt(0));
  }

  public boolean is(String word) {
    return text.equalsIgnoreCase(word);
  }
}
