package org.vigilance.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

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
      String[] fields = fieldsAfterName(Files.readString(Path.of("/proc/self/stat")));
      return ticks(fields, 13); // cutime + cstime: fields 16 and 17
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * The fields of a {@code /proc} stat line after the command name (field 2, in parentheses, may
   * hold spaces): field 3 at index 0.
   */
  private static String[] fieldsAfterName(String stat) {
    return stat.substring(stat.lastIndexOf(')') + 2).split(" ", -1);
  }

  /** The sum of the two clock-tick fields at {@code index}, in nanoseconds. */
  private static long ticks(String[] fields, int index) {
    long ticks = Long.parseLong(fields[index]) + Long.parseLong(fields[index + 1]);
    return ticks * 1_000_000_000L / TICKS_PER_SECOND;
  }

  /**
   * CPU time of this JVM's live threads by name (numbers at the end of a name dropped, so that the
   * JIT's or the collector's threads add up), in nanoseconds; empty where Linux's {@code
   * /proc/self/task} is not there. The JIT's threads are in it, which the JVM's own thread beans
   * leave out.
   */
  static Map<String, Long> byThread() {
    Map<String, Long> cpu = new TreeMap<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      tasks.forEach(
          task -> {
            try {
              String stat = Files.readString(task.resolve("stat"));
              String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
              cpu.merge(
                  name.replaceAll("[#0-9]+$", "").strip(),
                  ticks(fieldsAfterName(stat), 11), // utime + stime: fields 14 and 15
                  Long::sum);
            } catch (IOException | RuntimeException e) {
              // the thread ended meanwhile
            }
          });
    } catch (IOException e) {
      return Map.of();
    }
    return cpu;
  }

  /** The CPU time of the process and of each live thread group at a moment. */
  record Reading(Map<String, Long> threads, long process) {
    /** Now. */
    static Reading now() {
      return new Reading(byThread(), self());
    }

    /**
     * What each thread group used since this reading, and what threads that ended meanwhile used
     * (the rest of the process's time), as one line of seconds.
     */
    String since() {
      Reading after = now();
      StringBuilder line = new StringBuilder();
      long listed = 0;
      for (Map.Entry<String, Long> e : after.threads().entrySet()) {
        long used = e.getValue() - threads.getOrDefault(e.getKey(), 0L);
        listed += used;
        if (used >= 50_000_000L) {
          line.append(String.format(java.util.Locale.ROOT, "%s %.1f s, ", e.getKey(), used / 1e9));
        }
      }
      line.append(
          String.format(
              java.util.Locale.ROOT,
              "threads that ended %.1f s",
              Math.max(0, after.process() - process - listed) / 1e9));
      return line.toString();
    }
  }
}
