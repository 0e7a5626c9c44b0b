package dev.crosscheck.check;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The answer to one claim: a verdict and the evidence of each side, best first.
 *
 * @param note why there is no verdict to speak of ("nothing checkable in the claim"), when that is so
 */
public record CheckResult(String claim, CheckVerdict verdict, ImmutableList<Evidence> support,
    ImmutableList<Evidence> contradict, Optional<String> note) {}
