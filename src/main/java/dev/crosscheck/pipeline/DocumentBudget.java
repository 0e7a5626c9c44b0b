package dev.crosscheck.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.corpus.BadDocumentException;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.SkippedFile;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How much work one document may cost. Every stage's cost grows at most linearly with the text it is given,
 * and this bounds the text, the claims a document brings to grouping (its group candidates) and the time
 * it takes, so that one document (a 5 MB page with no full stop, a table of thousands of numbers) cannot
 * take the run's memory or hours with it. News articles stay far inside every bound; a document over one
 * is analysed up to it, and what was left out is reported as a skipped part of the file.
 *
 * @param maxCharacters the text analysed; a longer document is read up to a word break before this
 * @param maxClaims the claims kept of one document, in document order
 * @param maxTime the wall time of one document's analysis, checked between its stages; a document that
 *     takes longer is skipped whole, since what its stages made so far may be incomplete
 */
public record DocumentBudget(int maxCharacters, int maxClaims, Duration maxTime) {

  /** A million characters is a 500-page book; 5,000 claims is ten times the claims of a long report. */
  public static final DocumentBudget DEFAULT = new DocumentBudget(1_000_000, 5_000, Duration.ofMinutes(2));

  /** A word break is looked for this far back from the character bound. */
  private static final int WORD_BREAK_REACH = 1_000;

  public DocumentBudget {
    checkArgument(maxCharacters > 0, "maxCharacters must be positive: %s", maxCharacters);
    checkArgument(maxClaims > 0, "maxClaims must be positive: %s", maxClaims);
    checkArgument(!maxTime.isNegative() && !maxTime.isZero(), "maxTime must be positive: %s", maxTime);
  }

  /** How much of {@code text} is analysed: all of it, or up to a word break at most maxCharacters in. */
  int analysedLength(String text) {
    if (text.length() <= maxCharacters) {
      return text.length();
    }
    for (int i = maxCharacters; i > 0 && i > maxCharacters - WORD_BREAK_REACH; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return Character.isHighSurrogate(text.charAt(maxCharacters - 1)) ? maxCharacters - 1 : maxCharacters;
  }

  /** The part of {@code document} past the character bound, if there is one, as a skipped part of the file. */
  Optional<SkippedFile> textOverrun(Document document) {
    int length = document.text().length();
    if (length <= maxCharacters) {
      return Optional.empty();
    }
    return Optional.of(new SkippedFile(document.path(), String.format(Locale.ROOT,
        "%,d characters, over the budget of %,d per document: the text after character %,d is skipped",
        length, maxCharacters, analysedLength(document.text()))));
  }

  /** The claims kept of one document's {@code claims} (in document order). */
  ImmutableList<Claim> claimsWithin(ImmutableList<Claim> claims) {
    return claims.size() <= maxClaims ? claims : claims.subList(0, maxClaims);
  }

  /** The claims past the claim bound, if there are any, as a skipped part of the file. */
  Optional<SkippedFile> claimsOverrun(Document document, ImmutableList<Claim> claims) {
    if (claims.size() <= maxClaims) {
      return Optional.empty();
    }
    return Optional.of(new SkippedFile(document.path(), String.format(Locale.ROOT,
        "%,d claims, over the budget of %,d per document: the claims from character %,d on are skipped",
        claims.size(), maxClaims, claims.get(maxClaims).start())));
  }

  /** Gives up on {@code document} when its analysis, started at {@code startNanos}, has run over its time. */
  void checkTime(Document document, long startNanos) throws BadDocumentException {
    long elapsed = System.nanoTime() - startNanos;
    if (elapsed > maxTime.toNanos()) {
      throw new BadDocumentException(document.path(), String.format(Locale.ROOT,
          "analysis took %,d s, over the budget of %,d s per document; the document is skipped",
          Duration.ofNanos(elapsed).toSeconds(), maxTime.toSeconds()));
    }
  }
}
