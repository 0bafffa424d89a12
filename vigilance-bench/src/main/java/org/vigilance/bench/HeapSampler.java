package org.vigilance.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the Java heap in use every 50 ms from a daemon thread, and keeps the highest sample, from
 * {@link #start} to {@link #close}. A sample counts garbage not yet collected too, so the peak is
 * what the heap had to hold, not the live set. Thread-safe.
 */
final class HeapSampler implements AutoCloseable {
  private static final long PERIOD_MILLIS = 50;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private final Thread thread;
  private volatile boolean running = true;

  private HeapSampler() {
    this.thread = new Thread(this::run, "heap-sampler");
    thread.setDaemon(true);
  }

  /** Takes a first sample and starts sampling. */
  static HeapSampler start() {
    HeapSampler sampler = new HeapSampler();
    sampler.sample();
    sampler.thread.start();
    return sampler;
  }

  /** The highest heap use sampled so far, in bytes (takes one more sample first). */
  long peak() {
    sample();
    return peak.get();
  }

  /** Stops sampling. */
  @Override
  public void close() {
    running = false;
    thread.interrupt();
  }

  private void run() {
    while (running) {
      sample();
      try {
        Thread.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        return; // closed
      }
    }
  }

  private void sample() {
    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
  }
}
