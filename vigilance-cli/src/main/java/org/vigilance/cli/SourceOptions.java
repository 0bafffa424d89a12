package org.vigilance.cli;

import org.jspecify.annotations.Nullable;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Sensitivity;
import picocli.CommandLine.Option;

/**
 * What every command that records sources says about them: collection, sensitivity, evidence grade
 * and who captures them (a picocli mixin of {@code import} and {@code ingest}).
 */
final class SourceOptions {
  @Option(
      names = "--collection",
      paramLabel = "NAME",
      description = "Collection the sources belong to (default: ${DEFAULT-VALUE}).")
  String collection = CollectionName.DEFAULT.value();

  @Option(
      names = "--sensitivity",
      paramLabel = "LEVEL",
      description = "public, restricted or confidential (default: ${DEFAULT-VALUE}).")
  String sensitivity = "restricted";

  @Option(
      names = "--grade",
      paramLabel = "E1..E4",
      description =
          "Evidence grade: E1 official record, E2 company disclosure, E3 credible third party, E4"
              + " unverified (default: ${DEFAULT-VALUE}).")
  String grade = "E4";

  @Option(
      names = "--captured-by",
      paramLabel = "NAME",
      description = "Who captures them (default: $USER).")
  @Nullable String capturedBy;

  /** The collection named. */
  CollectionName collection() {
    return CollectionName.of(collection);
  }

  /** The sensitivity named. */
  Sensitivity sensitivity() {
    return Sensitivity.parse(sensitivity);
  }

  /** The grade named. */
  EvidenceGrade grade() {
    return EvidenceGrade.parse(grade);
  }

  /**
   * Who captures the sources: the option, else {@code $USER} (see {@link VigilanceCommand#user}).
   */
  String capturedBy(VigilanceCommand root) {
    return root.user(capturedBy);
  }
}
