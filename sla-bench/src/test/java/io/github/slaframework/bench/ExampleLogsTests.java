package io.github.slaframework.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.measure.EventFormat;
import io.github.slaframework.measure.EventSource;
import io.github.slaframework.measure.MeasureRange;
import io.github.slaframework.measure.MeasurementResult;
import io.github.slaframework.measure.ServiceLevelMeter;
import io.github.slaframework.testkit.ExampleFiles;
import io.github.slaframework.testkit.GeneratedFiles;
import io.github.slaframework.testkit.MeasurementSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExampleLogsTests {

  private static MeasurementResult measure(String name, EventFormat format, String text,
      MeasureRange range) throws IOException {
    return ServiceLevelMeter.of(MeasurementSamples.metropolitanCouncil()).measure(
        List.of(EventSource.ofBytes(name, format, text.getBytes(StandardCharsets.UTF_8))), range);
  }

  @Test
  void generatesTheSameEventsFromTheSameSeed() {
    assertThat(ExampleLogs.yearEvents()).isEqualTo(ExampleLogs.yearEvents()).hasSizeGreaterThan(
        5000);
  }

  @Test
  void committedExamplesAreWhatTheGeneratorWrites() throws IOException {
    String year = ExampleLogs.yearJsonLines();
    String quarter = ExampleLogs.quarterCsv();

    assertThat(GeneratedFiles.expected(ExampleFiles.METROPOLITAN_YEAR_LOG, year)).isEqualTo(year);
    assertThat(GeneratedFiles.expected(ExampleFiles.METROPOLITAN_QUARTER_LOG, quarter))
        .isEqualTo(quarter);
  }

  @Test
  void theSampleMeasuresLikeTheExampleAgreementFile() throws IOException {
    Agreement example =
        SlaReader.defaults().readAgreement(ExampleFiles.METROPOLITAN_COUNCIL).value().orElseThrow();
    List<EventSource> year = List.of(EventSource.ofBytes("year", EventFormat.JSON_LINES,
        ExampleLogs.yearJsonLines().getBytes(StandardCharsets.UTF_8)));

    MeasurementResult fromFile = ServiceLevelMeter.of(example).measure(year, MeasureRange.ALL);
    MeasurementResult fromSample = ServiceLevelMeter.of(MeasurementSamples.metropolitanCouncil())
        .measure(year, MeasureRange.ALL);

    assertThat(fromSample.serviceLevels()).isEqualTo(fromFile.serviceLevels());
    assertThat(fromSample.indicators()).isEqualTo(fromFile.indicators());
  }

  @Test
  void rejectsExactlyTheDeliberatelyBadLines() throws IOException {
    MeasurementResult year = measure("year", EventFormat.JSON_LINES, ExampleLogs.yearJsonLines(),
        MeasureRange.ALL);

    assertThat(year.rejectedFindings()).extracting(Finding::message).containsExactly(
        "ref 'req-999999' matches no open FOOTAGE_REQUESTED",
        "not valid JSON at column 56",
        "unknown type 'CAMERA_RELOCATED'");
    assertThat(year.serviceLevels()).allSatisfy(l -> assertThat(l.windows()).hasSize(12));
  }

  @Test
  void theCsvQuarterMeasuresLikeTheYearOverTheSameRange() throws IOException {
    MeasureRange quarter = MeasureRange.of(ExampleLogs.FROM, ExampleLogs.QUARTER_TO);
    MeasurementResult csv = measure("q1", EventFormat.CSV, ExampleLogs.quarterCsv(), quarter);
    MeasurementResult json = measure("year", EventFormat.JSON_LINES, ExampleLogs.yearJsonLines(),
        quarter);

    assertThat(csv.serviceLevels()).isEqualTo(json.serviceLevels());
    assertThat(csv.indicators()).isEqualTo(json.indicators());
    assertThat(csv.rejectedFindings()).extracting(Finding::message)
        .containsExactly("unknown type 'CAMERA_RELOCATED'");
  }
}
