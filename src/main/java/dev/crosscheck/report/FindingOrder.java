package dev.crosscheck.report;

import dev.crosscheck.compare.Finding;
import java.util.Comparator;

/** The order findings are shown in, everywhere: those more independent sources weigh in on first, then by id. */
final class FindingOrder {

  static final Comparator<Finding> WEIGHTIEST_FIRST =
      Comparator.comparingInt(Finding::independentSources).reversed()
          .thenComparing(Finding::id, IdOrder.INSTANCE);

  private FindingOrder() {}
}
