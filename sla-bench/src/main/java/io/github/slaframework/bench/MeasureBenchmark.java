package io.github.slaframework.bench;

import io.github.slaframework.measure.Event;
import io.github.slaframework.measure.EventFormat;
import io.github.slaframework.measure.EventLogWriter;
import io.github.slaframework.measure.EventSource;
import io.github.slaframework.measure.MeasureRange;
import io.github.slaframework.measure.MeasurementResult;
import io.github.slaframework.measure.ServiceLevelMeter;
import io.github.slaframework.testkit.MeasurementSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Events per second of the measurement engine on an in-memory JSON Lines log of a million
 * generated events, and, in the same run, a plain Jackson streaming read of the same bytes (every
 * token, every string value) as the baseline. Scores are events per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class MeasureBenchmark {

  /** The number of events in the log. */
  public static final int EVENTS = 1_000_000;

  private byte[] log;
  private ServiceLevelMeter meter;
  private final JsonFactory factory = JsonFactory.builder().build();

  /** Generates the log once per run. */
  @Setup
  public void generate() {
    EventLogGenerator generator =
        new EventLogGenerator(ExampleLogs.SEED, ExampleLogs.FROM, ExampleLogs.TO, 150);
    StringBuilder text = new StringBuilder(EVENTS * 90);
    try {
      for (int i = 0; i < EVENTS; i++) {
        Event e = generator.next();
        EventLogWriter.writeJsonLine(e, text);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringBuilder does not throw
    }
    log = text.toString().getBytes(StandardCharsets.UTF_8);
    meter = ServiceLevelMeter.of(MeasurementSamples.metropolitanCouncil());
  }

  /**
   * The engine: read, merge, measure.
   *
   * @return the result
   * @throws IOException never: the log is in memory
   */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public MeasurementResult engine() throws IOException {
    return meter.measure(List.of(EventSource.ofBytes("bench", EventFormat.JSON_LINES, log)),
        MeasureRange.ALL);
  }

  /**
   * The baseline: Jackson's streaming parser over the same bytes, reading every string.
   *
   * @return a checksum
   */
  @Benchmark
  @OperationsPerInvocation(EVENTS)
  public long jacksonBaseline() {
    long sum = 0;
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), log)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.VALUE_STRING) {
          sum += p.getString().length();
        }
      }
    }
    return sum;
  }
}
