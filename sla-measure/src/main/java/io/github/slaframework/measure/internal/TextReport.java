package io.github.slaframework.measure.internal;

import io.github.slaframework.core.report.SafeText;
import io.github.slaframework.measure.Breach;
import io.github.slaframework.measure.IndicatorResult;
import io.github.slaframework.measure.MeasurementResult;
import io.github.slaframework.measure.MeasurementWarning;
import io.github.slaframework.measure.RequesterResult;
import io.github.slaframework.measure.ServiceLevelResult;
import io.github.slaframework.measure.WindowResult;
import java.io.IOException;
import java.util.List;

/** The text report: a table per service level, indicator totals, warnings, rejected lines. */
public final class TextReport {

  /** How many rejected lines the text lists. */
  static final int REJECTED_LISTED = 20;

  private TextReport() {}

  /** A table of windows, then a line of outcomes per window that has any. */
  private static void table(List<WindowResult> windows, String indent, Appendable out)
      throws IOException {
    out.append(indent).append(String.format("%-24s %6s %6s %7s %10s %7s  %s%n", "window", "met",
        "missed", "pending", "attainment", "target", "level"));
    for (WindowResult w : windows) {
      out.append(indent).append(String.format("%-24s %6d %6d %7d %10s %7s  %s%n",
          Labels.window(w), w.met(), w.missed(), w.pending(), Labels.attainment(w),
          w.target().toPlainString(), Labels.level(w)));
    }
    for (WindowResult w : windows) {
      if (!w.outcomes().isEmpty()) {
        out.append(indent).append("outcomes ").append(Labels.window(w)).append(": ")
            .append(Labels.outcomes(w)).append('\n');
      }
    }
  }

  /**
   * Writes the report.
   *
   * @param result the result
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void write(MeasurementResult result, Appendable out) throws IOException {
    for (ServiceLevelResult level : result.serviceLevels()) {
      out.append(SafeText.terminal(level.id())).append(" (")
          .append(SafeText.terminal(level.metric().code())).append(")\n");
      if (level.problem().isPresent()) {
        out.append("  not measured: ").append(SafeText.terminal(level.problem().get()))
            .append("\n\n");
        continue;
      }
      if (level.windows().isEmpty()) {
        out.append("  no windows: no events in the range\n\n");
        continue;
      }
      table(level.windows(), "  ", out);
      for (WindowResult w : level.windows()) {
        if (!w.worstBreaches().isEmpty()) {
          out.append("  worst breaches ").append(Labels.window(w)).append(": ");
          List<Breach> worst = w.worstBreaches();
          for (int i = 0; i < worst.size(); i++) {
            Breach b = worst.get(i);
            out.append(i == 0 ? "" : ", ").append(SafeText.terminal(b.id())).append(' ')
                .append(Labels.duration(b.duration()))
                .append(b.closedBy().isPresent() ? "" : " (still open)");
          }
          out.append('\n');
        }
      }
      if (level.byRequester().isPresent()) {
        for (RequesterResult r : level.byRequester().get()) {
          out.append("  requester ").append(SafeText.terminal(Labels.requester(r.requester())))
              .append('\n');
          table(r.windows(), "    ", out);
        }
      }
      out.append('\n');
    }
    out.append("indicators (calendar months, Europe/London)\n");
    for (IndicatorResult i : result.indicators()) {
      out.append(String.format("  %-20s %8d%n", SafeText.terminal(Labels.indicator(i.indicator())),
          i.total()));
    }
    if (!result.warnings().isEmpty()) {
      out.append("\nwarnings\n");
      for (MeasurementWarning w : result.warnings()) {
        out.append("  ").append(Labels.warning(w, "", "", s -> s)).append('\n');
      }
    }
    out.append('\n').append(Labels.summary(result.eventCount(), result.rejectedCount()))
        .append('\n');
    int listed = 0;
    for (Labels.Rejected r : Labels.rejected(result)) {
      if (listed++ == REJECTED_LISTED) {
        out.append("  ... ").append(String.valueOf(result.rejectedCount() - REJECTED_LISTED))
            .append(" more\n");
        break;
      }
      out.append("  ").append(SafeText.terminal(r.file())).append(':')
          .append(String.valueOf(r.line()))
          .append(": ").append(SafeText.terminal(r.reason())).append('\n');
    }
  }
}
