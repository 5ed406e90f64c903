package io.github.slaframework.measure;

import static io.github.slaframework.measure.Logs.jsonl;
import static io.github.slaframework.measure.Logs.level;
import static io.github.slaframework.measure.Logs.lines;
import static io.github.slaframework.testkit.MeasurementSamples.agreementWith;
import static io.github.slaframework.testkit.MeasurementSamples.availability;
import static io.github.slaframework.testkit.MeasurementSamples.duration;
import static io.github.slaframework.testkit.MeasurementSamples.standardAgreement;
import static io.github.slaframework.testkit.MeasurementSamples.standardLevels;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.MeasurementWindow;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.WindowType;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/**
 * The hostile measurement inputs of issue 17, and the worst cases the limits allow, measured and
 * reported in every format in a 192 MB heap: Surefire runs this class alone with
 * {@code -Xmx192m} (sla-measure's pom, execution {@code small-heap}), so running out of memory
 * fails it. The logs are generated line by line as they are read, never held in memory.
 */
class SmallHeapTests {

  private static String twoDigits(long n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }

  /** An id of 200 characters that a JVM stores in two bytes each (not Latin-1). */
  private static String wideId(String prefix, long i) {
    String tail = prefix + i;
    return "€".repeat(200 - tail.length()) + tail;
  }

  private static ServiceLevel rolling(ServiceLevel level, String length) {
    return ServiceLevel.builder().from(level).window(MeasurementWindow.builder()
        .type(WindowType.ROLLING).length(IsoPeriod.parse(length)).timeZone("UTC").build())
        .build();
  }

  /** A JSON Lines log of {@code count} lines made one at a time by {@code line}. */
  private static EventSource generated(String name, long count, LongFunction<String> line) {
    return EventSource.of(name, EventFormat.JSON_LINES, () -> new InputStream() {
      private long next;
      private byte[] buffer = new byte[0];
      private int at;

      private boolean fill() {
        if (at == buffer.length) {
          if (next == count) {
            return false;
          }
          buffer = (line.apply(next++) + "\n").getBytes(StandardCharsets.UTF_8);
          at = 0;
        }
        return true;
      }

      @Override
      public int read() {
        return fill() ? buffer[at++] & 0xff : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        int n = 0;
        while (n < len && fill()) {
          int k = Math.min(len - n, buffer.length - at);
          System.arraycopy(buffer, at, b, off + n, k);
          at += k;
          n += k;
        }
        return n == 0 && len > 0 ? -1 : n;
      }
    });
  }

  @Test
  void runsInAHeapOfAtMost192Megabytes() {
    // Selecting this class with -Dtest runs it in the default execution too, without the limit.
    assertThat(Runtime.getRuntime().maxMemory())
        .as("run by the small-heap execution (-Xmx192m)")
        .isLessThanOrEqualTo(192L * 1024 * 1024);
  }

  private static void reportInEveryFormat(MeasurementResult result) {
    for (ReportFormat format : ReportFormat.values()) {
      assertThat(MeasurementReports.toString(result, format, "hostile")).isNotEmpty();
    }
  }

  @Test
  void measuresThreeMillionOpenRequestsKeepingAHundredThousand() throws IOException {
    long lines = 3_000_000;
    // A thousand requests a second from 10:00:00, in time order.
    EventSource log = generated("open.jsonl", lines, i -> "{\"type\":\"FOOTAGE_REQUESTED\","
        + "\"id\":\"req-" + i + "\",\"at\":\"2025-10-01T10:" + twoDigits(i / 60_000)
        + ":" + twoDigits(i / 1_000 % 60) + "Z\"}");

    MeasurementResult result = ServiceLevelMeter.of(standardAgreement())
        .measure(List.of(log), MeasureRange.ALL);

    assertThat(result.eventCount()).isEqualTo(MeasurementLimits.MAX_OPEN_ITEMS);
    assertThat(result.rejectedCount()).isEqualTo(lines - MeasurementLimits.MAX_OPEN_ITEMS);
    assertThat(result.rejectedFindings()).hasSize(ServiceLevelMeter.MAX_REJECTED_KEPT)
        .allSatisfy(f -> assertThat(f.code()).isEqualTo("LIMIT"));
    assertThat(result.warnings()).extracting(MeasurementWarning::code).containsExactly("LIMIT");
    assertThat(level(result, "request-ack").windows().get(0).pending())
        .isEqualTo(MeasurementLimits.MAX_OPEN_ITEMS);
    reportInEveryFormat(result);
  }

