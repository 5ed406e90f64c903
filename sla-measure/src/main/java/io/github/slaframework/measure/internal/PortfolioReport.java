package io.github.slaframework.measure.internal;

import io.github.slaframework.core.report.SafeText;
import io.github.slaframework.measure.MeasurementResult;
import io.github.slaframework.measure.PortfolioResult;
import io.github.slaframework.measure.PortfolioResult.AgreementResult;
import io.github.slaframework.measure.ServiceLevelResult;
import io.github.slaframework.measure.WindowResult;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.json.JsonFactory;

/**
 * The portfolio report in text, JSON and HTML: one row per service level of every agreement (the
 * items of all its windows summed, and how many windows met their level), then the totals per
 * metric across the agreements. Everything that came from a file is escaped for the output.
 */
public final class PortfolioReport {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private PortfolioReport() {}

  /** One service level of one agreement, summed over its windows. */
  private record Row(long met, long missed, long pending, Optional<BigDecimal> attainment,
      String target, int windowsMet, int windowsMissed, int windows) {

    static Row of(ServiceLevelResult level) {
      long met = 0;
      long missed = 0;
      long pending = 0;
      int windowsMet = 0;
      int windowsMissed = 0;
      String target = null;
      for (WindowResult w : level.windows()) {
        met += w.met();
        missed += w.missed();
        pending += w.pending();
        target = w.target().toPlainString();
        if (w.levelMet().isPresent()) {
          if (w.levelMet().get()) {
            windowsMet++;
          } else {
            windowsMissed++;
          }
        }
      }
      // Camera availability has no items: its figure is the mean of its windows' percentages.
      Optional<BigDecimal> attainment = level.metric().code().equals("CAMERA_AVAILABILITY")
          ? meanAvailability(level) : Optional.ofNullable(met + missed == 0 ? null
              : Percent.of(met, met + missed));
      return new Row(met, missed, pending, attainment, target, windowsMet, windowsMissed,
          level.windows().size());
    }

    private static Optional<BigDecimal> meanAvailability(ServiceLevelResult level) {
      BigDecimal sum = BigDecimal.ZERO;
      int n = 0;
      for (WindowResult w : level.windows()) {
        if (w.attainment().isPresent()) {
          sum = sum.add(w.attainment().get());
          n++;
        }
      }
      return n == 0 ? Optional.empty() : Optional.of(Percent.plain(
          sum.divide(BigDecimal.valueOf(n), 2, java.math.RoundingMode.DOWN)));
    }

    String attainmentText() {
      return attainment.map(Labels::percent).orElse("no items");
    }

    String windowsText() {
      return windowsMet + " of " + (windowsMet + windowsMissed);
    }
  }

