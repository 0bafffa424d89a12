package org.vigilance.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.ingest.ProgressListener;

/** A terminal progress bar with a rate, on standard error. Not thread-safe. */
final class ConsoleProgress implements ProgressListener {
  private final PrintStream err;
  private @Nullable ProgressBar bar;
  private Instant started = Instant.EPOCH;
  private String unit = "";

  ConsoleProgress(PrintStream err) {
    this.err = err;
  }

  /**
   * A bar on {@code err} unless asked to be quiet or unless there is no terminal to draw on (a bar
   * redrawn with carriage returns only clutters a log file).
   */
  static ProgressListener of(boolean quiet, PrintStream err) {
    return quiet || !interactive() ? ProgressListener.NONE : new ConsoleProgress(err);
  }

  /**
   * Whether standard streams are attached to a terminal: {@code Console.isTerminal()} on JDK 22+,
   * where {@code System.console()} is never null; on JDK 21 a console exists only for a terminal.
   */
  @SuppressWarnings("SystemConsoleNull") // handled: isTerminal is called where it exists
  static boolean interactive() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return Boolean.TRUE.equals(java.io.Console.class.getMethod("isTerminal").invoke(console));
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  @Override
  public void start(String task, long total, String unit) {
    finish();
    this.unit = unit;
    this.started = Instant.now();
    ProgressBarBuilder builder =
        new ProgressBarBuilder()
            .setTaskName(task)
            .setInitialMax(total)
            .setStyle(ProgressBarStyle.ASCII)
            .setUpdateIntervalMillis(250)
            .setConsumer(new ConsoleProgressBarConsumer(err))
            .clearDisplayOnFinish();
    if (unit.equals("B")) {
      builder.setUnit(" MB", 1_000_000L); // the rate in records/s goes in the extra message
    } else {
      builder.showSpeed();
    }
    if (total <= 0) {
      builder.hideEta();
    }
    bar = builder.build();
  }

  @Override
  public void update(long done, long items) {
    ProgressBar current = bar;
    if (current == null) {
      return;
    }
    current.stepTo(done);
    if (unit.equals("B")) {
      double seconds =
          Math.max(0.001, Duration.between(started, Instant.now()).toMillis() / 1000.0);
      current.setExtraMessage(
          String.format(Locale.ROOT, "%,d records, %,.0f/s", items, items / seconds));
    }
  }

  @Override
  public void finish() {
    ProgressBar current = bar;
    if (current != null) {
      current.close();
      bar = null;
    }
  }
}
