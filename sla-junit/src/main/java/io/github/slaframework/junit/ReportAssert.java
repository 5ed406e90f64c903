package io.github.slaframework.junit;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.Report;
import io.github.slaframework.core.report.Severity;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.opentest4j.AssertionFailedError;

/**
 * Fluent assertions on the findings of a validation ({@code ValidationResult}) or of reading (a
 * {@link Report}), in the style of AssertJ; every failure
 * message lists the report's findings one a line as {@code file:line:column: SEVERITY CODE
 * message}.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class ReportAssert {

  private final Report report;
  private final String file;

  ReportAssert(Report report, String file) {
    this.report = report;
    this.file = file;
  }

  /**
   * Names the file the report is about, for the failure messages.
   *
   * @param file the file name
   * @return a new assertion on the same report
   */
  public ReportAssert inFile(String file) {
    return new ReportAssert(report, Objects.requireNonNull(file, "file"));
  }

  /**
   * Asserts that the report has no {@code ERROR}.
   *
   * @return this assertion
   */
  public ReportAssert isValid() {
    if (!report.isValid()) {
      fail("Expected " + file + " to be valid, but it has "
          + count(report.findings(Severity.ERROR).size(), "error"), report.findings());
    }
    return this;
  }

  /**
   * Asserts that the report has at least one {@code ERROR}.
   *
   * @return this assertion
   */
  public ReportAssert isInvalid() {
    if (report.isValid()) {
      fail("Expected " + file + " to be invalid, but it has no error", report.findings());
    }
    return this;
  }

  /**
   * Asserts that the report has no {@code ERROR} and no {@code WARNING}.
   *
   * @return this assertion
   */
  public ReportAssert hasNoWarnings() {
    List<Finding> found = report.findings(Severity.WARNING);
    if (!found.isEmpty()) {
      fail("Expected " + file + " to have no error or warning, but it has "
          + count(found.size(), "finding"), found);
    }
    return this;
  }

  /**
   * Asserts that the report has no finding at all.
   *
   * @return this assertion
   */
  public ReportAssert hasNoFindings() {
    if (!report.findings().isEmpty()) {
      fail("Expected " + file + " to have no finding, but it has "
          + count(report.findings().size(), "finding"), report.findings());
    }
    return this;
  }

  /**
   * Asserts that the report has a finding with this code.
   *
   * @param code a finding code, e.g. {@code PARTY_COMPOSITION}
   * @return this assertion
   */
  public ReportAssert hasFinding(String code) {
    if (report.findingsWithCode(code).isEmpty()) {
      fail("Expected " + file + " to have a " + code + " finding, but it has none", report
          .findings());
    }
    return this;
  }

  /**
   * Asserts that the report has a finding with this code and severity at this JSON Pointer.
   *
   * @param severity the severity
   * @param code the code
   * @param path the JSON Pointer, e.g. {@code /sections/3/retentionPeriod}
   * @return this assertion
   */
  public ReportAssert hasFinding(Severity severity, String code, String path) {
    boolean found = report.findings().stream().anyMatch(f -> f.severity() == severity
        && f.code().equals(code) && f.path().equals(path));
    if (!found) {
      fail("Expected " + file + " to have " + severity + " " + code + " at \"" + path
          + "\", but it has not", report.findings());
    }
    return this;
  }

  /**
   * Asserts that the report has no finding with this code.
   *
   * @param code a finding code
   * @return this assertion
   */
  public ReportAssert doesNotHaveFinding(String code) {
    List<Finding> found = report.findingsWithCode(code);
    if (!found.isEmpty()) {
      fail("Expected " + file + " to have no " + code + " finding, but it has", found);
    }
    return this;
  }

  /**
   * The report under test.
   *
   * @return the report
   */
  public Report report() {
    return report;
  }

  /**
   * The findings under test, in document order.
   *
   * @return the findings, never null
   * @since 0.2.0
   */
  public List<Finding> findings() {
    return report.findings();
  }

  private void fail(String headline, List<Finding> findings) {
    String body = findings.isEmpty() ? "(no findings)" : SlaAssertions.describe(file, findings);
    throw new AssertionFailedError(headline + ":\n" + body);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
