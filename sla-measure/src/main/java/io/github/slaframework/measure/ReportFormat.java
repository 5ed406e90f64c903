package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The formats {@link MeasurementReports} writes.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
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
