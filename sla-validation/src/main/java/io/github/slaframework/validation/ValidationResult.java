package io.github.slaframework.validation;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.report.Report;
import io.github.slaframework.core.report.SourceMap;
import java.util.Objects;
import java.util.Optional;

/**
 * What the one-call validation of a document gives: the agreement when it could be read, and one
 * report of reading and validation findings in document order. Immutable.
 *
 * @since 0.1.0
 */
public final class ValidationResult {

  private final Optional<Agreement> agreement;
  private final Report report;
  private final SourceMap sourceMap;

  ValidationResult(Optional<Agreement> agreement, Report report, SourceMap sourceMap) {
    this.agreement = Objects.requireNonNull(agreement, "agreement");
    this.report = Objects.requireNonNull(report, "report");
    this.sourceMap = Objects.requireNonNull(sourceMap, "sourceMap");
  }

  /**
   * The agreement read from the document.
   *
   * @return the agreement, or empty when the document could not be read into a model (the report
   *     then says why)
   */
  public Optional<Agreement> agreement() {
    return agreement;
  }

  /**
   * All findings, of reading and of validation, in document order with line and column.
   *
   * @return the report, never null
   */
  public Report report() {
    return report;
  }

  /**
   * Where the document's values stood in its text.
   *
   * @return the source map, never null
   */
  public SourceMap sourceMap() {
    return sourceMap;
  }

  /**
   * Whether the document is valid: read into a model, and no finding of severity {@code ERROR}.
   *
   * @return {@code true} when valid
   */
  public boolean isValid() {
    return agreement.isPresent() && report.isValid();
  }

  /**
   * This result as the report of a named file, for {@link ReportFormats}.
   *
   * @param file the file name as the user gave it, never null
   * @return the file report
   */
  public FileReport toFileReport(String file) {
    return new FileReport(file, report, isValid());
  }

  @Override
  public String toString() {
    return "ValidationResult[valid=" + isValid() + ", " + report + "]";
  }
}
