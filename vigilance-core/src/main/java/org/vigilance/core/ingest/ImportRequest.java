package org.vigilance.core.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.vigilance.core.entity.BatchInfo;
import org.vigilance.core.evidence.CollectionName;
import org.vigilance.core.evidence.EvidenceGrade;
import org.vigilance.core.evidence.Sensitivity;

/**
 * What to import and how.
 *
 * @param name the source's name (file name, or {@code stdin})
 * @param importer the importer kind ({@code ftm}, ...)
 * @param mediaType the media type of the input
 * @param collection the collection the source goes to
 * @param sensitivity who may see the source
 * @param grade how far the source can be relied on
 * @param originUrl where it was obtained, when known
 * @param licence its licence, when known
 * @param capturedBy who imports it
 * @param batchSize records per atomic batch
 * @param rejectsDir where the rejects file is written
 * @param onCommit told of each committed batch (after it is durable)
 */
public record ImportRequest(
    String name,
    String importer,
    String mediaType,
    CollectionName collection,
    Sensitivity sensitivity,
    EvidenceGrade grade,
    @Nullable String originUrl,
    @Nullable String licence,
    String capturedBy,
    int batchSize,
    Path rejectsDir,
    Consumer<BatchInfo> onCommit) {

  /** The default number of records per batch. */
  public static final int DEFAULT_BATCH_SIZE = 5_000;

  /** Checks the batch size. */
  public ImportRequest {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
    }
  }
}
