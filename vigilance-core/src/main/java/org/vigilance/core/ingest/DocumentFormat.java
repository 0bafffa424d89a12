package org.vigilance.core.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.vigilance.core.evidence.BlobStore;

/**
 * Reads files of any kind as documents (an adapter such as Apache Tika): tells a file's media type
 * and makes the reader that turns the stored copy of one file into document entities.
 */
public interface DocumentFormat {
  /**
   * The media type of a file, from its bytes and name.
   *
   * @throws IOException when the file cannot be read
   */
  String mediaType(Path file) throws IOException;

  /**
   * A reader for one file.
   *
   * @param shownPath the file's path as the user gave it (recorded on the document)
   * @param blobs where the reader stores the bytes of what the file contains (archive members,
   *     attachments), so that each is kept as evidence of its own
   */
  RecordReader reader(String shownPath, BlobStore blobs);
}
