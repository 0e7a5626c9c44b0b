package dev.crosscheck.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Ticker;
import dev.crosscheck.report.Terminals;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for one long step of a run (indexing, extracting claims), drawn by
 * me.tongfei:progressbar. It appears only when stderr is a terminal and only once the step has taken longer
 * than {@link #DELAY}: a quick run prints nothing, and stderr redirected to a log file or a CI console never
 * fills with carriage-return redraws. Stdout is never touched, so piped summaries stay clean.
 *
 * <p>{@link #step()} may be called from several threads.
 */
public final class Progress implements AutoCloseable {

  public static final Duration DELAY = Duration.ofSeconds(2);
  private static final int DEFAULT_WIDTH = 80;

  private final String task;
  private final long total;
  private final boolean enabled;
  private final Ticker ticker;
  private final long startNanos;
  private final Duration delay;
  private final PrintStream stream;
  private final int width;
  private final boolean colour;
  private final AtomicLong done = new AtomicLong();
  private ProgressBar bar;
  private boolean closed;

  private Progress(String task, long total, boolean enabled, Ticker ticker, Duration delay, PrintStream stream,
      int width, boolean colour) {
    checkArgument(total >= 0, "a step cannot have a negative number of items: %s", total);
    this.task = task;
    this.total = total;
    this.enabled = enabled;
    this.ticker = ticker;
    this.startNanos = ticker.read();
    this.delay = delay;
    this.stream = stream;
    this.width = width;
    this.colour = colour;
  }

  /** Progress over {@code total} items of {@code task} ("Indexing", "Extracting claims"), drawn on stderr. */
  public static Progress onStderr(String task, long total) {
    boolean colour = Terminals.colourWanted(Terminals.STDERR, System.getenv());
    return new Progress(task, total, Terminals.isTerminal(Terminals.STDERR), Ticker.systemTicker(), DELAY,
        System.err, terminalWidth(System.getenv("COLUMNS")), colour);
  }

  /** For tests and embedding: every decision made by the caller. */
  static Progress of(String task, long total, boolean enabled, Ticker ticker, Duration delay, PrintStream stream,
      int width) {
    return new Progress(task, total, enabled, ticker, delay, stream, width, false);
  }

  public void step() {
    stepBy(1);
  }

  public void stepBy(long items) {
    long now = done.addAndGet(items);
    if (!enabled) {
      return;
    }
    synchronized (this) {
      if (closed) {
        return;
      }
      if (bar == null) {
        Duration elapsed = Duration.ofNanos(ticker.read() - startNanos);
        if (elapsed.compareTo(delay) < 0) {
          return;
        }
        bar = new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(style())
            .setConsumer(new ConsoleProgressBarConsumer(stream, width))
            .setUpdateIntervalMillis(200)
            .startsFrom(0, elapsed)
            .build();
      }
      bar.stepTo(now);
    }
  }

  /** How many items are done so far. */
  public long done() {
    return done.get();
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (bar != null) {
      bar.stepTo(done.get());
      bar.close();
    }
  }

  private ProgressBarStyle style() {
    if (!StandardCharsets.UTF_8.equals(Charset.defaultCharset())) {
      return ProgressBarStyle.ASCII;
    }
    return colour ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.UNICODE_BLOCK;
  }

  static int terminalWidth(String columns) {
    if (columns == null) {
      return DEFAULT_WIDTH;
    }
    try {
      // One column short of the edge: a line exactly as wide as the terminal wraps on some terminals.
      int width = Integer.parseInt(columns.strip());
      return width >= 20 ? width - 1 : DEFAULT_WIDTH;
    } catch (NumberFormatException e) {
      return DEFAULT_WIDTH;
    }
  }
}
