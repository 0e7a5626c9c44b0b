package dev.crosscheck.report;

/** Counted nouns for the reports: "1 conflict", "2 conflicts", "1 single-source finding". */
public final class Words {

  private Words() {}

  /** {@code count} and the noun, pluralised with "s" unless it is one. */
  public static String count(int count, String noun) {
    return count + " " + (count == 1 ? noun : noun + "s");
  }
}
