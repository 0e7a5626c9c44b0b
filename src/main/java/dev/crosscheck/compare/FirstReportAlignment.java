package dev.crosscheck.compare;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.claim.Claim;
import dev.crosscheck.claim.ClaimType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who broke the news: sources that credit the same outlet with reporting first ("TMZ first reported Bryant was
 * on the helicopter", "TMZ published their story, first breaking the news") agree on it. Their sentences share
 * the outlet's name and the story's words, too little for the statement alignment, yet say one fact.
 *
 * <p>Read only where the outlet is the subject of "first reported", "was the first to report" or "first
 * breaking the news", or follows "first reported by", or is what "which broke the news" tells of. A pronoun
 * ("He first reported") credits no one by name. Sources crediting different outlets are not set against each
 * other: each may have been first with a different part of the story.
 */
final class FirstReportAlignment {

  private static final String NAME = "(?:[Tt]he\\s+)?[A-Z][\\w.&'’-]*+(?:\\s+(?:of\\s+)?[A-Z0-9][\\w.&'’-]*+)*+";
  /** Reporting, or breaking the news: "break" alone is said of fires and talks. */
  private static final String REPORTED =
      "(?:report\\w*|reveal\\w*|disclos\\w*|(?:break|broke|breaking)\\s+the\\s+(?:news|story))";
  private static final ImmutableList<Pattern> CREDITS = ImmutableList.of(
      // "TMZ first reported", "the Post was the first to report"
      Pattern.compile("(" + NAME + ")\\s+(?:was\\s+|were\\s+|had\\s+|has\\s+)?(?:the\\s+)?first\\s+(?:to\\s+)?"
          + REPORTED + "\\b"),
      // "as first reported by the Post"
      Pattern.compile("\\bfirst\\s+(?:reported|revealed|disclosed)\\s+by\\s+(" + NAME + ")"),
      // "TMZ, which broke the news"
      Pattern.compile("(" + NAME + "),\\s+which\\s+(?:had\\s+)?(?:first\\s+)?(?:broke|reported|revealed)\\s+the\\s+"
          + "(?:news|story)"),
      // "TMZ published their story, first breaking the news": the subject of the sentence
      Pattern.compile("^(" + NAME + ")\\s+[^,.;:]{1,40},\\s+first\\s+(?:breaking|reporting|revealing)\\b"));

  private final ImmutableSet<String> functionWords;

  /** @param functionWords lower-case words that name no one ("he", "it", "this") */
  FirstReportAlignment(ImmutableSet<String> functionWords) {
    this.functionWords = functionWords;
  }

  /** With the comparison's stopwords as the words that name no one. */
  static FirstReportAlignment load() {
    return new FirstReportAlignment(LexiconFiles.lines("stopwords.txt").stream()
        .map(word -> word.strip().toLowerCase(Locale.ROOT)).collect(ImmutableSet.toImmutableSet()));
  }

  /** One group per outlet two documents or more credit with reporting first. */
  ImmutableList<ClusterDraft> drafts(List<Claim> claims) {
    List<KeyedFacts.Keyed> facts = new ArrayList<>();
    for (Claim claim : claims) {
      if (claim.type() != ClaimType.STATEMENT || claim.slot("mood").isPresent()) {
        continue; // "may have been first to report", a question: no credit given
      }
      firstReporter(claim.sentenceText()).ifPresent(credit -> facts.add(new KeyedFacts.Keyed(claim,
          "first reported by " + credit.outlet().toLowerCase(Locale.ROOT), "first reported by " + credit.outlet(),
          credit.excerpt())));
    }
    return KeyedFacts.drafts(facts, "first report");
  }

  /** The outlet a sentence credits with reporting first, as written, and the words that credit it. */
  record Credit(String outlet, String excerpt) {}

  Optional<Credit> firstReporter(String sentence) {
    // every credit says "first" or ", which": most sentences of a corpus say neither, and skip the four patterns
    if (!sentence.contains("first") && !sentence.contains("which")) {
      return Optional.empty();
    }
    String text = sentence.strip();
    for (Pattern pattern : CREDITS) {
      Matcher matcher = pattern.matcher(text);
      while (matcher.find()) {
        String outlet = matcher.group(1).replaceFirst("^[Tt]he\\s+", "").replaceFirst("[.,]$", "");
        if (!functionWords.contains(outlet.toLowerCase(Locale.ROOT))) {
          return Optional.of(new Credit(outlet, matcher.group().strip()));
        }
      }
    }
    return Optional.empty();
  }
}
