package dev.crosscheck.compare;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Title equivalence read from {@code title-classes.tsv}: titles of one class name the same office. */
public final class TitleClasses implements TitleRelation {

  private static final String GENERIC = "generic";
  private static final ImmutableSet<String> RANK_MODIFIERS =
      ImmutableSet.of("vice", "deputy", "assistant", "acting", "under", "associate", "former", "ex", "then");
  private static final Pattern NOISE = Pattern.compile("[^a-z ]+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final ImmutableMap<String, String> classByTitle;

  private TitleClasses(ImmutableMap<String, String> classByTitle) {
    this.classByTitle = classByTitle;
  }

  public static TitleClasses load() {
    ImmutableMap.Builder<String, String> classByTitle = ImmutableMap.builder();
    for (var row : LexiconFiles.rows("title-classes.tsv", 2)) {
      classByTitle.put(plain(row.get(0)), row.get(1));
    }
    return new TitleClasses(classByTitle.buildKeepingLast());
  }

  @Override
  public boolean equivalent(String titleA, String titleB) {
    String a = plain(titleA);
    String b = plain(titleB);
    if (a.equals(b)) {
      return true;
    }
    Optional<String> classA = classOf(a);
    return classA.isPresent() && !classA.get().equals(GENERIC) && classA.equals(classOf(b));
  }

  @Override
  public boolean compatible(String titleA, String titleB) {
    return equivalent(titleA, titleB) || generic(titleA) || generic(titleB);
  }

  /** True for descriptions too vague to contradict any title ("official", "aide"). */
  public boolean generic(String title) {
    return classOf(plain(title)).map(GENERIC::equals).orElse(false);
  }

  @Override
  public boolean known(String title) {
    return classOf(plain(title)).isPresent();
  }

  /**
   * The class of a title or of its head: "White House press secretary" is a "press secretary", "North
   * Korean leader" a "leader".
   */
  private Optional<String> classOf(String title) {
    String exact = classByTitle.get(title);
    if (exact != null) {
      return Optional.of(exact);
    }
    int firstSpace = title.indexOf(' ');
    if (firstSpace > 0 && RANK_MODIFIERS.contains(title.substring(0, firstSpace))) {
      // a "vice chairman" is not a "chairman": a modified rank unknown to the lexicon is not its head's office
      return Optional.empty();
    }
    String rest = title;
    while (true) {
      String found = classByTitle.get(rest);
      if (found != null) {
        return Optional.of(found);
      }
      int space = rest.indexOf(' ');
      if (space < 0) {
        return Optional.empty();
      }
      rest = rest.substring(space + 1);
    }
  }

  private static String plain(String title) {
    String lower = NOISE.matcher(title.toLowerCase(Locale.ROOT).replace('-', ' ')).replaceAll(" ");
    return SPACES.matcher(lower).replaceAll(" ").strip();
  }
}
