package dev.crosscheck.report;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.check.CheckResult;
import dev.crosscheck.check.CheckVerdict;

/**
 * What check.html shows: each claim checked, its verdict and the evidence of each side, in the report's
 * style (its stylesheet and policy; no script, since the page has nothing to filter).
 */
public record CheckPage(String title, ReportPage.Assets assets, ImmutableList<CheckResult> results) {

  static CheckPage of(ImmutableList<CheckResult> results) {
    return new CheckPage("Crosscheck: claims checked", ReportAssets.ASSETS, results);
  }

  /** The report's class for a verdict's colour: what agrees is green, what conflicts red, nothing grey. */
  public static String verdictClass(CheckVerdict verdict) {
    return switch (verdict) {
      case SUPPORTED -> "agreement";
      case CONTRADICTED, DISPUTED -> "conflict";
      case NO_EVIDENCE -> "single-source";
    };
  }
}
