package io.github.slaframework.measure;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.report.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds and measures small in-memory logs for tests. */
final class Logs {

  private Logs() {}

  /** A rejected line with its source, flattened from the findings for assertions. */
  record Rejected(String file, long line, int column, String code, String path, String reason) {}

  /** Every kept rejected line of a result, in source and line order. */
  static List<Rejected> rejected(MeasurementResult result) {
    List<Rejected> out = new ArrayList<>();
    for (SourceFindings source : result.rejected()) {
      for (Finding f : source.findings()) {
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        SourceLocation at = f.location().orElseThrow();
        out.add(new Rejected(source.source(), at.line(), at.column(), f.code(), f.path(),
            f.message()));
      }
    }
    return out;
  }

  static EventSource jsonl(String name, String text) {
    return EventSource.ofBytes(name, EventFormat.JSON_LINES, text.getBytes(StandardCharsets.UTF_8));
  }

  static EventSource csv(String name, String text) {
    return EventSource.ofBytes(name, EventFormat.CSV, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * One JSON Lines line per compact line {@code TYPE id at [ref=..] [priority=..] [camera=..]
   * [requester=..] [outcome=..]}.
   */
  static String lines(String... compact) {
    List<Event> events = new ArrayList<>();
    for (String c : compact) {
      events.add(event(c));
    }
    return EventLogWriter.toJsonLines(events);
  }

  static Event event(String compact) {
    String[] p = compact.trim().split("\\s+");
    Event e = Event.of(EventType.valueOf(p[0]), p[1], java.time.OffsetDateTime.parse(p[2])
        .toInstant());
    for (int i = 3; i < p.length; i++) {
      String[] kv = p[i].split("=", 2);
      switch (kv[0]) {
        case "ref" -> e = e.withRef(kv[1]);
        case "priority" -> e = e.withPriority(io.github.slaframework.core.Priority.valueOf(kv[1]));
        case "camera" -> e = e.withCamera(kv[1]);
        case "requester" -> e = e.withRequester(kv[1]);
        case "outcome" -> e = e.withOutcome(Outcome.valueOf(kv[1]));
        default -> throw new IllegalArgumentException(kv[0]);
      }
    }
    return e;
  }

  static MeasurementResult measure(
      io.github.slaframework.core.Agreement agreement, MeasureRange range, EventSource... sources)
      throws IOException {
    return ServiceLevelMeter.of(agreement).measure(List.of(sources), range);
  }

  static ServiceLevelResult level(MeasurementResult result, String id) {
    return result.serviceLevels().stream().filter(l -> l.id().equals(id)).findFirst()
        .orElseThrow();
  }
}
