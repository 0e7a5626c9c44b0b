package dev.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Ticker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  /** A clock the test moves by hand, so no test waits or depends on the machine's speed. */
  private static final class ManualTicker extends Ticker {
    final AtomicLong nanos = new AtomicLong();

    @Override
    public long read() {
      return nanos.get();
    }

    void advance(Duration duration) {
      nanos.addAndGet(duration.toNanos());
    }
  }

  private final ManualTicker ticker = new ManualTicker();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  @Test
  void aQuickStepPrintsNothing() {
    try (Progress progress = Progress.of("Indexing", 10, true, ticker, Duration.ofSeconds(2), stream, 80)) {
      ticker.advance(Duration.ofMillis(1500));
      for (int i = 0; i < 10; i++) {
        progress.step();
      }
    }

    assertThat(bytes.size()).isZero();
  }

  @Test
  void aLongStepShowsTheBarWithTheTaskAndCount() {
    try (Progress progress = Progress.of("Indexing", 10, true, ticker, Duration.ofSeconds(2), stream, 80)) {
      progress.step();
      ticker.advance(Duration.ofSeconds(3));
      progress.stepBy(6);
    }

    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("Indexing").contains("7/10");
  }

  @Test
  void withoutATerminalNothingIsDrawnButStepsAreCounted() {
    Progress progress = Progress.of("Indexing", 10, false, ticker, Duration.ofSeconds(2), stream, 80);
    ticker.advance(Duration.ofMinutes(5));
    progress.stepBy(4);
    progress.close();

    assertThat(bytes.size()).isZero();
    assertThat(progress.done()).isEqualTo(4);
  }

  @Test
  void terminalWidthFollowsColumnsAndFallsBackWhenUnreadable() {
    assertThat(Progress.terminalWidth("120")).isEqualTo(119);
    assertThat(Progress.terminalWidth("wide")).isEqualTo(80);
    assertThat(Progress.terminalWidth(null)).isEqualTo(80);
  }
}
