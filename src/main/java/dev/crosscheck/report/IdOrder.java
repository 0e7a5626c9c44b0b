package dev.crosscheck.report;

import java.util.Comparator;

/**
 * Orders ids the way a reader counts: "f2" before "f10", "doc/c9" before "doc/c10". Plain string order
 * would put f10 between f1 and f2, which makes a sorted report look shuffled.
 */
final class IdOrder implements Comparator<String> {

  static final IdOrder INSTANCE = new IdOrder();

  private IdOrder() {}

  @Override
  public int compare(String left, String right) {
    int i = 0;
    int j = 0;
    while (i < left.length() && j < right.length()) {
      char a = left.charAt(i);
      char b = right.charAt(j);
      if (isDigit(a) && isDigit(b)) {
        int endA = digitsEnd(left, i);
        int endB = digitsEnd(right, j);
        int byNumber = compareDigits(left.substring(i, endA), right.substring(j, endB));
        if (byNumber != 0) {
          return byNumber;
        }
        i = endA;
        j = endB;
      } else {
        if (a != b) {
          return Character.compare(a, b);
        }
        i++;
        j++;
      }
    }
    int byLength = Integer.compare(left.length() - i, right.length() - j);
    // Ids that differ only in leading zeros ("f01", "f1") still need a total, stable order.
    return byLength != 0 ? byLength : left.compareTo(right);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int from) {
    int end = from;
    while (end < s.length() && isDigit(s.charAt(end))) {
      end++;
    }
    return end;
  }

  private static int compareDigits(String a, String b) {
    String x = stripLeadingZeros(a);
    String y = stripLeadingZeros(b);
    return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
  }

  private static String stripLeadingZeros(String digits) {
    int k = 0;
    while (k < digits.length() - 1 && digits.charAt(k) == '0') {
      k++;
    }
    return digits.substring(k);
  }
}
