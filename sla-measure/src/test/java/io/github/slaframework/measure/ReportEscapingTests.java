package io.github.slaframework.measure;

import static io.github.slaframework.measure.Logs.jsonl;
import static io.github.slaframework.testkit.MeasurementSamples.agreementWith;
import static io.github.slaframework.testkit.MeasurementSamples.duration;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.ServiceMetric;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Text from the agreement, the event logs and their file names reaches no report raw: no value
 * can clear the screen, ring the bell, reorder text or forge a line (issue 17's attacks).
 */
class ReportEscapingTests {

  /** ESC, BEL, CR, U+202E and U+0085, each able to forge or hide terminal output. */
  private static final List<String> RAW = List.of("\u001b", "\u0007", "\r", "\u202E", "\u0085");

  /**
   * An id whose carriage return would put a forged summary over the real one on a terminal.
   * Written as JSON text: the reader turns the escapes into the raw characters.
   */
  private static final String FORGED_ID =
      "r1\\r7062 events read; 0 lines rejected\\u001b[2K\\u0007\\u202E\\u0085";

  private static MeasurementResult hostile() throws IOException {
    String log = "{\"type\":\"FOOTAGE_REQUESTED\",\"id\":\"" + FORGED_ID
        + "\",\"at\":\"2025-10-21T10:00Z\"}\n"
        + "{\"type\":\"REQUEST_ACKNOWLEDGED\",\"id\":\"a1\",\"at\":\"2025-10-21T18:00Z\","
        + "\"ref\":\"" + FORGED_ID + "\"}\n"
        + "{\"type\":\"INCIDENT\",\"id\":\"i1\",\"at\":\"\\u001b]0;owned\\u0007\\r\"}\n";
    return ServiceLevelMeter.of(agreementWith(
            duration("ack\u001b[31m\u202E\u0085\r", ServiceMetric.REQUEST_ACKNOWLEDGEMENT,
                "PT1H", 95)))
        .measure(List.of(jsonl("events\n7062 events read.jsonl\u001b[2J", log)),
            MeasureRange.ALL);
  }

  @ParameterizedTest
  @EnumSource(value = ReportFormat.class, names = {"TEXT", "MARKDOWN", "HTML"})
  void noReportCarriesAControlOrBidiCharacterFromTheInput(ReportFormat format)
      throws IOException {
    MeasurementResult result = hostile();
    assertThat(result.rejectedCount()).isEqualTo(1);

    String report = MeasurementReports.toString(result, format, "T\u001b[2J\u202Eitle\r");

    for (String raw : RAW) {
      assertThat(report).as("%s carries U+%04X", format, (int) raw.charAt(0))
          .doesNotContain(raw);
    }
    assertThat(report).contains("\\u001b", "\\u202e", "\\u0085");
  }

  @ParameterizedTest
  @EnumSource(value = ReportFormat.class, names = {"TEXT", "MARKDOWN"})
  void anIdOrAFileNameCannotForgeTheSummaryLine(ReportFormat format) throws IOException {
    String report = MeasurementReports.toString(hostile(), format, "x");

    assertThat(Arrays.stream(report.split("\n")).filter(l -> l.contains("events read")))
        .as(report)
        .allSatisfy(l -> assertThat(l).doesNotStartWith("7062").doesNotStartWith("- `7062"))
        .anySatisfy(l -> assertThat(l).matches("\\d+ events? read; 1 line rejected\\.?"));
  }
}
