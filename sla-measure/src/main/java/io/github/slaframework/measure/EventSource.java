package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One event log to measure: a name (used in rejected-line findings), a format and a way to open
 * its bytes (UTF-8), or events already in memory ({@link #of(Iterable)}). The log is opened (or
 * iterated) once per measurement and read as a stream. Immutable.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class EventSource {

  /**
   * Opens the bytes of an event log.
   *
   * @since 0.1.0
   */
  @FunctionalInterface
  @API(status = STABLE)
  public interface Opener {
    /**
     * Opens a new stream of the log's bytes; the caller closes it.
     *
     * @return the stream, never null
     * @throws IOException when the log cannot be opened
     */
    InputStream open() throws IOException;
  }

  /** The name of an in-memory source made without one. */
  static final String MEMORY = "events";

  private final String name;
  private final EventFormat format;
  private final Opener opener;
  private final Iterable<Event> events;

  private EventSource(String name, EventFormat format, Opener opener) {
    this.name = Objects.requireNonNull(name, "name");
    this.format = Objects.requireNonNull(format, "format");
    this.opener = Objects.requireNonNull(opener, "opener");
    this.events = null;
  }

  private EventSource(String name, Iterable<Event> events) {
    this.name = Objects.requireNonNull(name, "name");
    this.format = EventFormat.JSON_LINES;
    this.events = Objects.requireNonNull(events, "events");
    this.opener = () -> {
      throw new IOException("the in-memory event source " + name + " has no bytes");
    };
  }

  /**
   * Events held in memory (or produced on demand, e.g. from a database cursor), named
   * {@code events} in rejected-line findings. They are measured exactly as the same events read
   * from a log: each must be at or after the one before (an earlier one is rejected as out of
   * order), closes must match open items, and so on. The iterable is iterated once per
   * measurement and not copied; a rejected event's "line" is its 1-based position.
   *
   * @param events the events in time order, never null, none null
   * @return the source
   * @since 0.2.0
   */
  public static EventSource of(Iterable<Event> events) {
    return new EventSource(MEMORY, events);
  }

  /**
   * Events held in memory, with a name for rejected-line findings; see {@link #of(Iterable)}.
   *
   * @param name the name reported with rejected events, never null
   * @param events the events in time order, never null, none null
   * @return the source
   * @since 0.2.0
   */
  public static EventSource of(String name, Iterable<Event> events) {
    return new EventSource(name, events);
  }

  /**
   * A log file, its format told by its name ({@code *.csv} is CSV, anything else JSON Lines).
   *
   * @param path the file, never null
   * @return the source, named by the path as given
   */
  public static EventSource of(Path path) {
    return of(path, EventFormat.of(path));
  }

  /**
   * A log file of a given format.
   *
   * @param path the file, never null
   * @param format the format, never null
   * @return the source, named by the path as given
   */
  public static EventSource of(Path path, EventFormat format) {
    return new EventSource(path.toString(), format, () -> {
      // Regular files only (links followed): a FIFO would wait for a writer and a device such as
      // /dev/zero never ends, so neither is opened.
      if (Files.exists(path) && !Files.isRegularFile(path)) {
        throw new java.nio.file.FileSystemException(path.toString(), null, Files.isDirectory(path)
            ? "is a folder, not an event log"
            : "not a regular file (a FIFO, socket or device); an event log is a file");
      }
      return Files.newInputStream(path);
    });
  }

  /**
   * A log from any stream.
   *
   * @param name the name reported with rejected lines, never null
   * @param format the format, never null
   * @param opener opens the bytes, never null
   * @return the source
   */
  public static EventSource of(String name, EventFormat format, Opener opener) {
    return new EventSource(name, format, opener);
  }

  /**
   * A log held in memory. The array is not copied: do not change it while the source is used.
   *
   * @param name the name reported with rejected lines, never null
   * @param format the format, never null
   * @param utf8 the log's bytes, never null
   * @return the source
   */
  public static EventSource ofBytes(String name, EventFormat format, byte[] utf8) {
    Objects.requireNonNull(utf8, "utf8");
    return new EventSource(name, format, () -> new ByteArrayInputStream(utf8));
  }

  /**
   * The name reported with rejected lines.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * The format.
   *
   * @return the format, never null
   */
  public EventFormat format() {
    return format;
  }

  /**
   * The events of an in-memory source.
   *
   * @return the events given to {@link #of(Iterable)}, or empty for a log of bytes
   * @since 0.2.0
   */
  public Optional<Iterable<Event>> events() {
    return Optional.ofNullable(events);
  }

  /**
   * Opens the log's bytes.
   *
   * @return a new stream; the caller closes it
   * @throws IOException when the log cannot be opened, or the source holds events in memory
   */
  public InputStream open() throws IOException {
    return opener.open();
  }

  @Override
  public String toString() {
    return "EventSource[" + name + ", " + (events != null ? "in memory" : format) + "]";
  }
}
