package io.github.slaframework.measure.internal;

import io.github.slaframework.measure.Event;
import io.github.slaframework.measure.EventFindingCodes;
import java.io.IOException;
import java.io.InputStream;

/** Reads an event log of lines (JSON Lines or CSV): blank lines skipped, long lines rejected. */
abstract class LogEventReader extends EventReader {

  private final InputStream in;
  final LineReader lines;

  LogEventReader(InputStream in, String file, int sourceIndex, Rejections rejections) {
    super(file, sourceIndex, rejections);
    this.in = in;
    this.lines = new LineReader(in);
  }

  @Override
  final Event next() throws IOException {
    while (lines.next()) {
      if (lines.tooLong()) {
        reject(EventFindingCodes.LIMIT, "", "line longer than " + LineReader.MAX_LINE + " bytes");
        continue;
      }
      if (lines.isBlank()) {
        continue;
      }
      Event e = decodeLine();
      if (e != null) {
        return e;
      }
    }
    return null;
  }

  @Override
  final long position() {
    return lines.lineNumber();
  }

  /**
   * Decodes the current line, rejecting it (and returning {@code null}) when bad; returns
   * {@code null} without a rejection for a header.
   */
  abstract Event decodeLine();

  @Override
  public void close() throws IOException {
    in.close();
  }
}
