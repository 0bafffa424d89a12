package org.vigilance.ingest.ftm;

/**
 * Checks that bytes are well-formed UTF-8, as defined by the Unicode Standard (table 3-7): no
 * overlong forms, no surrogates, nothing above U+10FFFF.
 */
final class Utf8 {
  private Utf8() {}

  /**
   * The index of the first byte of the first ill-formed sequence in {@code bytes[from, to)}, or -1
   * when the range is well-formed.
   */
  static int firstInvalid(byte[] bytes, int from, int to) {
    int i = from;
    // fast path: ASCII
    while (i < to && bytes[i] >= 0) {
      i++;
    }
    while (i < to) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length;
      int secondMin = 0x80;
      int secondMax = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        if (b == 0xE0) {
          secondMin = 0xA0;
        } else if (b == 0xED) {
          secondMax = 0x9F;
        }
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        if (b == 0xF0) {
          secondMin = 0x90;
        } else if (b == 0xF4) {
          secondMax = 0x8F;
        }
      } else {
        return i;
      }
      if (i + length > to) {
        return i;
      }
      int second = bytes[i + 1] & 0xFF;
      if (second < secondMin || second > secondMax) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }
}
