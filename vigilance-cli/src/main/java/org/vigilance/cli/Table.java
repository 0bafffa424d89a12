package org.vigilance.cli;

/** Helpers for plain-text tables. */
final class Table {
  private Table() {}

  /** The text cut to {@code width} characters, with an ellipsis when cut. */
  static String clip(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "…";
  }

  /** A byte count in human units. */
  static String bytes(long size) {
    if (size < 1_000) {
      return size + " B";
    }
    String[] units = {"kB", "MB", "GB", "TB"};
    double value = size;
    int unit = -1;
    while (value >= 1_000 && unit < units.length - 1) {
      value /= 1_000;
      unit++;
    }
    return String.format(java.util.Locale.ROOT, "%.1f %s", value, units[unit]);
  }
}
