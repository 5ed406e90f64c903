package io.github.slaframework.measure.internal;

import io.github.slaframework.core.Priority;
import io.github.slaframework.measure.Event;
import io.github.slaframework.measure.EventFormat;
import io.github.slaframework.measure.EventSource;
import io.github.slaframework.measure.EventType;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * Reads one event log, one accepted event at a time, reporting every bad line (syntax, unknown
 * type, missing field, out of order) to a {@link Rejections} and skipping it.
 */
public abstract class EventReader implements Closeable {

  /** The longest id, ref or camera accepted, in characters. */
  static final int MAX_ID = 200;

  private final InputStream in;
  final LineReader lines;
  final String file;
  final int sourceIndex;
  final Rejections rejections;
  private Event current;
  private long currentLine;
  private Instant latest;

  EventReader(InputStream in, String file, int sourceIndex, Rejections rejections) {
    this.in = in;
    this.lines = new LineReader(in);
    this.file = file;
    this.sourceIndex = sourceIndex;
    this.rejections = rejections;
  }

  /**
   * Opens a reader for a source.
   *
   * @param source the source
   * @param sourceIndex its position among the sources (orders ties and rejected lines)
   * @param rejections where bad lines go
   * @return the reader
   * @throws IOException when the source cannot be opened
   */
  public static EventReader open(EventSource source, int sourceIndex, Rejections rejections)
      throws IOException {
    InputStream in = source.open();
    return source.format() == EventFormat.CSV
        ? new CsvEventReader(in, source.name(), sourceIndex, rejections)
        : new JsonLinesEventReader(in, source.name(), sourceIndex, rejections);
  }

  /**
   * Moves to the next accepted event.
   *
   * @return {@code false} at the end of the log
   * @throws IOException when reading fails
   */
  public final boolean advance() throws IOException {
    while (lines.next()) {
      if (lines.tooLong()) {
        reject("line longer than " + LineReader.MAX_LINE + " bytes");
        continue;
      }
      if (lines.isBlank()) {
        continue;
      }
      Event e = decodeLine();
      if (e == null) {
        continue;
      }
      if (latest != null && e.at().isBefore(latest)) {
        reject("out of order: at " + e.at() + " is before the previous event's " + latest);
        continue;
      }
      latest = e.at();
      current = e;
      currentLine = lines.lineNumber();
      return true;
    }
    current = null;
    return false;
  }

  /**
   * Decodes the current line, rejecting it (and returning {@code null}) when bad; returns
   * {@code null} without a rejection for a header.
   */
  abstract Event decodeLine();

  final void reject(String reason) {
    rejections.reject(sourceIndex, file, lines.lineNumber(), reason);
  }

  /**
   * Builds an event from its fields as text, or rejects the line and returns {@code null}.
   */
  final Event decode(
      String type, String id, String at, String ref, String priority, String camera) {
    if (type == null || type.isEmpty()) {
      reject("missing type");
      return null;
    }
    EventType eventType = EventTypes.of(type);
    if (eventType == null) {
      reject("unknown type " + Excerpt.of(type));
      return null;
    }
    if (id == null || id.isBlank()) {
      reject("missing id");
      return null;
    }
    if (at == null || at.isEmpty()) {
      reject("missing at");
      return null;
    }
    if (id.length() > MAX_ID || (ref != null && ref.length() > MAX_ID)
        || (camera != null && camera.length() > MAX_ID)) {
      reject("an id, ref or camera longer than " + MAX_ID + " characters");
      return null;
    }
    Instant instant = Instants.parse(at);
    if (instant == null) {
      reject("at " + Excerpt.of(at) + " is not an ISO-8601 date-time with an offset");
      return null;
    }
    Priority p = null;
    if (priority != null) {
      if (priority.equals("URGENT")) {
        p = Priority.URGENT;
      } else if (priority.equals("ROUTINE")) {
        p = Priority.ROUTINE;
      } else {
        reject("priority " + Excerpt.of(priority) + " is neither URGENT nor ROUTINE");
        return null;
      }
    }
    if (eventType.closes() && (ref == null || ref.isBlank())) {
      reject(eventType + " needs a ref to the event it closes");
      return null;
    }
    if (eventType == EventType.FAULT_REPORTED && (camera == null || camera.isBlank())) {
      reject("FAULT_REPORTED needs a camera");
      return null;
    }
    return Event.of(eventType, id, instant, ref, p, camera);
  }

  /**
   * The current event.
   *
   * @return the event after a successful {@link #advance()}
   */
  public final Event current() {
    return current;
  }

  /**
   * The line of the current event.
   *
   * @return the 1-based line number
   */
  public final long currentLine() {
    return currentLine;
  }

  /**
   * The source's name.
   *
   * @return the name
   */
  public final String file() {
    return file;
  }

  /**
   * The source's position among the sources.
   *
   * @return the index
   */
  public final int sourceIndex() {
    return sourceIndex;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
