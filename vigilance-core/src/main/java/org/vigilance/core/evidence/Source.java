package org.vigilance.core.evidence;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One original item captured as evidence, with what is known of its capture. Immutable: a source is
 * registered once and never changed.
 *
 * @param id deterministic id (see {@link SourceId#derive})
 * @param name the file name, or {@code stdin}
 * @param collection the collection it belongs to
 * @param blob the stored bytes
 * @param mediaType the media type of the bytes
 * @param importer the importer that reads it ({@code ftm}, ...)
 * @param sensitivity who may see it
 * @param grade how far it can be relied on
 * @param originUrl where it was obtained, when known
 * @param licence the licence it is under, when known
 * @param capturedAt when it was captured into the workspace
 * @param capturedBy who captured it
 */
public record Source(
    SourceId id,
    String name,
    CollectionName collection,
    BlobRef blob,
    String mediaType,
    String importer,
    Sensitivity sensitivity,
    EvidenceGrade grade,
    @Nullable String originUrl,
    @Nullable String licence,
    Instant capturedAt,
    String capturedBy) {

  /** Checks that the id matches importer, collection and bytes. */
  public Source {
    Objects.requireNonNull(name);
    if (!id.equals(SourceId.derive(importer, collection, blob.hash()))) {
      throw new IllegalArgumentException(
          "source id " + id + " does not match its importer, collection and bytes");
    }
  }
}
