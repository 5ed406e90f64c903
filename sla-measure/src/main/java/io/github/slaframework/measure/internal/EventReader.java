package io.github.slaframework.measure.internal;

import io.github.slaframework.core.Priority;
import io.github.slaframework.measure.Event;
import io.github.slaframework.measure.EventFindingCodes;
import io.github.slaframework.measure.EventFormat;
import io.github.slaframework.measure.EventSource;
import io.github.slaframework.measure.EventType;
import io.github.slaframework.measure.MeasurementLimits;
import io.github.slaframework.measure.Outcome;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * Reads one event source, one accepted event at a time, reporting every bad line (syntax, unknown
 * type, missing field, out of order) to a {@link Rejections} and skipping it.
 */
public abstract class EventReader implements Closeable {

  /** The longest id, ref or camera accepted, in characters. */
  static final int MAX_ID = 200;

  final String file;
  final int sourceIndex;
  final Rejections rejections;
  private Event current;
  private long currentLine;
  private Instant latest;

  EventReader(String file, int sourceIndex, Rejections rejections) {
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
    if (source.events().isPresent()) {
      return new IterableEventReader(source.events().get(), source.name(), sourceIndex,
          rejections);
    }
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
    Event e;
    while ((e = next()) != null) {
      // Before the order check: a line at year +999999999 must not make every later line
      // "out of order".
      String outside = outsideHorizon(e.at());
      if (outside != null) {
        reject(EventFindingCodes.LIMIT, "/at", outside);
        continue;
      }
      if (latest != null && e.at().isBefore(latest)) {
        reject(EventFindingCodes.EVENT_ORDER, "/at",
            "out of order: at " + e.at() + " is before the previous event's " + latest);
        continue;
      }
      latest = e.at();
      current = e;
      currentLine = position();
      return true;
    }
    current = null;
    return false;
  }

  /**
   * Why an event's instant cannot be measured: outside the horizon of
   * {@link MeasurementLimits#inHorizon(Instant)}.
   *
   * @param at the instant
   * @return the reason, or {@code null} when it can be measured
   */
  static String outsideHorizon(Instant at) {
    return MeasurementLimits.inHorizon(at) ? null
        : "at " + at + " is outside the years 1900 to 2200 that can be measured";
  }

  /**
   * The next well-formed event of the source, rejecting (and skipping) the bad lines before it.
   *
   * @return the event, or {@code null} at the end
   */
  abstract Event next() throws IOException;

  /** The 1-based line (or position) of what {@link #next()} read last. */
  abstract long position();

  final void reject(String code, String path, String message) {
    reject(code, path, 1, message);
  }

  final void reject(String code, String path, int column, String message) {
    rejections.reject(sourceIndex, file, position(), column, code, path, message);
  }

  /**
   * Builds an event from its fields as text, or rejects the line and returns {@code null}.
   */
  final Event decode(String type, String id, String at, String ref, String priority,
      String camera, String requester, String outcome) {
    if (type == null || type.isEmpty()) {
      reject(EventFindingCodes.REQUIRED, "/type", "missing type");
      return null;
    }
    EventType eventType = EventTypes.of(type);
    if (eventType == null) {
      reject(EventFindingCodes.INVALID_VALUE, "/type", "unknown type " + Excerpt.of(type));
      return null;
    }
    if (id == null || id.isBlank()) {
      reject(EventFindingCodes.REQUIRED, "/id", "missing id");
      return null;
    }
    if (at == null || at.isEmpty()) {
      reject(EventFindingCodes.REQUIRED, "/at", "missing at");
      return null;
    }
    if (id.length() > MAX_ID || (ref != null && ref.length() > MAX_ID)
        || (camera != null && camera.length() > MAX_ID)
        || (requester != null && requester.length() > MAX_ID)) {
      String path = id.length() > MAX_ID ? "/id"
          : ref != null && ref.length() > MAX_ID ? "/ref"
          : camera != null && camera.length() > MAX_ID ? "/camera" : "/requester";
      reject(EventFindingCodes.LIMIT, path,
          "an id, ref, camera or requester longer than " + MAX_ID + " characters");
      return null;
    }
    Instant instant = Instants.parse(at);
    if (instant == null) {
      reject(EventFindingCodes.INVALID_VALUE, "/at",
          "at " + Excerpt.of(at) + " is not an ISO-8601 date-time with an offset");
      return null;
    }
    Priority p = null;
    if (priority != null) {
      if (priority.equals("URGENT")) {
        p = Priority.URGENT;
      } else if (priority.equals("ROUTINE")) {
        p = Priority.ROUTINE;
      } else if (priority.equals("THREAT_TO_LIFE")) {
        p = Priority.THREAT_TO_LIFE;
      } else {
        reject(EventFindingCodes.INVALID_VALUE, "/priority",
            "priority " + Excerpt.of(priority) + " is not URGENT, ROUTINE or THREAT_TO_LIFE");
        return null;
      }
    }
    Outcome o = null;
    if (outcome != null) {
      if (eventType != EventType.FOOTAGE_DELIVERED) {
        reject(EventFindingCodes.INVALID_VALUE, "/outcome",
            "outcome is for FOOTAGE_DELIVERED only, not " + eventType);
        return null;
      }
      o = OUTCOMES.get(outcome);
      if (o == null) {
        reject(EventFindingCodes.INVALID_VALUE, "/outcome",
            "outcome " + Excerpt.of(outcome) + " is not DELIVERED, NO_FOOTAGE, "
                + "OUTSIDE_RETENTION, DECLINED or WITHDRAWN");
        return null;
      }
    }
    if (eventType.needsRef() && (ref == null || ref.isBlank())) {
      reject(EventFindingCodes.REQUIRED, "/ref", eventType.closes()
          ? eventType + " needs a ref to the event it closes"
          : eventType + " needs a ref to the event whose clock it stops or restarts");
      return null;
    }
    if (eventType == EventType.FAULT_REPORTED && (camera == null || camera.isBlank())) {
      reject(EventFindingCodes.REQUIRED, "/camera", "FAULT_REPORTED needs a camera");
      return null;
    }
    Event e = Event.of(eventType, id, instant, ref, p, camera);
    // An empty requester is no requester: CSV cannot tell the two apart, so JSON Lines does not.
    if (requester != null && !requester.isEmpty()) {
      e = e.withRequester(requester);
    }
    return o == null ? e : e.withOutcome(o);
  }

  private static final java.util.Map<String, Outcome> OUTCOMES = new java.util.HashMap<>();

  static {
    for (Outcome o : Outcome.values()) {
      OUTCOMES.put(o.name(), o);
    }
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
}
