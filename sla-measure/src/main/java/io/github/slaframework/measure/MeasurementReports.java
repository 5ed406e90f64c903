package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.measure.internal.HtmlReport;
import io.github.slaframework.measure.internal.JsonReport;
import io.github.slaframework.measure.internal.MarkdownReport;
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
    StringBuilder sb = new StringBuilder();
    try {
      write(result, format, title, sb);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return sb.toString();
  }
}
