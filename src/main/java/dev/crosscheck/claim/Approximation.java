package dev.crosscheck.claim;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.crosscheck.entity.LexiconFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The words before a number that make it approximate or a bound ("about 500", "more than 20", "up to 400"),
 * read from {@code approximations.tsv}, and the interval each makes of the number.
 */
final class Approximation {

  /** How a qualifier widens a number. */
  enum Shape { EXACT, ABOUT, NEARLY, AFTER, OVER, AT_LEAST, UP_TO, UNDER }

  /** A qualifier found before a number: its shape, its words, and where they start in the text. */
  record Qualifier(Shape shape, String words, int start) {
    static Qualifier none(int at) {
      return new Qualifier(Shape.EXACT, "", at);
    }
  }

  private record Form(Shape shape, String text) {}

  /** How far a bound reaches: "more than 20" means up to 30, "up to 400" down to about 270. */
  private static final double BOUND_REACH = 1.5;

  private static final Approximation INSTANCE = new Approximation();

  private final ImmutableList<Form> forms;
  private final ImmutableSet<String> overParticleVerbs =
      LexiconFile.lowerCaseSet(Approximation.class, "over-particle-verbs.txt");

  private Approximation() {
    List<Form> loaded = new ArrayList<>();
    for (List<String> row : LexiconFile.table(Approximation.class, "approximations.tsv", 2)) {
      Shape shape = Shape.valueOf(row.get(0).replace('-', '_').toUpperCase(Locale.ROOT));
      for (String form : row.get(1).split(",")) {
        loaded.add(new Form(shape, form.strip().toLowerCase(Locale.ROOT)));
      }
    }
    // the longest form first, so "just under" wins over "under"
    loaded.sort(Comparator.comparingInt((Form form) -> -form.text().length()));
    this.forms = ImmutableList.copyOf(loaded);
  }

  static Approximation instance() {
    return INSTANCE;
  }

  /** The qualifier whose words end just before {@code at} in {@code text} (spaces between), or none. */
  Qualifier before(String text, int at) {
    int end = at;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int from = Math.max(0, end - 24);
    String window = text.substring(from, end).toLowerCase(Locale.ROOT);
    for (Form form : forms) {
      if (window.endsWith(form.text())) {
        int start = end - form.text().length();
        if ((start == 0 || !Character.isLetter(text.charAt(start - 1))) && !particleOver(text, start, form)) {
          return new Qualifier(form.shape(), text.substring(start, end), start);
        }
      }
    }
    return Qualifier.none(at);
  }

  /** "handed over 40 caskets": the "over" of a phrasal verb is no bound. */
  private boolean particleOver(String text, int start, Form form) {
    if (!form.text().equals("over")) {
      return false;
    }
    int end = start;
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    int from = end;
    while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
      from--;
    }
    return overParticleVerbs.contains(text.substring(from, end).toLowerCase(Locale.ROOT));
  }

  /** The qualifier a time expression's own text opens with ("more than 12 hours", "about two weeks"), or none. */
  Qualifier opening(String text, int at) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (Form form : forms) {
      if (lower.startsWith(form.text() + " ")) {
        return new Qualifier(form.shape(), text.substring(0, form.text().length()), at);
      }
    }
    return Qualifier.none(at);
  }

  /**
   * The interval a number may mean: its rounding ({@code precision} is the unit of its last digit), widened
   * by the qualifier; {@code slack} is how far "about" reaches, as a fraction of the value, at least one
   * unit of precision.
   */
  static double[] interval(double value, double precision, Shape shape, double slack, double minimumSlack) {
    double half = precision / 2;
    double about = Math.max(Math.max(half, minimumSlack), Math.abs(value) * slack);
    return switch (shape) {
      case EXACT -> new double[] {value - half, value + half};
      case ABOUT -> new double[] {value - about, value + about};
      case NEARLY -> new double[] {value - Math.max(about * 3, precision), value + half};
      case AFTER -> new double[] {value - half, value + Math.max(about * 3, precision)};
      // news bounds are near their number: "more than 20" is not 2,000, "up to 400" is not 20
      case OVER -> new double[] {value + half, value * BOUND_REACH};
      case AT_LEAST -> new double[] {value - half, value * BOUND_REACH};
      case UP_TO -> new double[] {value / BOUND_REACH, value + half};
      case UNDER -> new double[] {value / BOUND_REACH, value - half};
    };
  }
}
