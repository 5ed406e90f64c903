package io.github.slaframework.measure.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The fast path of {@link JsonLinesEventReader}: reads a line that is one flat JSON object whose
 * members are all known names with plain ASCII string values, straight from the line's bytes,
 * without a parser per line. Anything else (an escape, a non-ASCII byte, {@code null}, a number,
 * an unknown or {@code x-} member, a repeated member, a syntax error) makes it answer
 * {@code false}, and the reader parses the line with Jackson, which gives every finding. So a line
 * this class accepts is one Jackson accepts with the same values, and it never rejects anything.
 *
 * <p>Why: a Jackson parser per line (its bootstrap, buffer recycling and text buffer) cost about
 * a third of the CPU of {@code sla measure} over a large log. Values of the members that repeat
 * from line to line (type, priority, camera, ...) come from a small cache of strings, so most
 * lines allocate only their id, ref and instant text.
 */
final class FlatJsonLine {

  private static final int CACHE_SIZE = 256;

  private final byte[][] names;
  private final boolean[] cached;
  private final String[] values;
  private final byte[][][] cacheKeys;
  private final String[][] cacheValues;

  /**
   * A scanner for lines whose members are among {@code names}.
   *
   * @param names the member names, in the order of {@link #values()}
   * @param cached for each name, whether its values repeat enough to be worth a cache
   */
  FlatJsonLine(String[] names, boolean[] cached) {
    this.names = new byte[names.length][];
    for (int i = 0; i < names.length; i++) {
      this.names[i] = names[i].getBytes(StandardCharsets.US_ASCII);
    }
    this.cached = cached.clone();
    this.values = new String[names.length];
    this.cacheKeys = new byte[names.length][][];
    this.cacheValues = new String[names.length][];
    for (int i = 0; i < names.length; i++) {
      if (cached[i]) {
        cacheKeys[i] = new byte[CACHE_SIZE][];
        cacheValues[i] = new String[CACHE_SIZE];
      }
    }
  }

  /**
   * The values of the last line scanned, {@code null} for an absent member.
   *
   * @return the values, by the index of their name (the array is reused)
   */
  String[] values() {
    return values;
  }

  /**
   * Scans a line.
   *
   * @param b the buffer
   * @param from the line's first byte
   * @param length the line's length
   * @return {@code true} when the line is a flat object of known, plain string members (its values
   *     are then in {@link #values()}); {@code false} when the line needs the full parser
   */
  boolean scan(byte[] b, int from, int length) {
    Arrays.fill(values, null);
    int end = from + length;
    int i = skipSpace(b, from, end);
    if (i >= end || b[i] != '{') {
      return false;
    }
    i = skipSpace(b, i + 1, end);
    int seen = 0;
    while (true) {
      int nameEnd = stringAt(b, i, end);
      if (nameEnd < 0) {
        return false;
      }
      int nameStart = i + 1;
      int field = field(b, nameStart, nameEnd - nameStart);
      if (field < 0 || (seen & (1 << field)) != 0) {
        return false;
      }
      seen |= 1 << field;
      i = skipSpace(b, nameEnd + 1, end);
      if (i >= end || b[i] != ':') {
        return false;
      }
      i = skipSpace(b, i + 1, end);
      int valueEnd = stringAt(b, i, end);
      if (valueEnd < 0) {
        return false;
      }
      int valueStart = i + 1;
      values[field] = cached[field] ? cachedString(field, b, valueStart, valueEnd - valueStart)
          : new String(b, valueStart, valueEnd - valueStart, StandardCharsets.ISO_8859_1);
      i = skipSpace(b, valueEnd + 1, end);
      if (i >= end) {
        return false;
      }
      if (b[i] == '}') {
        return skipSpace(b, i + 1, end) == end;
      }
      if (b[i] != ',') {
        return false;
      }
      i = skipSpace(b, i + 1, end);
    }
  }

  /**
   * The index of the closing quote of a string of printable ASCII without escapes that opens at
   * {@code at}, or -1 when there is none.
   */
  private static int stringAt(byte[] b, int at, int end) {
    if (at >= end || b[at] != '"') {
      return -1;
    }
    for (int i = at + 1; i < end; i++) {
      byte c = b[i];
      if (c == '"') {
        return i;
      }
      // Negative: a non-ASCII byte (UTF-8 the parser checks); below space: a control character
      // JSON forbids; a backslash: an escape.
      if (c < 0x20 || c == '\\' || c == 0x7f) {
        return -1;
      }
    }
    return -1;
  }

  private static int skipSpace(byte[] b, int from, int end) {
    int i = from;
    while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    return i;
  }

  private int field(byte[] b, int from, int length) {
    for (int f = 0; f < names.length; f++) {
      byte[] name = names[f];
      if (name.length == length && Arrays.equals(name, 0, length, b, from, from + length)) {
        return f;
      }
    }
    return -1;
  }

  private String cachedString(int field, byte[] b, int from, int length) {
    int h = 1;
    for (int i = from; i < from + length; i++) {
      h = 31 * h + b[i];
    }
    int slot = (h ^ (h >>> 16)) & (CACHE_SIZE - 1);
    byte[][] keys = cacheKeys[field];
    byte[] key = keys[slot];
    if (key != null && key.length == length && Arrays.equals(key, 0, length, b, from, from + length)) {
      return cacheValues[field][slot];
    }
    String s = new String(b, from, length, StandardCharsets.ISO_8859_1);
    keys[slot] = Arrays.copyOfRange(b, from, from + length);
    cacheValues[field][slot] = s;
    return s;
  }
}
