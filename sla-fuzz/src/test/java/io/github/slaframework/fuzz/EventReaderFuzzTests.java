package io.github.slaframework.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.slaframework.core.Agreement;
import io.github.slaframework.json.ReadResult;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.measure.EventFormat;
import io.github.slaframework.measure.EventSource;
import io.github.slaframework.measure.MeasureRange;
import io.github.slaframework.measure.MeasurementReports;
import io.github.slaframework.measure.MeasurementResult;
import io.github.slaframework.measure.ReportFormat;
import io.github.slaframework.measure.ServiceLevelMeter;
import io.github.slaframework.testkit.ExampleFiles;
import io.github.slaframework.testkit.MeasurementSamples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The event readers (JSON Lines and CSV) and measurement end to end (an agreement read from the
 * input, then its events): no exception for any input, bounded time and allocation, and every
 * report format written.
 */
class EventReaderFuzzTests {

  private static final ServiceLevelMeter STANDARD =
      ServiceLevelMeter.of(MeasurementSamples.standardAgreement());

  @FuzzTest(maxDuration = "10m")
  void jsonLines(byte[] input) throws Exception {
    Bounded.run(input.length, () -> measure(STANDARD, input, EventFormat.JSON_LINES));
  }

  @FuzzTest(maxDuration = "10m")
  void csv(byte[] input) throws Exception {
    Bounded.run(input.length, () -> measure(STANDARD, input, EventFormat.CSV));
  }

  /** An agreement (its text up to the first NUL) and then its events, measured. */
  @FuzzTest(maxDuration = "10m")
  void measureEndToEnd(FuzzedDataProvider data) throws Exception {
    int length = data.remainingBytes();
    String agreementText = data.consumeString(8_192);
    byte[] events = data.consumeRemainingAsBytes();
    Bounded.run(length, () -> {
      ReadResult<Agreement> read = SlaReader.defaults().readAgreement(agreementText);
      if (read.value().isPresent()
          && !AgreementReaderFuzzTests.hasErrors(read.report().findings())) {
        measure(ServiceLevelMeter.of(read.value().get()), events, EventFormat.JSON_LINES);
      }
    });
  }

  /** The first lines of the example logs, through the same checks on every build. */
  @Test
  void exampleLogs() throws Exception {
    for (var log : List.of(ExampleFiles.METROPOLITAN_YEAR_LOG,
        ExampleFiles.METROPOLITAN_QUARTER_LOG)) {
      String head;
      try (var lines = Files.lines(log)) {
        head = lines.limit(400).collect(Collectors.joining("\n", "", "\n"));
      }
      byte[] input = head.getBytes(StandardCharsets.UTF_8);
      Bounded.run(input.length, () -> measure(ServiceLevelMeter.of(
          MeasurementSamples.metropolitanCouncil()), input, EventFormat.of(log)));
    }
  }

  private static void measure(ServiceLevelMeter meter, byte[] input, EventFormat format)
      throws Exception {
    MeasurementResult result = meter.measure(
        List.of(EventSource.ofBytes("fuzz", format, input)), MeasureRange.ALL);
    for (ReportFormat report : ReportFormat.values()) {
      MeasurementReports.toString(result, report, "fuzz");
    }
  }
}
