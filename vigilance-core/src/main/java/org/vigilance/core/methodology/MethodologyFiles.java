package org.vigilance.core.methodology;

import java.util.List;

/**
 * Reads methodology files and findings files (a port: the format, YAML, is an adapter's), and hands
 * out the methodology files bundled with the build.
 *
 * <p>Contract: a file that cannot be used is refused with a {@link FileFormatException} naming the
 * file, the line and the field at fault; nothing is half-read. Implementations are thread-safe.
 */
public interface MethodologyFiles {

  /**
   * Reads a methodology file.
   *
   * @param file the file name, for messages
   * @param bytes its bytes (UTF-8)
   * @throws FileFormatException naming the line and field at fault
   */
  Methodology methodology(String file, byte[] bytes);

  /**
   * Reads an analyst's findings file. What it says is checked against a methodology and the case
   * when it is applied (see {@code org.vigilance.core.diligence.Assess}).
   *
   * @param file the file name, for messages
   * @param bytes its bytes (UTF-8)
   * @throws FileFormatException naming the line and field at fault
   */
  FindingsFile findings(String file, byte[] bytes);

  /** The methodology files bundled with the build, by file name. */
  List<Bundled> bundled();

  /** A bundled methodology file: its name and bytes. */
  final class Bundled {
    private final String fileName;
    private final byte[] bytes;

    /**
     * A bundled file.
     *
     * @param fileName its name
     * @param bytes its bytes (copied)
     */
    public Bundled(String fileName, byte[] bytes) {
      this.fileName = fileName;
      this.bytes = bytes.clone();
    }

    /** Its name. */
    public String fileName() {
      return fileName;
    }

    /** A copy of its bytes. */
    public byte[] bytes() {
      return bytes.clone();
    }
  }
}
