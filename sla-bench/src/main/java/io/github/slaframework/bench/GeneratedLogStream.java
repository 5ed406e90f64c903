package io.github.slaframework.bench;

import io.github.slaframework.measure.Event;
import io.github.slaframework.measure.EventLogWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/** JSON Lines bytes of generated events, produced as they are read: nothing is held in memory. */
final class GeneratedLogStream extends InputStream {

  private final Iterator<Event> events;
  private final StringBuilder text = new StringBuilder(64 * 1024);
  private byte[] chunk = new byte[0];
  private int pos;

  GeneratedLogStream(Iterator<Event> events) {
    this.events = events;
  }

  private boolean fill() throws IOException {
    if (pos < chunk.length) {
      return true;
    }
    text.setLength(0);
    for (int i = 0; i < 512 && events.hasNext(); i++) {
      EventLogWriter.writeJsonLine(events.next(), text);
    }
    chunk = text.toString().getBytes(StandardCharsets.UTF_8);
    pos = 0;
    return chunk.length > 0;
  }

  @Override
  public int read() throws IOException {
    return fill() ? chunk[pos++] & 0xff : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(len, chunk.length - pos);
    System.arraycopy(chunk, pos, b, off, n);
    pos += n;
    return n;
  }
}
