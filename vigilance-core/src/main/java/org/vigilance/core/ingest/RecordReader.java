package org.vigilance.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.vigilance.core.entity.Locator;

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

  /**
   * Where record {@code number} is, as fragments cite it. The default is {@code kind:number}; a
   * reader of a container (a zip of CSV files, say) may name the part: {@code
   * row:Contracts_PrimeTransactions_1.csv:17}. Called during {@link #read}, for records already
   * handed to the sink.
   */
  default Locator locate(long number) {
    return new Locator(recordKind() + ":" + number);
  }
}
