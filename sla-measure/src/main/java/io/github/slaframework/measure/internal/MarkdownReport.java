package io.github.slaframework.measure.internal;

import io.github.slaframework.core.report.SafeText;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.measure.Breach;
import io.github.slaframework.measure.IndicatorResult;
import io.github.slaframework.measure.MeasurementResult;
import io.github.slaframework.measure.MeasurementWarning;
import io.github.slaframework.measure.RequesterResult;
import io.github.slaframework.measure.ServiceLevelResult;
import io.github.slaframework.measure.WindowResult;
import java.io.IOException;
import java.util.List;

/**
 * The Markdown report: a table per service level, indicators per month, warnings, rejected lines.
 */
public final class MarkdownReport {

  private MarkdownReport() {}

  /**
   * Writes the report.
   *
   * @param result the result
   * @param title the heading
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void write(MeasurementResult result, String title, Appendable out)
      throws IOException {
    out.append("# Service levels: ").append(cell(title)).append("\n\n");
    out.append(Labels.summary(result.eventCount(), result.rejectedCount())).append(".\n");
    for (ServiceLevelResult level : result.serviceLevels()) {
      out.append("\n## ").append(cell(level.id())).append(" (").append(metric(level))
          .append(")\n\n");
      if (level.problem().isPresent()) {
        out.append("Not measured: ").append(cell(level.problem().get())).append(".\n");
        continue;
      }
      if (level.windows().isEmpty()) {
        out.append("No events in the range.\n");
        continue;
      }
      boolean turnaround = level.metric().equals(ServiceMetric.FOOTAGE_REQUEST_TURNAROUND);
      table(level.windows(), turnaround, out);
      boolean heading = false;
      for (WindowResult w : level.windows()) {
        for (Breach b : w.worstBreaches()) {
          if (!heading) {
            out.append("\nWorst breaches:\n\n");
            heading = true;
          }
          out.append("- ").append(Labels.window(w)).append(": `").append(code(b.id()))
              .append("` took ").append(Labels.duration(b.duration()))
              .append(b.closedBy().isPresent() ? "" : " and is still open").append('\n');
        }
      }
      if (level.byRequester().isPresent()) {
        for (RequesterResult r : level.byRequester().get()) {
          out.append("\n### Requester: ").append(cell(Labels.requester(r.requester())))
              .append("\n\n");
          table(r.windows(), turnaround, out);
        }
      }
    }
    out.append("\n## Indicators\n\n| Month |");
    for (IndicatorResult i : result.indicators()) {
      out.append(' ').append(cell(Labels.indicator(i.indicator()))).append(" |");
    }
    out.append("\n|---|");
    for (int i = 0; i < result.indicators().size(); i++) {
      out.append("---:|");
    }
    out.append('\n');
    int months = result.indicators().isEmpty() ? 0 : result.indicators().get(0).windows().size();
    for (int k = 0; k < months; k++) {
      IndicatorResult.Count first = result.indicators().get(0).windows().get(k);
      out.append("| ").append(first.start().toString().substring(0, 7)).append(" |");
      for (IndicatorResult i : result.indicators()) {
        out.append(' ').append(String.valueOf(i.windows().get(k).count())).append(" |");
      }
      out.append('\n');
    }
    out.append("| **Total** |");
    for (IndicatorResult i : result.indicators()) {
      out.append(" **").append(String.valueOf(i.total())).append("** |");
    }
    out.append("\n");
    if (!result.warnings().isEmpty()) {
      out.append("\n## Warnings\n\n");
      for (MeasurementWarning w : result.warnings()) {
        out.append("- ").append(Labels.warning(w, "`", "`", MarkdownReport::cell)).append('\n');
      }
    }
    out.append("\n## Rejected lines\n\n");
    if (result.rejectedCount() == 0) {
      out.append("None.\n");
      return;
    }
    out.append(Labels.count(result.rejectedCount(), "line")).append(" not measured:\n\n");
    int listed = 0;
    for (Labels.Rejected r : Labels.rejected(result)) {
      if (listed++ == TextReport.REJECTED_LISTED) {
        out.append("- … and ").append(String.valueOf(result.rejectedCount()
            - TextReport.REJECTED_LISTED)).append(" more\n");
        break;
      }
      out.append("- `").append(code(r.file())).append(':').append(String.valueOf(r.line()))
          .append("`: ").append(cell(r.reason())).append('\n');
    }
  }

  /** A table of windows; a turnaround level's has a column of outcomes. */
  private static void table(List<WindowResult> windows, boolean turnaround, Appendable out)
      throws IOException {
    out.append("| Window | Met | Missed | Pending | Attainment % | Target % | Level |")
        .append(turnaround ? " Outcomes |\n" : "\n");
    out.append("|---|---:|---:|---:|---:|---:|---|").append(turnaround ? "---|\n" : "\n");
    for (WindowResult w : windows) {
      out.append("| ").append(Labels.window(w))
          .append(" | ").append(String.valueOf(w.met()))
          .append(" | ").append(String.valueOf(w.missed()))
          .append(" | ").append(String.valueOf(w.pending()))
          .append(" | ").append(Labels.attainment(w))
          .append(" | ").append(w.target().toPlainString())
          .append(" | ").append(w.levelMet().map(m -> m ? "met" : "**missed**").orElse("–"))
          .append(turnaround ? " | " + Labels.outcomes(w) : "")
          .append(" |\n");
    }
  }

  /** A known metric's code as it is (it came from the format); an extension code escaped. */
  private static String metric(ServiceLevelResult level) {
    return level.metric().isExtension() ? cell(level.metric().code()) : level.metric().code();
  }

  /** Text safe in a table cell or a line: no pipes, no markup, no HTML, no control character. */
  private static String cell(String s) {
    return SafeText.markdown(s);
  }

  /**
   * Text inside a code span, where backslash escapes do not work: no backquote, and every line
   * break or other unsafe character as visible {@code \}{@code u001b} text.
   */
  private static String code(String s) {
    return SafeText.terminal(s).replace('`', '\'');
  }
}
