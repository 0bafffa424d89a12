package org.vigilance.core.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.vigilance.core.entity.EntityMerger;
import org.vigilance.core.entity.FragmentStore;
import org.vigilance.core.privacy.Masking;

/**
 * Writes every merged entity of a store, in id order, through an exporter. Personal data of
 * affected people in document text is masked (see {@link Masking}): an export is an output.
 */
public final class ExportEntities {
  private final FragmentStore fragments;
  private final EntityMerger merger;

  /** A use case over the given store. */
  public ExportEntities(FragmentStore fragments, EntityMerger merger) {
    this.fragments = fragments;
    this.merger = merger;
  }

  /**
   * Exports every entity.
   *
   * @return how many entities were written
   */
  public long run(EntityWriter writer, ProgressListener progress) throws IOException {
    long total = fragments.counts().entities();
    progress.start("export", total, "entities");
    long[] written = new long[1];
    try {
      fragments.forEachEntity(
          (id, list) -> {
            try {
              writer.write(Masking.apply(merger.merge(list)));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            written[0]++;
            if (written[0] % 1_000 == 0) {
              progress.update(written[0], written[0]);
            }
          });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      progress.finish();
    }
    return written[0];
  }
}
