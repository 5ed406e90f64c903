package io.github.slaframework.measure;

import static io.github.slaframework.measure.Logs.csv;
import static io.github.slaframework.testkit.MeasurementSamples.agreementWith;
import static io.github.slaframework.testkit.MeasurementSamples.duration;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.ServiceMetric;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A CSV event log written by {@link EventLogWriter} runs no formula when a spreadsheet opens it,
 * and still reads back as the events it was written from.
 */
class CsvFormulaGuardTests {

  private static final List<String> IDS =
      List.of("=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "\tcmd", "'quoted", "'");

  private static List<Event> events() {
    Instant t = Instant.parse("2025-10-21T10:00:00Z");
    return IDS.stream().flatMap(id -> {
      int k = IDS.indexOf(id);
      Instant opened = t.plusSeconds(3600L * 24 * k);
      return List.of(
          Event.of(EventType.FOOTAGE_REQUESTED, id, opened),
          Event.of(EventType.REQUEST_ACKNOWLEDGED, "ack" + k, opened.plusSeconds(6 * 3600))
              .withRef(id)).stream();
    }).toList();
  }

  @Test
  void noFieldStartsWithAFormulaPrefix() {
    String log = EventLogWriter.toCsv(events());

    for (String line : log.split("\n")) {
      assertThat(Arrays.stream(line.split(",", -1))
          .map(f -> f.startsWith("\"") ? f.substring(1) : f))
          .as(line)
          .noneMatch(f -> !f.isEmpty() && "=+-@\t\r".indexOf(f.charAt(0)) >= 0);
    }
  }

  @Test
  void readsBackTheEventsItWasWrittenFrom() throws IOException {
    ServiceLevelMeter meter = ServiceLevelMeter.of(agreementWith(
        duration("ack", ServiceMetric.REQUEST_ACKNOWLEDGEMENT, "PT4H", 95)));

    MeasurementResult fromCsv = meter.measure(
        List.of(csv("events.csv", EventLogWriter.toCsv(events()))), MeasureRange.ALL);
    MeasurementResult fromMemory = meter.measure(
        List.of(EventSource.of("events.csv", events())), MeasureRange.ALL);

    assertThat(fromCsv.rejectedCount()).isZero();
    assertThat(MeasurementReports.toString(fromCsv, ReportFormat.JSON, "t"))
        .isEqualTo(MeasurementReports.toString(fromMemory, ReportFormat.JSON, "t"))
        .contains("=HYPERLINK(\\\"http://x\\\")", "+1+1");
  }
}
