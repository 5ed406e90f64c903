package io.github.slaframework.measure;

import static io.github.slaframework.measure.Logs.jsonl;
import static io.github.slaframework.measure.Logs.level;
import static io.github.slaframework.measure.Logs.lines;
import static io.github.slaframework.measure.Logs.measure;
import static io.github.slaframework.testkit.MeasurementSamples.agreementWith;
import static io.github.slaframework.testkit.MeasurementSamples.availability;
import static io.github.slaframework.testkit.MeasurementSamples.duration;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.Objective;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Format 1.1 section 5, "Not measurable" and "Warnings": a service level with an {@code x-}
 * metric or an objective that cannot be measured gets the warning {@code NOT_MEASURABLE} with its
 * id, the others are measured, and every report format prints the warnings.
 */
class NotMeasurableTests {

  private static final String LOG = lines(
      "FOOTAGE_REQUESTED r1 2025-10-10T10:00Z",
      "REQUEST_ACKNOWLEDGED a1 2025-10-10T11:00Z ref=r1");

  private static final ServiceLevel ACK =
      duration("ack", ServiceMetric.REQUEST_ACKNOWLEDGEMENT, "PT4H", 95);

  private static final ServiceLevel SAR =
      duration("sar", ServiceMetric.of("x-SAR_RESPONSE"), "P30D", 100);

  private static MeasurementResult run(Agreement agreement) throws IOException {
    return measure(agreement, MeasureRange.ALL, jsonl("events.jsonl", LOG));
  }

  @Test
  void reportsAnExtensionMetricAsNotMeasurableAndMeasuresTheOtherServiceLevels()
      throws IOException {
    MeasurementResult result = run(agreementWith(SAR, ACK));

    assertThat(result.warnings()).containsExactly(MeasurementWarning.notMeasurable("sar",
        "x-SAR_RESPONSE has no built-in meaning"));
    assertThat(level(result, "sar").measurable()).isFalse();
    assertThat(level(result, "sar").windows()).isEmpty();
    assertThat(level(result, "ack").measurable()).isTrue();
    assertThat(level(result, "ack").windows()).hasSize(1);
    assertThat(result.nothingMeasurable()).isFalse();
  }

  @Test
  void reportsAnExtensionMetricAsNotMeasurableBeforeLookingAtItsObjectiveOrWindow()
      throws IOException {
    ServiceLevel bare = ServiceLevel.builder().id("bare").metric(ServiceMetric.of("x-CUSTOM"))
        .obligatedParty("council").build();

    assertThat(run(agreementWith(bare)).warnings()).containsExactly(
        MeasurementWarning.notMeasurable("bare", "x-CUSTOM has no built-in meaning"));
  }

  @Test
  void reportsEveryObjectiveThatCannotBeMeasuredAsNotMeasurable() throws IOException {
    Agreement agreement = agreementWith(
        ServiceLevel.builder().id("no-objective").metric(ServiceMetric.FAULT_REPAIR_TIME)
            .obligatedParty("council").build(),
        ServiceLevel.builder().from(ACK).id("ratio-ack")
            .objective(Objective.atLeast(BigDecimal.TEN)).build(),
        ServiceLevel.builder().from(availability("availability", "99", 4))
            .objective(Objective.atMost(io.github.slaframework.core.IsoPeriod.parse("PT1H")))
            .build(),
        ACK);
    MeasurementResult result = run(agreement);

    assertThat(result.warnings()).extracting(MeasurementWarning::code)
        .containsOnly(MeasurementWarning.NOT_MEASURABLE);
    assertThat(result.warnings()).extracting(w -> w.serviceLevel().orElseThrow())
        .containsExactly("no-objective", "ratio-ack", "availability");
    assertThat(result.warnings()).extracting(MeasurementWarning::message).containsExactly(
        "no objective",
        "REQUEST_ACKNOWLEDGEMENT needs a positive period threshold",
        "CAMERA_AVAILABILITY needs a numeric threshold (a percentage)");
    assertThat(result.serviceLevels().get(3).windows()).hasSize(1);
  }

  @Test
  void saysNothingWasMeasurableWhenNoServiceLevelCouldBeMeasured() throws IOException {
    assertThat(run(agreementWith(SAR)).nothingMeasurable()).isTrue();
    assertThat(run(agreementWith()).nothingMeasurable()).isTrue();
    assertThat(run(agreementWith(SAR, ACK)).nothingMeasurable()).isFalse();
  }

  @Test
  void derivesTheNotMeasurableWarningsWhenBuiltWithoutWarnings() {
    ServiceLevelResult measured = new ServiceLevelResult("ack",
        ServiceMetric.REQUEST_ACKNOWLEDGEMENT, List.of(), Optional.empty());
    ServiceLevelResult notMeasured = new ServiceLevelResult("sar", ServiceMetric.of("x-SAR"),
        List.of(), Optional.of("x-SAR has no built-in meaning"));

    MeasurementResult result = new MeasurementResult(List.of(measured, notMeasured), List.of(),
        List.of(), 0, 0);

    assertThat(result.warnings()).containsExactly(
        MeasurementWarning.notMeasurable("sar", "x-SAR has no built-in meaning"));
  }

  @Test
  void writesTheWarningsAsATopLevelJsonArrayWithTheServiceLevelOnlyWhereThereIsOne() {
    MeasurementResult result = new MeasurementResult(List.of(), List.of(), List.of(), 0, 0,
        List.of(MeasurementWarning.notMeasurable("sar", "why"),
            new MeasurementWarning(MeasurementWarning.LIMIT, Optional.empty(), "too many")));

    String json = MeasurementReports.toString(result, ReportFormat.JSON, "t");

    assertThat(json).contains("""
          "warnings": [
            {
              "code": "NOT_MEASURABLE",
              "serviceLevel": "sar",
              "message": "why"
            },
            {
              "code": "LIMIT",
              "message": "too many"
            }
          ],
        """);
  }

  @Test
  void writesAnEmptyWarningsArrayWhenAllWasMeasured() throws IOException {
    String json = MeasurementReports.toString(run(agreementWith(ACK)), ReportFormat.JSON, "t");

    assertThat(json).contains("  ],\n  \"warnings\": [],\n  \"rejected\": [],\n");
  }

  @Test
  void printsTheWarningsInEveryHumanReadableFormatAndNoneWhenThereAreNone() throws IOException {
    MeasurementResult warned = run(agreementWith(SAR, ACK));
    MeasurementResult clean = run(agreementWith(ACK));

    assertThat(MeasurementReports.toString(warned, ReportFormat.TEXT, "t"))
        .contains("\nwarnings\n  NOT_MEASURABLE sar: x-SAR_RESPONSE has no built-in meaning\n");
    assertThat(MeasurementReports.toString(warned, ReportFormat.MARKDOWN, "t")).contains(
        "\n## Warnings\n\n- `NOT_MEASURABLE` sar: x-SAR\\_RESPONSE has no built-in meaning\n");
    assertThat(MeasurementReports.toString(warned, ReportFormat.HTML, "t")).contains(
        "<h2>Warnings</h2>\n<ul>\n<li><code>NOT_MEASURABLE</code> sar: x-SAR_RESPONSE has no "
            + "built-in meaning</li>\n</ul>");
    for (ReportFormat format : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN,
        ReportFormat.HTML)) {
      assertThat(MeasurementReports.toString(clean, format, "t")).doesNotContainIgnoringCase(
          "warnings");
    }
  }
}
