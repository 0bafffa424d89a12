package org.vigilance.ingest.ocds;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The text of an OCDS file, as JSON parsers over any part of it.
 *
 * <p>OCDS data is UTF-8 (the standard requires it); a UTF-8 byte-order mark is skipped. A file that
 * is not valid UTF-8 is read as ISO-8859-1, which older publishers used, and {@link #note()} says
 * so; but when such a file holds a byte from 0x80 to 0x9F, a control character in ISO-8859-1 that
 * text in that encoding does not contain (the file is more likely Windows-1252 or binary), it is
 * refused instead. A file holding a NUL byte is binary (or UTF-16) and refused too.
 *
 * <p>Offsets are counted in bytes from the first byte after the byte-order mark. In ISO-8859-1 a
 * character is one byte, so character offsets of a parser over the decoded text are byte offsets.
 */
final class OcdsText {
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
  private static final int BOM_LENGTH = 3;

  private final byte[] bytes;
  private final int start;
  private final char @Nullable [] latin1;
  private final @Nullable String note;

  private OcdsText(byte[] bytes, int start, char @Nullable [] latin1, @Nullable String note) {
    this.bytes = bytes;
    this.start = start;
    this.latin1 = latin1;
    this.note = note;
  }

  /**
   * The text of the file's bytes.
   *
   * @throws NotOcdsException when the bytes are binary, or neither UTF-8 nor ISO-8859-1 text
   */
  static OcdsText of(byte[] bytes) throws NotOcdsException {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new NotOcdsException(
            "the file holds a NUL byte at offset "
                + i
                + ": it is binary (or UTF-16), not JSON text in UTF-8");
      }
    }
    boolean bom =
        bytes.length >= BOM_LENGTH
            && (bytes[0] & 0xFF) == 0xEF
            && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF;
    int start = bom ? BOM_LENGTH : 0;
    int invalid = firstInvalidUtf8(bytes, start);
    if (invalid < 0) {
      return new OcdsText(bytes, start, null, null);
    }
    String where =
        String.format(
            Locale.ROOT, "byte 0x%02X at offset %d is not valid UTF-8", bytes[invalid], invalid);
    if (bom) {
      throw new NotOcdsException(
          "the file starts with a UTF-8 byte-order mark but " + where + ": it is damaged");
    }
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if (b >= 0x80 && b <= 0x9F) {
        throw new NotOcdsException(
            String.format(
                Locale.ROOT,
                "the file is neither UTF-8 nor ISO-8859-1 text: %s, and byte 0x%02X at offset %d"
                    + " is a control character in ISO-8859-1 (is it Windows-1252, or a mix of encodings?);"
                    + " convert the file to UTF-8 first",
                where,
                b,
                i));
      }
    }
    char[] chars = new char[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      chars[i] = (char) (bytes[i] & 0xFF);
    }
    return new OcdsText(
        bytes,
        0,
        chars,
        "read as ISO-8859-1: the file is not UTF-8 (" + where + "), as OCDS requires");
  }

  private static int firstInvalidUtf8(byte[] bytes, int start) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(Math.min(bytes.length - start, 1 << 16));
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        result = decoder.flush(out);
        return result.isError() ? in.position() : -1;
      }
      out.clear();
    }
  }

  /** How the file was decoded when it was not UTF-8, or null when it was. */
  @Nullable String note() {
    return note;
  }

  /** The length of the text, in bytes. */
  int length() {
    return bytes.length - start;
  }

  /** The byte at an offset (a character in ISO-8859-1), for finding line ends and whitespace. */
  int at(int offset) {
    return bytes[start + offset] & 0xFF;
  }

  /** A parser over the text in {@code [from, to)}; its locations count from {@code from}. */
  JsonParser parser(int from, int to) throws IOException {
    char[] chars = latin1;
    return chars != null
        ? JSON.createParser(chars, from, to - from)
        : JSON.createParser(bytes, start + from, to - from);
  }

  /** The offset of a location of a parser from {@link #parser}, from that parser's start. */
  long offset(JsonLocation location) {
    return latin1 != null ? location.getCharOffset() : location.getByteOffset();
  }

  /** The file's bytes in {@code [from, to)}, exactly as read. */
  byte[] raw(int from, int to) {
    return Arrays.copyOfRange(bytes, start + from, start + to);
  }
}
