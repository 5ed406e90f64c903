package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apiguardian.api.API;

/**
 * Writes events in the two event-log formats, JSON Lines and CSV, as
 * {@link ServiceLevelMeter} reads them: for exports, tests and generated examples.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class EventLogWriter {

  /**
   * The first characters of a CSV field that get a leading {@code '}: those a spreadsheet reads
   * as the start of a formula, and {@code '} itself so that the guard can be told from data.
   */
  private static final String FORMULA_GUARDED = "=+-@\t\r'";

  /** The CSV header line, without a line break. */
  public static final String CSV_HEADER = "type,id,at,ref,priority,camera";

  /**
   * The CSV header line with the columns format 1.1 adds, without a line break: what
   * {@link #toCsv} writes when an event has a requester or an outcome.
   *
   * @since 0.2.0
   */
  public static final String CSV_HEADER_1_1 = CSV_HEADER + ",requester,outcome";

  private EventLogWriter() {}

  /**
   * Writes an event as one JSON Lines line, ending with {@code \n}; absent fields are left out.
   *
   * @param event the event, never null
   * @param out where to write, never null
   * @throws IOException when writing fails
   */
  public static void writeJsonLine(Event event, Appendable out) throws IOException {
    out.append("{\"type\":\"").append(event.type().name()).append("\",\"id\":");
    jsonString(event.id(), out);
    out.append(",\"at\":\"").append(event.at().toString()).append('"');
    if (event.ref().isPresent()) {
      out.append(",\"ref\":");
      jsonString(event.ref().get(), out);
    }
    if (event.priority().isPresent()) {
      out.append(",\"priority\":\"").append(event.priority().get().name()).append('"');
    }
    if (event.camera().isPresent()) {
      out.append(",\"camera\":");
      jsonString(event.camera().get(), out);
    }
    if (event.requester().isPresent()) {
      out.append(",\"requester\":");
      jsonString(event.requester().get(), out);
    }
    if (event.outcome().isPresent()) {
      out.append(",\"outcome\":\"").append(event.outcome().get().name()).append('"');
    }
    out.append("}\n");
  }

  /**
   * Writes an event as one CSV line in the column order of {@link #CSV_HEADER}, ending with
   * {@code \n}; absent fields are empty. A field that a spreadsheet would take for a formula
   * (starting with {@code = + - @}, a tab or a carriage return) is written with a leading
   * {@code '}, as is one that starts with {@code '}; the CSV reader removes it, so the event
   * reads back as it was.
   *
   * @param event the event, never null; without requester and outcome (see
   *     {@link #writeCsvLine(Event, boolean, Appendable)})
   * @param out where to write, never null
   * @throws IOException when writing fails
   * @throws IllegalArgumentException when the event has a requester or an outcome, which the
   *     columns of {@link #CSV_HEADER} cannot hold
   */
  public static void writeCsvLine(Event event, Appendable out) throws IOException {
    if (event.requester().isPresent() || event.outcome().isPresent()) {
      throw new IllegalArgumentException("an event with a requester or an outcome needs the "
          + "columns of CSV_HEADER_1_1: " + event);
    }
    writeCsvLine(event, false, out);
  }

  /**
   * Writes an event as one CSV line in the column order of {@link #CSV_HEADER_1_1} (with
   * {@code withRequesterAndOutcome}) or {@link #CSV_HEADER}, as
   * {@link #writeCsvLine(Event, Appendable)} does.
   *
   * @param event the event, never null
   * @param withRequesterAndOutcome whether to write the two columns format 1.1 adds
   * @param out where to write, never null
   * @throws IOException when writing fails
   * @since 0.2.0
   */
  public static void writeCsvLine(Event event, boolean withRequesterAndOutcome, Appendable out)
      throws IOException {
    out.append(event.type().name()).append(',');
    csvField(event.id(), out);
    out.append(',');
    csvField(event.at().toString(), out);
    out.append(',');
    csvField(event.ref().orElse(""), out);
    out.append(',').append(event.priority().map(Enum::name).orElse("")).append(',');
    csvField(event.camera().orElse(""), out);
    if (withRequesterAndOutcome) {
      out.append(',');
      csvField(event.requester().orElse(""), out);
      out.append(',').append(event.outcome().map(Enum::name).orElse(""));
    }
    out.append('\n');
  }

  /**
   * A whole JSON Lines log.
   *
   * @param events the events in order, never null
   * @return the log text
   */
  public static String toJsonLines(Iterable<Event> events) {
    StringBuilder sb = new StringBuilder();
    try {
      for (Event e : events) {
        writeJsonLine(e, sb);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return sb.toString();
  }

  /**
   * A whole CSV log with its header: {@link #CSV_HEADER_1_1} when some event has a requester or
   * an outcome, else {@link #CSV_HEADER} (so a log without them reads as format 1.0 wrote it).
   *
   * @param events the events in order, never null; iterated twice
   * @return the log text
   */
  public static String toCsv(Iterable<Event> events) {
    boolean extended = false;
    for (Event e : events) {
      extended |= e.requester().isPresent() || e.outcome().isPresent();
    }
    StringBuilder sb = new StringBuilder(extended ? CSV_HEADER_1_1 : CSV_HEADER).append('\n');
    try {
      for (Event e : events) {
        writeCsvLine(e, extended, sb);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return sb.toString();
  }

  private static void jsonString(String s, Appendable out) throws IOException {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
  }

  private static void csvField(String text, Appendable out) throws IOException {
    // A year beyond 9999 starts an instant with '+': formula prefixes come from data too.
    String s = !text.isEmpty() && FORMULA_GUARDED.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n' || (i == 0 && c == ' ');
    }
    if (!quote) {
      out.append(s);
      return;
    }
    out.append('"').append(s.replace("\"", "\"\"")).append('"');
  }
}
