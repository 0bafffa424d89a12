package org.vigilance.core.resolution;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads files of labelled pairs (port): CSV with a header naming {@code name1}, {@code name2} and
 * {@code is_match} ({@code true}/{@code false}, {@code 1}/{@code 0}), and optionally {@code id1},
 * {@code id2}, {@code country1}, {@code country2}, {@code score}, and any other columns.
 */
public interface LabelledPairs {
  /**
   * Reads a file.
   *
   * @param file the CSV file
   * @param labelled whether {@code is_match} is required (false for a file of scores)
   * @return its rows in order
   * @throws IOException when the file cannot be read
   * @throws IllegalArgumentException when a required column is missing or a value is malformed,
   *     naming the file, line and column
   */
  List<LabelledPair> read(Path file, boolean labelled) throws IOException;
}
