package io.github.slaframework.cli.docs;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.measure.Event;
import io.github.slaframework.measure.EventSource;
import io.github.slaframework.measure.MeasureRange;
import io.github.slaframework.measure.MeasurementReports;
import io.github.slaframework.measure.MeasurementResult;
import io.github.slaframework.measure.MeasurementSession;
import io.github.slaframework.measure.ReportFormat;
import io.github.slaframework.measure.ServiceLevelMeter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The Java samples of docs/measure.md (see {@code DocSamplesTests}). */
@SuppressWarnings("unused")
final class MeasureSamples {

  private MeasureSamples() {}

  static void files() throws IOException {
    // sample:measure-files
    Agreement agreement = SlaReader.defaults().readAgreement(Path.of("agreement.json")).value().orElseThrow();
    MeasurementResult result = ServiceLevelMeter.of(agreement)
        .measureFiles(List.of(Path.of("events.jsonl")), MeasureRange.of(LocalDate.of(2025, 10, 1), null));
    result.serviceLevels().forEach(level -> level.windows().forEach(w -> System.out.println(w)));
    String html = MeasurementReports.toString(result, ReportFormat.HTML, agreement.title());
    // end-sample:measure-files
  }

  static void memory(Agreement agreement, List<Event> events) throws IOException {
    // sample:measure-memory
    ServiceLevelMeter meter = ServiceLevelMeter.of(agreement);   // immutable, thread-safe: share it
    MeasurementResult result = meter.measure(List.of(EventSource.of(events)), MeasureRange.ALL);

    MeasurementSession session = meter.session(MeasureRange.ALL); // one per thread; not thread-safe
    for (Event e : events) {
      session.accept(e);                                        // false when the event is rejected
    }
    MeasurementResult pushed = session.result();                // ends the session
    // end-sample:measure-memory
  }
}
