package org.vigilance.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time of this process and of its finished child processes, in nanoseconds: what a benchmark
 * prints beside wall time, because on a shared machine wall time also measures the other load.
 */
final class ProcessCpu {
  private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

  private ProcessCpu() {}

  /** CPU time of this JVM (every thread), or -1 when the JVM does not tell. */
  static long self() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /**
   * CPU time of the child processes that have ended and been waited for (Linux {@code
   * /proc/self/stat}: cutime + cstime), or -1 where that file is not there.
   */
  static long children() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      // the command name (field 2) is in parentheses and may hold spaces: count after it
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ", -1);
      long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]); // fields 16 and 17
      return ticks * 1_000_000_000L / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
