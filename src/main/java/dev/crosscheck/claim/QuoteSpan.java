package dev.crosscheck.claim;

/** Words in quotation marks: {@code start}/{@code end} include the marks, {@code text} does not. */
record QuoteSpan(int start, int end, String text) {

  boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
