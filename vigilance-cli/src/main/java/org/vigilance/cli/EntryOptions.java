package org.vigilance.cli;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.diligence.RecordEntry;
import org.vigilance.core.entity.EntityDraft;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Sensitivity;
import picocli.CommandLine.Option;

/**
 * What every command that records an entry (a claim, a citation, a letter, an assessment...) says
 * about it: collection, sensitivity and who enters it (a picocli mixin). The grade comes from what
 * the entry cites (see ADR 0011).
 */
final class EntryOptions {
  @Option(
      names = "--collection",
      paramLabel = "NAME",
      description = "Collection the entry belongs to (default: ${DEFAULT-VALUE}).")
  String collection = CollectionName.DEFAULT.value();

  @Option(
      names = "--sensitivity",
      paramLabel = "LEVEL",
      description = "public, restricted or confidential (default: ${DEFAULT-VALUE}).")
  String sensitivity = "restricted";

  @Option(
      names = "--entered-by",
      paramLabel = "NAME",
      description = "Who enters it (default: $USER).")
  @Nullable String enteredBy;

  /**
   * The entry these options describe.
   *
   * @param kind what is entered ({@code claim}, {@code cite}...)
   * @param name the entry's name, e.g. {@code claim add C1}
   * @param grade the grade of what it transcribes
   * @param url where the cited item is, when known
   */
  RecordEntry.Entry entry(
      VigilanceCommand root,
      String kind,
      String name,
      EvidenceGrade grade,
      @Nullable String url,
      List<EntityDraft> entities) {
    return new RecordEntry.Entry(
        kind,
        name,
        CollectionName.of(collection),
        Sensitivity.parse(sensitivity),
        grade,
        url,
        root.user(enteredBy),
        entities);
  }
}
