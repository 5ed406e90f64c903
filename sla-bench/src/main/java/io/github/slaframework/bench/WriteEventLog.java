package io.github.slaframework.bench;

import io.github.slaframework.measure.EventLogWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a large, deterministic JSON Lines event log for the example agreement, for
 * {@code bench/measure.sh}: the year of {@link ExampleLogs} at the scale that gives about the
 * number of events asked for (ten million by default, about 900 MB). The same count always gives
 * the same bytes.
 *
 * <p>Run: {@code java -cp sla-bench/target/benchmarks.jar
 * io.github.slaframework.bench.WriteEventLog FILE [EVENTS]}.
 */
public final class WriteEventLog {

  /** Events a year at scale 1 (see {@link EventLogGenerator}). */
  private static final double EVENTS_A_YEAR_AT_SCALE_1 = 7_000;

  private WriteEventLog() {}

  /**
   * Writes the log.
   *
   * @param args the file and the number of events wanted (default ten million)
   * @throws IOException when the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: WriteEventLog FILE [EVENTS]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    long wanted = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
    EventLogGenerator events = new EventLogGenerator(ExampleLogs.SEED, ExampleLogs.FROM,
        ExampleLogs.TO, wanted / EVENTS_A_YEAR_AT_SCALE_1);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    long count = 0;
    // A StringBuilder per batch: EventLogWriter appends to any Appendable, and a builder's
    // appends do not lock as a Writer's do.
    StringBuilder batch = new StringBuilder(1 << 20);
    try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp),
        StandardCharsets.UTF_8), 1 << 20)) {
      while (events.hasNext()) {
        EventLogWriter.writeJsonLine(events.next(), batch);
        count++;
        if (batch.length() > (1 << 20) - 512) {
          out.append(batch);
          batch.setLength(0);
        }
      }
      out.append(batch);
    }
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    System.out.println(count);
  }
}
