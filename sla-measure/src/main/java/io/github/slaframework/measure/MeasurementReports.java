package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.measure.internal.HtmlReport;
import io.github.slaframework.measure.internal.JsonReport;
import io.github.slaframework.measure.internal.MarkdownReport;
import io.github.slaframework.measure.internal.PortfolioReport;
import io.github.slaframework.measure.internal.TextReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Writes a {@link MeasurementResult} as text, JSON (format 1.0 section 6), Markdown or a
 * self-contained HTML page. Output is deterministic: the same result always gives the same
 * characters, line breaks are {@code \n}. Every format prints the result's
 * {@link MeasurementResult#warnings() warnings} (format 1.1 section 5) when there are any: JSON as
 * the top-level {@code "warnings"} array, the others as a warnings block.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class MeasurementReports {

  private MeasurementReports() {}

  /**
   * Writes a result.
   *
   * @param result the result, never null
   * @param format the format, never null
   * @param title the heading of a Markdown or HTML report (usually the agreement's title), never
   *     null; text and JSON do not use it
   * @param out where to write, never null
   * @throws IOException when writing fails
   */
  public static void write(MeasurementResult result, ReportFormat format, String title,
      Appendable out) throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(out, "out");
    switch (format) {
      case JSON -> JsonReport.write(result, out);
      case TEXT -> TextReport.write(result, out);
      case MARKDOWN -> MarkdownReport.write(result, title, out);
      default -> HtmlReport.write(result, title, out);
    }
  }

  /**
   * A result as text in a format.
   *
   * @param result the result, never null
   * @param format the format, never null
   * @param title the heading of a Markdown or HTML report, never null
   * @return the report
   */
  public static String toString(MeasurementResult result, ReportFormat format, String title) {
    return text(sb -> write(result, format, title, sb));
  }

  /** What a writer writes into a string. */
  private interface Writing {
    void to(StringBuilder sb) throws IOException;
  }

  private static String text(Writing writing) {
    StringBuilder sb = new StringBuilder();
    try {
      writing.to(sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return sb.toString();
  }

  /**
   * Writes a portfolio's result: every agreement's service levels side by side and the totals
   * across them, as text, JSON or a self-contained HTML page (docs/measure.md, "Portfolios").
   *
   * @param result the result, never null
   * @param format {@link ReportFormat#TEXT}, {@link ReportFormat#JSON} or
   *     {@link ReportFormat#HTML}
   * @param title the heading of the HTML page, never null
   * @param out where to write, never null
   * @throws IOException when writing fails
   * @throws IllegalArgumentException for {@link ReportFormat#MARKDOWN}, which a portfolio does not
   *     have
   * @since 0.2.0
   */
  @API(status = EXPERIMENTAL)
  public static void write(PortfolioResult result, ReportFormat format, String title,
      Appendable out) throws IOException {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(title, "title");
    switch (Objects.requireNonNull(format, "format")) {
      case JSON -> PortfolioReport.json(result, Objects.requireNonNull(out, "out"));
      case TEXT -> PortfolioReport.text(result, Objects.requireNonNull(out, "out"));
      case HTML -> PortfolioReport.html(result, title, Objects.requireNonNull(out, "out"));
      default -> throw new IllegalArgumentException("a portfolio report is text, JSON or HTML");
    }
  }

  /**
   * A portfolio's result as text in a format; see
   * {@link #write(PortfolioResult, ReportFormat, String, Appendable)}.
   *
   * @param result the result, never null
   * @param format the format, never null (not {@link ReportFormat#MARKDOWN})
   * @param title the heading of the HTML page, never null
   * @return the report
   * @since 0.2.0
   */
  @API(status = EXPERIMENTAL)
  public static String toString(PortfolioResult result, ReportFormat format, String title) {
    return text(sb -> write(result, format, title, sb));
  }
}
