package io.github.slaframework.measure;

/**
 * The formats {@link MeasurementReports} writes.
 *
 * @since 0.1.0
 */
public enum ReportFormat {
  /** Plain text for a person: a table per service level. */
  TEXT,
  /** One JSON object in the shape of format 1.0 section 6, for machines. */
  JSON,
  /** A Markdown report a council could publish. */
  MARKDOWN,
  /** A self-contained HTML page with an inline SVG chart per service level. */
  HTML
}
