package io.github.slaframework.measure;

import static io.github.slaframework.measure.Logs.jsonl;
import static io.github.slaframework.measure.Logs.lines;
import static io.github.slaframework.testkit.MeasurementSamples.agreementWith;
import static io.github.slaframework.testkit.MeasurementSamples.availability;
import static io.github.slaframework.testkit.MeasurementSamples.duration;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.testkit.GeneratedFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden-file tests of every report format. To accept a deliberate change, run once with
 * {@code -Dsla.regenerate=true} and review the diff.
 */
class MeasurementReportsTests {

  private static final Path GOLDEN =
      Path.of("src/test/resources/io/github/slaframework/measure/golden");

  private static MeasurementResult sample() throws IOException {
    Agreement agreement = agreementWith(
        duration("evidence-turnaround", ServiceMetric.FOOTAGE_REQUEST_TURNAROUND,
            "P7D", 100),
        duration("request-ack", ServiceMetric.REQUEST_ACKNOWLEDGEMENT, "PT4H", 95),
        availability("camera-availability", "99.0", 4),
        ServiceLevel.builder().id("vague").metric(ServiceMetric.FAULT_REPAIR_TIME)
            .obligatedParty("council").build(),
        duration("sar", ServiceMetric.of("x-SAR_RESPONSE"), "P30D", 100));
    String log = lines(
        "FOOTAGE_REQUESTED r1 2025-10-21T10:00+01:00",
        "REQUEST_ACKNOWLEDGED a1 2025-10-21T11:00+01:00 ref=r1",
        "FOOTAGE_REQUESTED r2 2025-10-22T10:00+01:00",
        "REQUEST_ACKNOWLEDGED a2 2025-10-22T16:00+01:00 ref=r2",
        "FAULT_REPORTED f1 2025-10-25T12:00Z camera=cam-1",
        "INCIDENT i1 2025-10-26T01:30Z",
        "ARREST_ASSISTED x1 2025-10-26T01:40Z",
        "FOOTAGE_DELIVERED d1 2025-10-28T09:30Z ref=r1",
        "FAULT_FIXED ff1 2025-11-02T12:00Z ref=f1",
        "FOOTAGE_DELIVERED d2 2025-11-05T09:00Z ref=r2",
        "EVIDENCE_PACKAGE e1 2025-11-06T09:00Z",
        "FOOTAGE_REQUESTED r3 2025-12-30T10:00Z",
        "REQUEST_ACKNOWLEDGED a3 2025-12-30T12:00Z ref=r3")
        + "{\"type\":\"INCIDENT\",\"id\":\"<script>\",\"at\":\"yesterday\"}\n";
    return ServiceLevelMeter.of(agreement).measure(List.of(jsonl("events.jsonl", log)),
        MeasureRange.of(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 1, 1)));
  }

  private static void assertGolden(String actual, String name) {
    assertThat(actual).isEqualTo(GeneratedFiles.expected(GOLDEN.resolve(name), actual));
  }

  @Test
  void writesJsonInTheContractShape() throws IOException {
    assertGolden(MeasurementReports.toString(sample(), ReportFormat.JSON, "x"), "report.json");
  }

  @Test
  void writesATextTablePerServiceLevel() throws IOException {
    assertGolden(MeasurementReports.toString(sample(), ReportFormat.TEXT, "x"), "report.txt");
  }

  @Test
  void writesAMarkdownReport() throws IOException {
    assertGolden(MeasurementReports.toString(sample(), ReportFormat.MARKDOWN,
        "Metropolitan | Council"), "report.md");
  }

  @Test
  void writesASelfContainedHtmlReportWithAnSvgChartPerServiceLevel() throws IOException {
    String html = MeasurementReports.toString(sample(), ReportFormat.HTML, "Metropolitan <Council>");

    assertGolden(html, "report.html");
    assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=")
        .contains("Metropolitan &lt;Council&gt;");
    // An attainment chart per service level with windows, and an outcome chart per turnaround.
    assertThat(html.split("<svg ", -1)).hasSize(5);
  }
}
