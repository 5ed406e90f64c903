package io.github.slaframework.measure.internal;

import io.github.slaframework.core.report.SafeText;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.measure.Breach;
import io.github.slaframework.measure.IndicatorResult;
import io.github.slaframework.measure.MeasurementResult;
import io.github.slaframework.measure.MeasurementWarning;
import io.github.slaframework.measure.Outcome;
import io.github.slaframework.measure.RequesterResult;
import io.github.slaframework.measure.ServiceLevelResult;
import io.github.slaframework.measure.WindowResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML report: one self-contained page (inline CSS, inline SVG, no script, nothing fetched)
 * with, per service level, a chart of attainment per window against the target line and a table.
 */
public final class HtmlReport {

  private static final int WIDTH = 640;
  private static final int HEIGHT = 200;
  private static final int LEFT = 44;
  private static final int RIGHT = 12;
  private static final int TOP = 12;
  private static final int BOTTOM = 28;

  private static final String STYLE = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;\
      max-width:52rem;padding:0 1rem;color:#1b1b1b;line-height:1.4}
      h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1rem}h2 small{color:#555;\
      font-weight:normal;font-size:.8rem}
      table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border-bottom:1px solid #ddd;\
      padding:.25rem .5rem;text-align:right}th:first-child,td:first-child{text-align:left}
      .missed{color:#b00020;font-weight:bold}.met{color:#1b6e20}.none{color:#777}
      svg{max-width:100%;height:auto}
      """;

  private HtmlReport() {}

  /**
   * Writes the page.
   *
   * @param result the result
   * @param title the heading
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void write(MeasurementResult result, String title, Appendable out)
      throws IOException {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Service levels: ").append(esc(title)).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<h1>Service levels: ").append(esc(title)).append("</h1>\n")
        .append("<p>").append(Labels.summary(result.eventCount(), result.rejectedCount()))
        .append(".</p>\n");
    int chart = 0;
    for (ServiceLevelResult level : result.serviceLevels()) {
      out.append("<section>\n<h2>").append(esc(level.id())).append(" <small>")
          .append(esc(level.metric().code())).append("</small></h2>\n");
      if (level.problem().isPresent()) {
        out.append("<p>Not measured: ").append(esc(level.problem().get())).append(".</p>\n");
      } else if (level.windows().isEmpty()) {
        out.append("<p>No events in the range.</p>\n");
      } else {
        chart(level, "chart-" + chart++, out);
        boolean turnaround = level.metric().equals(ServiceMetric.FOOTAGE_REQUEST_TURNAROUND);
        if (turnaround) {
          outcomeChart(level, "chart-" + chart++, out);
        }
        table(level.windows(), turnaround, out);
        breaches(level, out);
        if (level.byRequester().isPresent()) {
          for (RequesterResult r : level.byRequester().get()) {
            out.append("<h3>Requester: ").append(esc(Labels.requester(r.requester())))
                .append("</h3>\n");
            table(r.windows(), turnaround, out);
          }
        }
      }
      out.append("</section>\n");
    }
    indicators(result, out);
    if (!result.warnings().isEmpty()) {
      out.append("<section>\n<h2>Warnings</h2>\n<ul>\n");
      for (MeasurementWarning w : result.warnings()) {
        out.append("<li>").append(Labels.warning(w, "<code>", "</code>", HtmlReport::esc))
            .append("</li>\n");
      }
      out.append("</ul>\n</section>\n");
    }
    out.append("<section>\n<h2>Rejected lines</h2>\n");
    if (result.rejectedCount() == 0) {
      out.append("<p>None.</p>\n");
    } else {
      out.append("<p>").append(Labels.count(result.rejectedCount(), "line"))
          .append(" not measured.</p>\n<ul>\n");
      List<Labels.Rejected> all = Labels.rejected(result);
      List<Labels.Rejected> listed = all.subList(0,
          Math.min(all.size(), TextReport.REJECTED_LISTED));
      for (Labels.Rejected r : listed) {
        out.append("<li><code>").append(esc(r.file())).append(':')
            .append(String.valueOf(r.line())).append("</code>: ").append(esc(r.reason()))
            .append("</li>\n");
      }
      out.append("</ul>\n");
    }
    out.append("</section>\n</body>\n</html>\n");
  }

  private static void table(List<WindowResult> windows, boolean turnaround, Appendable out)
      throws IOException {
    out.append("<table>\n<thead><tr><th>Window</th><th>Met</th><th>Missed</th><th>Pending</th>")
        .append("<th>Attainment %</th><th>Target %</th><th>Level</th>")
        .append(turnaround ? "<th>Outcomes</th>" : "").append("</tr></thead>\n<tbody>\n");
    for (WindowResult w : windows) {
      String cls = w.levelMet().map(m -> m ? "met" : "missed").orElse("none");
      out.append("<tr><td>").append(esc(Labels.window(w))).append("</td><td>")
          .append(String.valueOf(w.met())).append("</td><td>").append(String.valueOf(w.missed()))
          .append("</td><td>").append(String.valueOf(w.pending())).append("</td><td>")
          .append(Labels.attainment(w)).append("</td><td>").append(w.target().toPlainString())
          .append("</td><td class=\"").append(cls).append("\">").append(Labels.level(w))
          .append(turnaround ? "</td><td>" + Labels.outcomes(w) : "")
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }

  private static void breaches(ServiceLevelResult level, Appendable out) throws IOException {
    boolean any = false;
    for (WindowResult w : level.windows()) {
      for (Breach b : w.worstBreaches()) {
        if (!any) {
          out.append("<p>Worst breaches:</p>\n<ul>\n");
          any = true;
        }
        out.append("<li>").append(esc(Labels.window(w))).append(": <code>").append(esc(b.id()))
            .append("</code> took ").append(Labels.duration(b.duration()))
            .append(b.closedBy().isPresent() ? "" : " and is still open").append("</li>\n");
      }
    }
    if (any) {
      out.append("</ul>\n");
    }
  }

  private static void chart(ServiceLevelResult level, String id, Appendable out)
      throws IOException {
    List<WindowResult> windows = level.windows();
    BigDecimal target = windows.get(0).target();
    double lowest = target.doubleValue();
    for (WindowResult w : windows) {
      if (w.attainment().isPresent()) {
        lowest = Math.min(lowest, w.attainment().get().doubleValue());
      }
    }
    double lo = Math.max(0, Math.floor((lowest - 5) / 10) * 10);
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    double slot = plotW / windows.size();
    svgStart(id, HEIGHT, "Attainment per window of " + esc(level.id())
        + " against the target of " + target.toPlainString() + "%", out);
    out.append("<g font-size=\"10\" fill=\"#555\">\n")
        .append(text(LEFT - 4, y(100, lo) + 3, "end", "100%"))
        .append(text(LEFT - 4, y(lo, lo) + 3, "end", num(lo) + "%"))
        .append("</g>\n");
    out.append("<line x1=\"").append(num(LEFT)).append("\" y1=\"").append(num(y(lo, lo)))
        .append("\" x2=\"").append(num(WIDTH - RIGHT)).append("\" y2=\"")
        .append(num(y(lo, lo))).append("\" stroke=\"#999\"/>\n");
    int every = Math.max(1, (int) Math.ceil(windows.size() / 12.0));
    for (int k = 0; k < windows.size(); k++) {
      WindowResult w = windows.get(k);
      double x = LEFT + k * slot + slot * 0.15;
      double cx = LEFT + k * slot + slot / 2;
      if (w.attainment().isPresent()) {
        double v = w.attainment().get().doubleValue();
        double top = y(v, lo);
        String fill = w.levelMet().orElse(true) ? "#2e7d32" : "#c62828";
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(top))
            .append("\" width=\"").append(num(slot * 0.7)).append("\" height=\"")
            .append(num(Math.max(0, y(lo, lo) - top))).append("\" fill=\"").append(fill)
            .append("\"><title>").append(esc(Labels.window(w))).append(": ")
            .append(Labels.attainment(w)).append("%</title></rect>\n");
      } else {
        out.append(text(cx, y(lo, lo) - 4, "middle", "no items"));
      }
      if (k % every == 0) {
        out.append(text(cx, HEIGHT - BOTTOM + 14, "middle", Labels.window(w)));
      }
    }
    double ty = y(target.doubleValue(), lo);
    out.append("<line x1=\"").append(num(LEFT)).append("\" y1=\"").append(num(ty))
        .append("\" x2=\"").append(num(WIDTH - RIGHT)).append("\" y2=\"").append(num(ty))
        .append("\" stroke=\"#1a237e\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n")
        .append(text(WIDTH - RIGHT, ty - 3, "end", "target " + target.toPlainString() + "%"))
        .append("</svg>\n");
  }

  /**
   * A stacked bar per window of the items closed with each outcome, scaled to the window with
   * the most; the colours are named in a legend, and every segment has a title with its count.
   */
  private static void outcomeChart(ServiceLevelResult level, String id, Appendable out)
      throws IOException {
    List<WindowResult> windows = level.windows();
    long most = 0;
    for (WindowResult w : windows) {
      most = Math.max(most, w.outcomes().values().stream().mapToLong(Long::longValue).sum());
    }
    if (most == 0) {
      return;
    }
    int height = 160;
    double plotTop = 24;
    double plotH = height - plotTop - BOTTOM;
    double plotW = WIDTH - LEFT - RIGHT;
    double slot = plotW / windows.size();
    svgStart(id, height, "Outcomes per window of " + esc(level.id()), out);
    double lx = LEFT;
    for (Outcome o : Outcome.values()) {
      out.append("<rect x=\"").append(num(lx)).append("\" y=\"4\" width=\"10\" height=\"10\" ")
          .append("fill=\"").append(colour(o)).append("\"/>\n")
          .append(text(lx + 13, 13, "start", o.name()));
      lx += 18 + o.name().length() * 6;
    }
    out.append("<text x=\"").append(num(LEFT - 4)).append("\" y=\"").append(num(plotTop + 8))
        .append("\" text-anchor=\"end\" font-size=\"9\" fill=\"#555\">")
        .append(String.valueOf(most)).append("</text>\n");
    int every = Math.max(1, (int) Math.ceil(windows.size() / 12.0));
    for (int k = 0; k < windows.size(); k++) {
      WindowResult w = windows.get(k);
      double x = LEFT + k * slot + slot * 0.15;
      double bottom = plotTop + plotH;
      for (Map.Entry<Outcome, Long> e : w.outcomes().entrySet()) {
        double h = plotH * e.getValue() / most;
        bottom -= h;
        out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(bottom))
            .append("\" width=\"").append(num(slot * 0.7)).append("\" height=\"").append(num(h))
            .append("\" fill=\"").append(colour(e.getKey())).append("\"><title>")
            .append(esc(Labels.window(w))).append(": ").append(e.getKey().name()).append(' ')
            .append(String.valueOf(e.getValue())).append("</title></rect>\n");
      }
      if (k % every == 0) {
        out.append(text(LEFT + k * slot + slot / 2, height - BOTTOM + 14, "middle",
            Labels.window(w)));
      }
    }
    out.append("</svg>\n");
  }

  /** Opens an inline SVG chart of the page's width, titled with escaped text. */
  private static void svgStart(String id, int height, String escapedTitle, Appendable out)
      throws IOException {
    out.append("<svg id=\"").append(id).append("\" viewBox=\"0 0 ").append(num(WIDTH))
        .append(' ').append(num(height)).append("\" width=\"").append(num(WIDTH))
        .append("\" height=\"").append(num(height)).append("\" role=\"img\" aria-labelledby=\"")
        .append(id).append("-title\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"")
        .append(id).append("-title\">").append(escapedTitle).append("</title>\n");
  }

  private static String colour(Outcome o) {
    return switch (o) {
      case DELIVERED -> "#2e7d32";
      case NO_FOOTAGE -> "#f9a825";
      case OUTSIDE_RETENTION -> "#ef6c00";
      case DECLINED -> "#6a1b9a";
      default -> "#9e9e9e";
    };
  }

  private static double y(double value, double lo) {
    double clamped = Math.max(lo, Math.min(100, value));
    return TOP + (100 - clamped) / (100 - lo) * (HEIGHT - TOP - BOTTOM);
  }

  private static String text(double x, double y, String anchor, String s) {
    return "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" text-anchor=\"" + anchor
        + "\" font-size=\"9\" fill=\"#555\">" + esc(s) + "</text>\n";
  }

  private static String num(double d) {
    String s = String.format(Locale.ROOT, "%.1f", d);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  private static void indicators(MeasurementResult result, Appendable out) throws IOException {
    out.append("<section>\n<h2>Indicators</h2>\n<table>\n<thead><tr><th>Month</th>");
    for (IndicatorResult i : result.indicators()) {
      out.append("<th>").append(esc(Labels.indicator(i.indicator()))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    int months = result.indicators().isEmpty() ? 0 : result.indicators().get(0).windows().size();
    for (int k = 0; k < months; k++) {
      out.append("<tr><td>")
          .append(result.indicators().get(0).windows().get(k).start().toString(), 0, 7)
          .append("</td>");
      for (IndicatorResult i : result.indicators()) {
        out.append("<td>").append(String.valueOf(i.windows().get(k).count())).append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("<tr><th>Total</th>");
    for (IndicatorResult i : result.indicators()) {
      out.append("<th>").append(String.valueOf(i.total())).append("</th>");
    }
    out.append("</tr>\n</tbody>\n</table>\n</section>\n");
  }

  /** Text from the agreement or the logs, by the one HTML rule (unsafe characters escaped). */
  private static String esc(String s) {
    return SafeText.html(s);
  }

}
