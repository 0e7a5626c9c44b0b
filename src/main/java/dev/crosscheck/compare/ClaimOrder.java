package dev.crosscheck.compare;

import dev.crosscheck.claim.Claim;
import java.util.Comparator;

/** Document order: by document id, then position, then id, so output does not depend on input order. */
final class ClaimOrder {

  static final Comparator<Claim> COMPARATOR = Comparator.comparing(Claim::documentId)
      .thenComparingInt(Claim::start)
      .thenComparingInt(Claim::end)
      .thenComparing(Claim::id);

  private ClaimOrder() {}
}
