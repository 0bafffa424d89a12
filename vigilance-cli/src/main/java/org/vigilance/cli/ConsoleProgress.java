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

  static ProgressListener of(boolean quiet, PrintStream err) {
    return quiet ? ProgressListener.NONE : new ConsoleProgress(err);
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
            .hideEta()
            .clearDisplayOnFinish();
    if (unit.equals("B")) {
      builder.setUnit(" MB", 1_000_000L);
    } else {
      builder.showSpeed();
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
