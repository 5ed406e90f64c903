package io.github.slaframework.measure.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines without decoding it: the current line is a slice of a reused
 * buffer. A line longer than {@link #MAX_LINE} bytes is skipped and flagged. A UTF-8 byte order
 * mark and a trailing carriage return are dropped.
 */
final class LineReader {

  /** The longest line read, in bytes. */
  static final int MAX_LINE = 16 * 1024;

  private final InputStream in;
  private byte[] buf = new byte[64 * 1024];
  private int pos;
  private int limit;
  private boolean eof;
  private long lineNumber;

  private int lineStart;
  private int lineLength;
  private boolean tooLong;

  LineReader(InputStream in) {
    this.in = in;
  }

  /** Moves to the next line; returns {@code false} at the end of the stream. */
  boolean next() throws IOException {
    tooLong = false;
    while (true) {
      for (int i = pos; i < limit; i++) {
        if (buf[i] == '\n') {
          setLine(pos, i);
          pos = i + 1;
          return true;
        }
      }
      if (eof) {
        if (pos < limit) {
          setLine(pos, limit);
          pos = limit;
          return true;
        }
        return false;
      }
      if (limit - pos >= MAX_LINE) {
        skipRestOfLine();
        return true;
      }
      fill();
    }
  }

  private void setLine(int from, int to) {
    lineNumber++;
    if (to - from >= MAX_LINE) {
      // The buffer can hold a whole line longer than the limit: flag it here too, so that every
      // long line is a LIMIT line, never a parser's SYNTAX error.
      tooLong = true;
      lineStart = 0;
      lineLength = 0;
      return;
    }
    int end = to;
    if (end > from && buf[end - 1] == '\r') {
      end--;
    }
    int start = from;
    if (lineNumber == 1 && end - start >= 3 && (buf[start] & 0xff) == 0xef
        && (buf[start + 1] & 0xff) == 0xbb && (buf[start + 2] & 0xff) == 0xbf) {
      start += 3;
    }
    lineStart = start;
    lineLength = end - start;
  }

  private void skipRestOfLine() throws IOException {
    lineNumber++;
    tooLong = true;
    lineStart = 0;
    lineLength = 0;
    while (true) {
      for (int i = pos; i < limit; i++) {
        if (buf[i] == '\n') {
          pos = i + 1;
          return;
        }
      }
      pos = 0;
      limit = 0;
      if (eof) {
        return;
      }
      fill();
    }
  }

  private void fill() throws IOException {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, limit - pos);
      limit -= pos;
      pos = 0;
    }
    if (limit == buf.length) {
      byte[] bigger = new byte[buf.length * 2];
      System.arraycopy(buf, 0, bigger, 0, limit);
      buf = bigger;
    }
    int n = in.read(buf, limit, buf.length - limit);
    if (n < 0) {
      eof = true;
    } else {
      limit += n;
    }
  }

  long lineNumber() {
    return lineNumber;
  }

  byte[] buffer() {
    return buf;
  }

  int lineStart() {
    return lineStart;
  }

  int lineLength() {
    return lineLength;
  }

  boolean tooLong() {
    return tooLong;
  }

  boolean isBlank() {
    for (int i = lineStart; i < lineStart + lineLength; i++) {
      byte b = buf[i];
      if (b != ' ' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