  /**
   * Writes the text report.
   *
   * @param result the result
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void text(PortfolioResult result, Appendable out) throws IOException {
    out.append("Portfolio: ").append(Labels.count(result.agreements().size(), "agreement"))
        .append("\n\n");
    for (AgreementResult a : result.agreements()) {
      MeasurementResult r = a.result();
      out.append(SafeText.terminal(a.name())).append(": ").append(SafeText.terminal(a.title()))
          .append(" (").append(Labels.summary(r.eventCount(), r.rejectedCount())).append(")\n");
      out.append(String.format("  %-28s %-26s %8s %7s %7s %10s %7s  %s\n", "service level",
          "metric", "met", "missed", "pending", "attainment", "target", "windows met"));
      for (ServiceLevelResult level : r.serviceLevels()) {
        String id = SafeText.terminal(level.id());
        String metric = SafeText.terminal(level.metric().code());
        if (level.problem().isPresent()) {
          out.append(String.format("  %-28s %-26s not measured: %s\n", id, metric,
              SafeText.terminal(level.problem().get())));
          continue;
        }
        Row row = Row.of(level);
        out.append(String.format("  %-28s %-26s %8d %7d %7d %10s %7s  %s\n", id, metric,
            row.met(), row.missed(), row.pending(), row.attainmentText(),
            row.target() == null ? "-" : row.target(), row.windowsText()));
      }
      for (var w : r.warnings()) {
        out.append("  warning: ").append(Labels.warning(w, "", "", SafeText::terminal))
            .append('\n');
      }
      out.append('\n');
    }
    out.append("Totals across the agreements\n");
    textTotals(result.totals(), out);
    for (PortfolioResult.RequesterTotals r : result.byRequester()) {
      out.append("\nTotals of requester ")
          .append(r.requester().map(SafeText::terminal).orElse("null")).append('\n');
      textTotals(r.totals(), out);
    }
  }

  private static void textTotals(List<PortfolioResult.Total> totals, Appendable out)
      throws IOException {
    out.append(String.format("  %-26s %14s %8s %7s %7s %10s\n", "metric", "service levels",
        "met", "missed", "pending", "attainment"));
    for (PortfolioResult.Total t : totals) {
      out.append(String.format("  %-26s %14d %8d %7d %7d %10s\n", t.metric().code(),
          t.serviceLevels(), t.met(), t.missed(), t.pending(),
          t.attainment().map(Labels::percent).orElse("no items")));
    }
  }

  /**
   * Writes the JSON report, ending with a line break.
   *
   * @param result the result
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void json(PortfolioResult result, Appendable out) throws IOException {
    StringWriter sw = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(JsonReport.PRETTY, sw)) {
      g.writeStartObject();
      g.writeArrayPropertyStart("agreements");
      for (AgreementResult a : result.agreements()) {
        MeasurementResult r = a.result();
        g.writeStartObject();
        g.writeStringProperty("name", a.name());
        g.writeStringProperty("title", a.title());
        g.writeNumberProperty("eventCount", r.eventCount());
        g.writeNumberProperty("rejectedCount", r.rejectedCount());
        g.writeArrayPropertyStart("serviceLevels");
        for (ServiceLevelResult level : r.serviceLevels()) {
          g.writeStartObject();
          g.writeStringProperty("id", level.id());
          g.writeStringProperty("metric", level.metric().code());
          if (level.problem().isPresent()) {
            g.writeStringProperty("problem", level.problem().get());
          } else {
            Row row = Row.of(level);
            g.writeNumberProperty("met", row.met());
            g.writeNumberProperty("missed", row.missed());
            g.writeNumberProperty("pending", row.pending());
            number(g, "attainment", row.attainment());
            number(g, "target", Optional.ofNullable(row.target()).map(BigDecimal::new));
            g.writeNumberProperty("windows", row.windows());
            g.writeNumberProperty("windowsMet", row.windowsMet());
            g.writeNumberProperty("windowsMissed", row.windowsMissed());
          }
          g.writeEndObject();
        }
        g.writeEndArray();
        JsonReport.warnings(g, r);
        g.writeEndObject();
      }
      g.writeEndArray();
      jsonTotals(g, result.totals());
      if (!result.byRequester().isEmpty()) {
        g.writeArrayPropertyStart("byRequester");
        for (PortfolioResult.RequesterTotals r : result.byRequester()) {
          g.writeStartObject();
          if (r.requester().isPresent()) {
            g.writeStringProperty("requester", r.requester().get());
          } else {
            g.writeNullProperty("requester");
          }
          jsonTotals(g, r.totals());
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
    }
    out.append(sw.toString()).append('\n');
  }

  private static void jsonTotals(JsonGenerator g, List<PortfolioResult.Total> totals) {
    g.writeArrayPropertyStart("totals");
    for (PortfolioResult.Total t : totals) {
      g.writeStartObject();
      g.writeStringProperty("metric", t.metric().code());
      g.writeNumberProperty("serviceLevels", t.serviceLevels());
      g.writeNumberProperty("met", t.met());
      g.writeNumberProperty("missed", t.missed());
      g.writeNumberProperty("pending", t.pending());
      number(g, "attainment", t.attainment());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void number(JsonGenerator g, String name, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      g.writeNumberProperty(name, value.get());
    } else {
      g.writeNullProperty(name);
    }
  }

  /**
   * Writes the HTML page: self-contained (inline CSS, no script, nothing fetched).
   *
   * @param result the result
   * @param title the heading
   * @param out where to write
   * @throws IOException when writing fails
   */
  public static void html(PortfolioResult result, String title, Appendable out)
      throws IOException {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Portfolio: ").append(esc(title)).append("</title>\n")
        .append("<style>\n").append(HtmlReport.STYLE)
        .append("body{max-width:72rem}td.bar{width:8rem}.bar span{display:block;height:.8rem;")
        .append("background:#1b6e20}.bar span.low{background:#b00020}\n")
        .append("th.agreement{width:16rem;font-weight:normal;text-align:left;vertical-align:top}")
        .append("th.agreement b{display:block}td.id{text-align:left;white-space:nowrap}\n")
        .append("</style>\n</head>\n<body>\n")
        .append("<h1>Portfolio: ").append(esc(title)).append("</h1>\n")
        .append("<p>").append(Labels.count(result.agreements().size(), "agreement"))
        .append(" measured over the same range; per service level, the items of all its windows"
            + " and how many windows met their level.</p>\n");
    out.append("<section>\n<h2>Service levels side by side</h2>\n<table>\n<tr><th>agreement</th>")
        .append("<th>service level</th><th>metric</th><th>met</th><th>missed</th>")
        .append("<th>pending</th><th>attainment</th><th></th><th>target</th>")
        .append("<th>windows met</th></tr>\n");
    for (AgreementResult a : result.agreements()) {
      MeasurementResult r = a.result();
      int n = Math.max(1, r.serviceLevels().size());
      out.append("<tr><th class=\"agreement\" rowspan=\"").append(Integer.toString(n))
          .append("\"><b>").append(esc(a.title())).append("</b><small>").append(esc(a.name()))
          .append("</small><br><small>")
          .append(Labels.summary(r.eventCount(), r.rejectedCount()))
          .append("</small></th>");
      if (r.serviceLevels().isEmpty()) {
        out.append("<td colspan=\"9\" class=\"none\">no service levels</td></tr>\n");
      }
      boolean first = true;
      for (ServiceLevelResult level : r.serviceLevels()) {
        if (!first) {
          out.append("<tr>");
        }
        first = false;
        out.append("<td class=\"id\">").append(esc(level.id())).append("</td><td><code>")
            .append(esc(level.metric().code())).append("</code></td>");
        if (level.problem().isPresent()) {
          out.append("<td colspan=\"7\" class=\"none\">not measured: ")
              .append(esc(level.problem().get())).append("</td></tr>\n");
          continue;
        }
        Row row = Row.of(level);
        boolean below = row.windowsMissed() > 0;
        out.append("<td>").append(Long.toString(row.met())).append("</td><td>")
            .append(Long.toString(row.missed())).append("</td><td>")
            .append(Long.toString(row.pending())).append("</td><td class=\"")
            .append(row.attainment().isEmpty() ? "none" : below ? "missed" : "met").append("\">")
            .append(row.attainmentText()).append("</td><td class=\"bar\">");
        if (row.attainment().isPresent()) {
          out.append("<span").append(below ? " class=\"low\"" : "").append(" style=\"width:")
              .append(row.attainment().get().setScale(0, java.math.RoundingMode.DOWN)
                  .toPlainString())
              .append("%\"></span>");
        }
        out.append("</td><td>").append(row.target() == null ? "-" : row.target())
            .append("</td><td class=\"").append(below ? "missed" : "met").append("\">")
            .append(row.windowsText()).append("</td></tr>\n");
      }
    }
    out.append("</table>\n</section>\n");
    htmlTotals("Totals across the agreements", result.totals(), out);
    for (PortfolioResult.RequesterTotals r : result.byRequester()) {
      htmlTotals("Totals of requester " + r.requester().map(PortfolioReport::esc).orElse("null"),
          r.totals(), out);
    }
    for (AgreementResult a : result.agreements()) {
      if (!a.result().warnings().isEmpty()) {
        out.append("<section>\n<h2>Warnings: ").append(esc(a.title())).append("</h2>\n<ul>\n");
        for (var w : a.result().warnings()) {
          out.append("<li>").append(Labels.warning(w, "<code>", "</code>", PortfolioReport::esc))
              .append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
      }
    }
    out.append("</body>\n</html>\n");
  }

  /** A table of totals under a heading (already escaped). */
  private static void htmlTotals(String heading, List<PortfolioResult.Total> totals,
      Appendable out) throws IOException {
    out.append("<section>\n<h2>").append(heading).append("</h2>\n<table>\n<tr><th>metric</th>")
        .append("<th>service levels</th><th>met</th><th>missed</th><th>pending</th>")
        .append("<th>attainment</th></tr>\n");
    for (PortfolioResult.Total t : totals) {
      out.append("<tr><td><code>").append(esc(t.metric().code())).append("</code></td><td>")
          .append(Integer.toString(t.serviceLevels())).append("</td><td>")
          .append(Long.toString(t.met())).append("</td><td>").append(Long.toString(t.missed()))
          .append("</td><td>").append(Long.toString(t.pending())).append("</td><td>")
          .append(t.attainment().map(Labels::percent).orElse("no items")).append("</td></tr>\n");
    }
    out.append("</table>\n</section>\n");
  }

  private static String esc(String s) {
    return SafeText.html(s);
  }
}
