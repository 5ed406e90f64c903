package io.github.slaframework.cli.docs;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.measure.Event;
import io.github.slaframework.measure.EventSource;
import io.github.slaframework.measure.MeasureRange;
import io.github.slaframework.measure.MeasurementReports;
import io.github.slaframework.measure.MeasurementResult;
import io.github.slaframework.measure.MeasurementPart;
import io.github.slaframework.measure.MeasurementSession;
import io.github.slaframework.measure.Portfolio;
import io.github.slaframework.measure.PortfolioResult;
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

  static void portfolio(Agreement north, Agreement south) throws IOException {
    // sample:measure-portfolio
    PortfolioResult portfolio = Portfolio.measure(List.of(
        new Portfolio.Member("north.json", north, List.of(EventSource.of(Path.of("north.jsonl")))),
        new Portfolio.Member("south.json", south, List.of(EventSource.of(Path.of("south.csv"))))),
        MeasureRange.of(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 4, 1)));
    portfolio.totals().forEach(t -> System.out.println(t.metric() + " " + t.attainment()));
    String html = MeasurementReports.toString(portfolio, ReportFormat.HTML, "Our control rooms");
    // end-sample:measure-portfolio
  }

  static void merge(Agreement agreement) throws IOException {
    // sample:measure-merge
    ServiceLevelMeter meter = ServiceLevelMeter.of(agreement);
    List<MeasurementPart> months = new java.util.ArrayList<>();
    for (LocalDate month = LocalDate.of(2025, 4, 1); month.isBefore(LocalDate.of(2026, 4, 1));
        month = month.plusMonths(1)) {
      Path log = Path.of("events-" + month.toString().substring(0, 7) + ".jsonl");
      months.add(meter.measurePart(List.of(EventSource.of(log)),
          MeasureRange.of(month, month.plusMonths(1))));     // one month's log, read twice
    }
    MeasurementResult year = MeasurementResult.merge(months);  // as measuring the twelve logs at once
    MeasurementResult april = months.get(0).result();          // April alone, as `sla measure` gives it
    // end-sample:measure-merge
  }
}
