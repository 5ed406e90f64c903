package io.github.slaframework.bench;

import io.github.slaframework.measure.Event;
import io.github.slaframework.measure.EventLogWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the example event logs of {@code examples/events/}: a year (2025-04-01 to 2026-03-31)
 * of the example agreement as JSON Lines, and its first quarter (April to June 2025, the first
 * quarter of the 2025/26 financial year) as CSV, each with a few deliberately bad lines.
 *
 * <p>Run: {@code java -cp sla-bench/target/benchmarks.jar io.github.slaframework.bench.ExampleLogs
 * examples/events}.
 */
public final class ExampleLogs {

  /** The seed of the committed examples. */
  public static final long SEED = 20250401L;

  /** The first day of the example year. */
  public static final LocalDate FROM = LocalDate.of(2025, 4, 1);

  /** The day after the example year. */
  public static final LocalDate TO = LocalDate.of(2026, 4, 1);

  /** The day after the CSV quarter. */
  public static final LocalDate QUARTER_TO = LocalDate.of(2025, 7, 1);

  private ExampleLogs() {}

  /**
   * The year's events, in time order, without the bad lines.
   *
   * @return the events
   */
  public static List<Event> yearEvents() {
    EventLogGenerator generator = new EventLogGenerator(SEED, FROM, TO, 1.0);
    generator.addShowcase();
    return generator.toList();
  }

  /**
   * The year as JSON Lines, with three bad lines: an orphan delivery, a truncated line, an unknown
   * event type.
   *
   * @return the log text
   */
  public static String yearJsonLines() {
    StringBuilder out = new StringBuilder();
    Instant orphanAfter = Instant.parse("2025-06-15T00:00:00Z");
    Instant truncatedAfter = Instant.parse("2025-09-10T00:00:00Z");
    Instant unknownAfter = Instant.parse("2026-01-20T00:00:00Z");
    int bad = 0;
    try {
      for (Event e : yearEvents()) {
        EventLogWriter.writeJsonLine(e, out);
        String at = e.at().toString();
        if (bad == 0 && e.at().isAfter(orphanAfter)) {
          out.append("{\"type\":\"FOOTAGE_DELIVERED\",\"id\":\"del-orphan\",\"at\":\"").append(at)
              .append("\",\"ref\":\"req-999999\"}\n");
          bad++;
        } else if (bad == 1 && e.at().isAfter(truncatedAfter)) {
          out.append("{\"type\":\"INCIDENT\",\"id\":\"inc-truncated\",\"at\":\"2025-09-1\n");
          bad++;
        } else if (bad == 2 && e.at().isAfter(unknownAfter)) {
          out.append("{\"type\":\"CAMERA_RELOCATED\",\"id\":\"move-1\",\"at\":\"").append(at)
              .append("\",\"camera\":\"cam-003\"}\n");
          bad++;
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }

  /**
   * The first quarter as CSV, with one bad line (an unknown event type).
   *
   * @return the log text
   */
  public static String quarterCsv() {
    StringBuilder out = new StringBuilder(EventLogWriter.CSV_HEADER).append('\n');
    Instant end = QUARTER_TO.atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant();
    Instant badAfter = Instant.parse("2025-05-20T00:00:00Z");
    boolean bad = false;
    try {
      for (Event e : yearEvents()) {
        if (!e.at().isBefore(end)) {
          break;
        }
        EventLogWriter.writeCsvLine(e, out);
        if (!bad && e.at().isAfter(badAfter)) {
          out.append("CAMERA_RELOCATED,move-0,").append(e.at().toString()).append(",,,cam-003\n");
          bad = true;
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }

  /**
   * Writes both files into a directory.
   *
   * @param args the directory (default {@code examples/events})
   * @throws IOException when writing fails
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/events");
    Files.createDirectories(dir);
    write(dir.resolve("metropolitan-2025.jsonl"), yearJsonLines());
    write(dir.resolve("metropolitan-2025-q1.csv"), quarterCsv());
  }

  private static void write(Path file, String text) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(text);
    }
    System.out.println("wrote " + file + " (" + Files.size(file) + " bytes)");
  }
}
