package org.vigilance.cli;

import org.vigilance.core.resolution.CrossReference;
import picocli.CommandLine.Option;

/** The thresholds that {@code xref} and {@code review} share (a picocli mixin). */
final class XrefOptions {
  @Option(
      names = "--threshold",
      paramLabel = "T",
      description = "Pairs scoring at least T (default: ${DEFAULT-VALUE}).")
  double threshold = CrossReference.Options.defaults().threshold();

  @Option(
      names = "--auto-merge",
      paramLabel = "A",
      description =
          "Merge automatically from score A, when the rule allows (default: ${DEFAULT-VALUE}).")
  double autoMerge = CrossReference.Options.defaults().autoMerge();

  /**
   * The options of the use case.
   *
   * @throws IllegalArgumentException when the thresholds are out of range
   */
  CrossReference.Options options() {
    return new CrossReference.Options(
        threshold, autoMerge, CrossReference.Options.defaults().window());
  }
}
