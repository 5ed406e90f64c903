package io.github.slaframework.cli;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.measure.MeasureRange;
import io.github.slaframework.measure.MeasurementLimits;
import io.github.slaframework.measure.MeasurementReports;
import io.github.slaframework.measure.MeasurementResult;
import io.github.slaframework.measure.ReportFormat;
import io.github.slaframework.measure.ServiceLevelMeter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sla measure}: an agreement's service levels measured from event logs (format 1.0
 * section 6), as text, JSON, Markdown or HTML. Exit code 1 when any window of any service level
 * missed its level, so a scheduled job can alert on it.
 */
@Command(
    name = "measure",
    mixinStandardHelpOptions = true,
    description = {
      "Measures an agreement's service levels from event logs (JSON Lines, or CSV for *.csv): "
          + "per window the items met, missed and pending, attainment, camera availability, "
          + "indicator counts per month and every rejected line."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:measured; no window missed its service level",
      "1:a window missed its service level, or the agreement cannot be read",
      "2:usage or I/O error (e.g. a missing file, a date beyond the measured horizon)",
      "3:no service level could be measured (the report says why)"
    })
final class MeasureCommand implements Callable<Integer> {

  enum Format { text, json, markdown, html }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "AGREEMENT", description = "The agreement file.")
  Path agreementFile;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "EVENTS",
      description = "Event logs, each in time order; several are merged by time.")
  List<Path> events;

  @Option(names = "--from", paramLabel = "DATE",
      description = "First day measured, from local midnight (default: the start of the first "
          + "window holding an event).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE",
      description = "Day after the last measured, exclusive (default: up to the last event).")
  LocalDate to;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  enum By { requester }

  @Option(names = "--by", paramLabel = "GROUP",
      description = "Also report every service level per ${COMPLETION-CANDIDATES} (items "
          + "without one under null).")
  By by;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Write to OUT (atomically) instead of standard output.")
  Path output;

  @Override
  public Integer call() {
    if (from != null && to != null && to.isBefore(from)) {
      throw new ParameterException(spec.commandLine(),
          "--to " + to + " is before --from " + from);
    }
    if (!MeasurementLimits.inHorizon(MeasureRange.of(from, to))) {
      throw new ParameterException(spec.commandLine(), "--from and --to must lie between "
          + MeasurementLimits.EARLIEST_DATE + " and " + MeasurementLimits.END_DATE
          + " (the measured horizon)");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Optional<Agreement> agreement = Documents.read(agreementFile, err);
      if (agreement.isEmpty()) {
        return ExitCode.INVALID.code();
      }
      ServiceLevelMeter meter = ServiceLevelMeter.of(agreement.get());
      if (by == By.requester) {
        meter = meter.byRequester();
      }
      MeasurementResult result = meter.measureFiles(events, MeasureRange.of(from, to));
      String text = MeasurementReports.toString(result, reportFormat(), agreement.get().title());
      if (output == null) {
        out.print(text);
        out.flush();
      } else {
        Documents.writeAtomically(output, text);
      }
      if (result.rejectedCount() > 0 && (format != Format.text || output != null)) {
        err.println("sla measure: " + Console.count(result.rejectedCount(), "line")
            + " rejected (listed in the report)");
      }
      if (result.nothingMeasurable()) {
        return ExitCode.NOTHING_MEASURABLE.code();
      }
      return result.anyWindowMissed() ? ExitCode.INVALID.code() : ExitCode.OK.code();
    } catch (IOException e) {
      err.println("sla measure: " + Console.oneLine(e));
      return ExitCode.USAGE_OR_IO.code();
    }
  }

  private ReportFormat reportFormat() {
    return switch (format) {
      case json -> ReportFormat.JSON;
      case markdown -> ReportFormat.MARKDOWN;
      case html -> ReportFormat.HTML;
      default -> ReportFormat.TEXT;
    };
  }
}
