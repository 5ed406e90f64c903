package io.github.slaframework.validation;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.Report;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.report.SourceMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What every {@code validate} call of {@link AgreementValidator} gives: the findings of reading
 * and validating in document order, and the agreement when it could be read. Immutable.
 *
 * <pre>{@code
 * ValidationResult result = AgreementValidator.standard().validate(Path.of("agreement.json"));
 * if (!result.passes(Strictness.ERRORS)) {
 *   result.findings().forEach(f -> System.out.println(f.describe()));
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = STABLE)
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
   * The agreement validated: read from the document, or the one given.
   *
   * @return the agreement, or empty when the document could not be read into a model (the
   *     findings then say why)
   */
  public Optional<Agreement> agreement() {
    return agreement;
  }

  /**
   * All findings, of reading and of validating, in document order (by line and column when the
   * agreement was read from text, then by JSON Pointer).
   *
   * @return an unmodifiable list, never null
   * @since 0.2.0
   */
  public List<Finding> findings() {
    return report.findings();
  }

  /**
   * The findings at least as serious as a severity, in document order.
   *
   * @param severity the least severity to keep, never null
   * @return an unmodifiable list, never null
   * @since 0.2.0
   */
  public List<Finding> findings(Severity severity) {
    return report.findings(Objects.requireNonNull(severity, "severity"));
  }

  /**
   * The findings with a code, in document order.
   *
   * @param code a finding code, never null
   * @return an unmodifiable list, never null
   * @since 0.2.0
   */
  public List<Finding> findingsWithCode(String code) {
    return report.findingsWithCode(Objects.requireNonNull(code, "code"));
  }

  /**
   * Whether the agreement passes at a strictness: it was read into a model, and no finding fails
   * ({@link Strictness#ERRORS}: no {@code ERROR}; {@link Strictness#WARNINGS}: no {@code ERROR}
   * and no {@code WARNING}).
   *
   * @param strictness the strictness, never null
   * @return {@code true} when it passes
   * @since 0.2.0
   */
  public boolean passes(Strictness strictness) {
    Objects.requireNonNull(strictness, "strictness");
    return agreement.isPresent() && report.findings().stream().noneMatch(strictness::fails);
  }

  /**
   * Where the document's values stood in its text ({@link SourceMap#EMPTY} for an agreement built
   * in code).
   *
   * @return the source map, never null
   */
  public SourceMap sourceMap() {
    return sourceMap;
  }

  /**
   * This result as the report of a named file, for {@link ReportFormats}; {@code valid} when it
   * {@link #passes passes} at {@link Strictness#ERRORS}.
   *
   * @param file the file name as the user gave it, never null
   * @return the file report
   */
  public FileReport toFileReport(String file) {
    return toFileReport(file, Strictness.ERRORS);
  }

  /**
   * This result as the report of a named file, for {@link ReportFormats}.
   *
   * @param file the file name as the user gave it, never null
   * @param strictness what {@code valid} means in the report, never null
   * @return the file report
   * @since 0.2.0
   */
  public FileReport toFileReport(String file, Strictness strictness) {
    return new FileReport(file, report, passes(strictness));
  }

  @Override
  public String toString() {
    return "ValidationResult[passes=" + passes(Strictness.ERRORS) + ", " + report + "]";
  }
}
