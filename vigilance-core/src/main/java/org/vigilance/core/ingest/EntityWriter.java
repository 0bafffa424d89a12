package org.vigilance.core.ingest;

import java.io.Closeable;
import java.io.IOException;
import org.vigilance.core.entity.MergedEntity;

/**
 * Writes merged entities in an export format (an exporter). Closing flushes; it does not close the
 * underlying stream unless the implementation says so. Not thread-safe.
 */
public interface EntityWriter extends Closeable {

  /** Writes one entity. */
  void write(MergedEntity entity) throws IOException;
}
