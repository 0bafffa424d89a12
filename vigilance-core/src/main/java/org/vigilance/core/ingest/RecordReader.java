package org.vigilance.core.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the records of one source format (an importer's parsing half).
 *
 * <p>Contract: reads the stream to its end, numbering records by their position in the source (the
 * line number for line-based formats), and hands each record to the sink in increasing order,
 * either as an entity draft or as a reject with its bytes and reason. A record that cannot be read
 * never stops the reading of the others; only an I/O failure does. Records numbered at or below
 * {@link RecordSink#resumeAfter()} may be skipped without parsing. Does not close the stream.
 * Instances are not shared between threads.
 */
public interface RecordReader {

  /** Reads every record of the stream into the sink. */
  void read(InputStream in, RecordSink sink) throws IOException;

  /**
   * What a record is called in a locator: {@code line} (the default), {@code row}, {@code release},
   * ... Fragments cite {@code kind:number}.
   */
  default String recordKind() {
    return "line";
  }
}