  @Test
  void measuresAHundredThousandOpenFaultsWithTheLongestWideIdsAcrossTenThousandWindows()
      throws IOException {
    // The heaviest open items the limits allow: 200-character ids and cameras of two-byte
    // characters, every camera different, each down across every hourly window (fixed at the
    // range end).
    int faults = MeasurementLimits.MAX_OPEN_ITEMS;
    Agreement agreement = agreementWith(
        rolling(availability("hourly-availability", "99", faults), "PT1H"),
        rolling(duration("hourly-repair", ServiceMetric.FAULT_REPAIR_TIME, "P1D", 90), "PT1H"));
    EventSource log = generated("faults.jsonl", 2L * faults, i -> i < faults
        ? "{\"type\":\"FAULT_REPORTED\",\"id\":\"" + wideId("f", i)
            + "\",\"at\":\"2025-01-01T00:00:00Z\",\"camera\":\"" + wideId("c", i) + "\"}"
        : "{\"type\":\"FAULT_FIXED\",\"id\":\"x" + i + "\",\"at\":\"2026-02-21T00:00:00Z\","
            + "\"ref\":\"" + wideId("f", i - faults) + "\"}");

    MeasurementResult result = ServiceLevelMeter.of(agreement).measure(List.of(log),
        MeasureRange.of(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2026, 2, 21)));

    assertThat(result.rejectedCount()).isZero();
    assertThat(level(result, "hourly-availability").windows()).hasSize(9_984)
        .allSatisfy(w -> assertThat(w.attainment().orElseThrow()).isZero());
    assertThat(level(result, "hourly-repair").windows().get(0).missed()).isEqualTo(faults);
    reportInEveryFormat(result);
  }

  @Test
  void measuresTheIssuesHostileLogAndAgreementWithinTheLimits() throws IOException {
    // One event at year +999999999, a ROLLING window of PT1S, an attainment of 1e-99999999,
    // and a hundred service levels whose hourly windows across the whole horizon would need
    // over 2.6 million windows each.
    List<ServiceLevel> levels = new ArrayList<>(standardLevels());
    levels.add(rolling(duration("per-second", ServiceMetric.REQUEST_ACKNOWLEDGEMENT, "PT4H", 95),
        "PT1S"));
    levels.add(ServiceLevel.builder()
        .from(duration("tiny", ServiceMetric.REQUEST_ACKNOWLEDGEMENT, "PT4H", 95))
        .attainment(new BigDecimal("1e-99999999")).build());
    for (int i = levels.size(); i < MeasurementLimits.MAX_SERVICE_LEVELS; i++) {
      levels.add(rolling(duration("hourly-" + i, ServiceMetric.REQUEST_ACKNOWLEDGEMENT, "PT4H",
          95), "PT1H"));
    }
    String log = lines("FOOTAGE_REQUESTED r1 2025-10-10T10:00Z",
        "REQUEST_ACKNOWLEDGED a1 2025-10-10T11:00Z ref=r1")
        + "{\"type\":\"INCIDENT\",\"id\":\"far\",\"at\":\"+999999999-12-31T23:59:59Z\"}\n"
        + lines("INCIDENT i1 2200-12-31T10:00Z");

    MeasurementResult result = ServiceLevelMeter.of(agreementWith(levels.toArray(
        new ServiceLevel[0]))).measure(List.of(jsonl("hostile.jsonl", log)), MeasureRange.of(
            MeasurementLimits.EARLIEST_DATE, MeasurementLimits.END_DATE));

    assertThat(result.rejectedCount()).isEqualTo(1);
    assertThat(level(result, "per-second").measurable()).isFalse();
    assertThat(level(result, "tiny").measurable()).isFalse();
    assertThat(level(result, "request-ack").windows()).hasSize(3_612);
    assertThat(result.serviceLevels().stream().mapToInt(l -> l.windows().size()).sum())
        .isLessThanOrEqualTo(MeasurementLimits.MAX_WINDOWS);
    assertThat(result.warnings()).hasSize(MeasurementLimits.MAX_SERVICE_LEVELS
        - standardLevels().size());
    reportInEveryFormat(result);
  }
}
