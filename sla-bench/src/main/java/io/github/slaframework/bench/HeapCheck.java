package io.github.slaframework.bench;

import io.github.slaframework.measure.EventFormat;
import io.github.slaframework.measure.EventSource;
import io.github.slaframework.measure.MeasureRange;
import io.github.slaframework.measure.MeasurementResult;
import io.github.slaframework.measure.ServiceLevelMeter;
import io.github.slaframework.testkit.MeasurementSamples;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Measures a generated log of about ten million events streamed from memory-free generation, and
 * prints the heap in use afterwards. Not a benchmark: run it by hand with a small heap, e.g.
 * {@code java -Xmx256m -cp sla-bench/target/benchmarks.jar io.github.slaframework.bench.HeapCheck
 * 10000000}.
 */
public final class HeapCheck {

  /** Events a year at scale 1 (see {@link EventLogGenerator}). */
  private static final double EVENTS_A_YEAR_AT_SCALE_1 = 7_000;

  private HeapCheck() {}

  /**
   * Runs the check.
   *
   * @param args the number of events wanted (default ten million)
   * @throws IOException never: the log is generated
   */
  public static void main(String[] args) throws IOException {
    long wanted = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    double scale = wanted / EVENTS_A_YEAR_AT_SCALE_1;
    EventSource source = EventSource.of("generated", EventFormat.JSON_LINES,
        () -> new GeneratedLogStream(
            new EventLogGenerator(ExampleLogs.SEED, ExampleLogs.FROM, ExampleLogs.TO, scale)));
    ServiceLevelMeter meter = ServiceLevelMeter.of(MeasurementSamples.metropolitanCouncil());
    long start = System.nanoTime();
    MeasurementResult result = meter.measure(List.of(source), MeasureRange.ALL);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.gc();
    long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("events measured: %d (rejected %d) in %.1f s, %.0f events/s%n",
        result.eventCount(), result.rejectedCount(), seconds, result.eventCount() / seconds);
    System.out.printf("heap in use after measuring (after GC): %.1f MiB; peak heap %.1f MiB;"
        + " max heap %.0f MiB%n", used / 1048576.0, peak / 1048576.0,
        Runtime.getRuntime().maxMemory() / 1048576.0);
  }
}
