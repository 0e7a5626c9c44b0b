package dev.crosscheck.entity;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the names in a run of tokens without a statistical model: a name is a run of capitalised words,
 * split into the places and organisations the gazetteer knows, titles ("Secretary of State"), and what is
 * left, which is taken for a person. A lone capitalised word with no title before it is only a tentative
 * person: sentence-initial words ("Speaking", "Dated") look the same as surnames ("Trump").
 */
public final class MentionFinder {

  /** Abbreviations whose dot belongs to the name ("CNA Corp.", "Mr."). */
  private static final ImmutableSet<String> DOTTED =
      ImmutableSet.of("Corp", "Inc", "Co", "Ltd", "Jr", "Sr", "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov");

  private static final java.util.regex.Pattern COMPOUND = java.util.regex.Pattern.compile("\\p{Lu}\\S*[-/]\\p{Lu}\\S*");

  private final Gazetteer gazetteer;
  private final TitleLexicon titles;

  public MentionFinder(Gazetteer gazetteer, TitleLexicon titles) {
    this.gazetteer = gazetteer;
    this.titles = titles;
  }

  public static MentionFinder standard() {
    return new MentionFinder(Gazetteer.instance(), TitleLexicon.instance());
  }

  /** The names among {@code tokens}, in text order. */
  public ImmutableList<Mention> find(String documentId, String documentText, List<Token> tokens) {
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      // only a capitalised word opens a known name: the large gazetteer is not consulted for the others
      Optional<PhraseMatcher.Match<Gazetteer.Entry>> known = tokens.get(i).isCapitalised()
          ? gazetteer.names().longestAt(tokens, i) : Optional.empty();
      if (known.isPresent()) {
        int end = known.get().to();
        // A known name may begin a longer organisation name: "Korean Central News Agency" is handled below.
        int runEnd = extend(tokens, i);
        if (runEnd > end && endsWithOrganisationSuffix(tokens, i, runEnd) && !containsTitle(tokens, i, runEnd)) {
          int from = tokens.get(i).is("The") ? i + 1 : i;
          mentions.add(mention(documentId, documentText, tokens, from, runEnd, EntityKind.ORGANISATION, null));
          i = runEnd;
          continue;
        }
        if (runEnd > end) {
          segment(documentId, documentText, tokens, i, runEnd, mentions);
          i = runEnd;
          continue;
        }
        mentions.add(mention(documentId, documentText, tokens, i, end, known.get().value().kind(),
            known.get().value().canonical()));
        i = end;
        continue;
      }
      if (!startsName(tokens.get(i))) {
        i++;
        continue;
      }
      int end = extend(tokens, i);
      segment(documentId, documentText, tokens, i, end, mentions);
      i = end;
    }
    return ImmutableList.copyOf(mentions);
  }

  private boolean startsName(Token token) {
    return token.isWord() && token.isCapitalised() && !gazetteer.isStopword(token.text());
  }

  /** The end of the run of capitalised words starting at {@code from}. */
  private int extend(List<Token> tokens, int from) {
    int j = from + 1;
    while (j < tokens.size()) {
      Token token = tokens.get(j);
      Token previous = tokens.get(j - 1);
      if (token.isWord() && token.isCapitalised()
          && (!gazetteer.isStopword(token.text()) || gazetteer.names().longestAt(tokens, j).isPresent())) {
        j++;
      } else if (token.text().equals(".") && (previous.isInitial() || DOTTED.contains(previous.text()))
          && previous.end() == token.start()) {
        j++;
      } else if (token.text().equals("of") && j + 1 < tokens.size() && tokens.get(j + 1).isCapitalised()
          && gazetteer.continuesAcrossOf(previous.text())) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  private void segment(String documentId, String text, List<Token> tokens, int from, int to, List<Mention> out) {
    if (from < to && tokens.get(from).is("The")) {
      from++;
    }
    if (from >= to) {
      return;
    }
    String last = lastWord(tokens, from, to);
    if (endsWithOrganisationSuffix(tokens, from, to) && !containsTitle(tokens, from, to)) {
      out.add(mention(documentId, text, tokens, from, to, EntityKind.ORGANISATION, null));
      return;
    }
    if (gazetteer.isPlaceSuffix(last) && to - from > 1) {
      out.add(mention(documentId, text, tokens, from, to, EntityKind.PLACE, null));
      return;
    }
    if (gazetteer.isOtherNameSuffix(last) && to - from > 1) {
      return;
    }
    int p = from;
    int runStart = -1;
    boolean titled = false;
    while (p < to) {
      Optional<PhraseMatcher.Match<Gazetteer.Entry>> known = gazetteer.names().longestAt(tokens, p);
      Optional<PhraseMatcher.Match<String>> title = titles.longestAt(tokens, p);
      if (known.isPresent() && known.get().to() <= to) {
        flushPerson(documentId, text, tokens, runStart, p, titled, out);
        runStart = -1;
        titled = false;
        out.add(mention(documentId, text, tokens, p, known.get().to(), known.get().value().kind(),
            known.get().value().canonical()));
        p = known.get().to();
      } else if (title.isPresent() && title.get().to() <= to) {
        flushPerson(documentId, text, tokens, runStart, p, titled, out);
        runStart = -1;
        titled = true;
        p = title.get().to();
        if (p < to && tokens.get(p).text().equals(".")) {
          p++;
        }
      } else {
        if (runStart < 0) {
          runStart = p;
        }
        p++;
      }
    }
    flushPerson(documentId, text, tokens, runStart, to, titled, out);
  }

  private void flushPerson(String documentId, String text, List<Token> tokens, int from, int to, boolean titled,
      List<Mention> out) {
    if (from < 0 || from >= to) {
      return;
    }
    while (to > from && tokens.get(to - 1).text().equals(".") && !tokens.get(to - 2 >= from ? to - 2 : from).isInitial()) {
      to--;
    }
    int words = 0;
    for (int k = from; k < to; k++) {
      if (tokens.get(k).isWord() && !tokens.get(k).isInitial()) {
        words++;
      }
    }
    if (words == 0) {
      return;
    }
    Token first = tokens.get(from);
    if (words == 1 && first.text().length() > 1 && first.text().equals(first.text().toUpperCase(java.util.Locale.ROOT))) {
      return; // an unknown acronym ("CVID") is not a person
    }
    if (words == 1 && COMPOUND.matcher(first.text()).matches()) {
      return; // "Trump-Kim summit", "US-DPRK statement": two names joined, not one person
    }
    boolean titledBefore = titled || titles.longestEndingAt(tokens, from).isPresent();
    Mention mention = mention(documentId, text, tokens, from, to, EntityKind.PERSON, null);
    out.add(words == 1 && !titledBefore
        ? new Mention(documentId, mention.start(), mention.end(), mention.text(), EntityKind.PERSON, mention.text(), true)
        : mention);
  }

  private Mention mention(String documentId, String text, List<Token> tokens, int from, int to, EntityKind kind,
      String canonical) {
    int start = tokens.get(from).start();
    int end = tokens.get(to - 1).end();
    String written = text.substring(start, end);
    return new Mention(documentId, start, end, written, kind, canonical == null ? written : canonical, false);
  }

  private boolean endsWithOrganisationSuffix(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (gazetteer.isOrganisationSuffix(tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  private boolean containsTitle(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      Optional<PhraseMatcher.Match<String>> title = titles.longestAt(tokens, k);
      if (title.isPresent() && title.get().to() <= to && tokens.get(k).isCapitalised()) {
        return true;
      }
    }
    return false;
  }

  private static String lastWord(List<Token> tokens, int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      if (tokens.get(k).isWord()) {
        return tokens.get(k).text();
      }
    }
    return "";
  }
}
