package io.github.slaframework.junit;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.Report;
import io.github.slaframework.validation.AgreementValidator;
import io.github.slaframework.validation.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Assertions for agreement files in a JUnit 5 test suite.
 *
 * <pre>{@code
 * SlaAssertions.assertValid(Path.of("agreements/leeds.json"));
 * SlaAssertions.assertThat(validator.validate(agreement)).hasNoWarnings();
 * }</pre>
 *
 * <p>A failure message lists every finding as {@code file:line:column: SEVERITY CODE message},
 * one a line, the form {@code sla validate} prints.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class SlaAssertions {

  private SlaAssertions() {}

  /**
   * Asserts that a file is a valid agreement (no {@code ERROR}) under the standard validator
   * (built-in frameworks, today's date).
   *
   * @param file the agreement file
   * @return the result, for further assertions
   * @throws AssertionError listing the findings when the file is not valid
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ValidationResult assertValid(Path file) {
    return assertValid(file, AgreementValidator.standard());
  }

  /**
   * Asserts that a file is a valid agreement under the given validator.
   *
   * @param file the agreement file
   * @param validator the validator (frameworks, clock)
   * @return the result, for further assertions
   * @throws AssertionError listing the findings when the file is not valid
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ValidationResult assertValid(Path file, AgreementValidator validator) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(validator, "validator");
    ValidationResult result;
    try {
      result = validator.validate(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    assertThat(result).inFile(file.toString()).isValid();
    return result;
  }

  /**
   * Starts fluent assertions on the result of a validation.
   *
   * @param result the result
   * @return the assertion
   * @since 0.2.0
   */
  public static ReportAssert assertThat(ValidationResult result) {
    Objects.requireNonNull(result, "result");
    return new ReportAssert(Report.of(result.findings()), "<agreement>");
  }

  /**
   * Starts fluent assertions on a report, such as the findings of reading a document
   * ({@code ReadResult.report()}).
   *
   * @param report the report
   * @return the assertion
   */
  public static ReportAssert assertThat(Report report) {
    return new ReportAssert(Objects.requireNonNull(report, "report"), "<report>");
  }

  /**
   * The findings of a report as {@code sla validate} prints them, one a line ({@link
   * Finding#describe(String)}: file names and messages escaped).
   *
   * @param file the file name to start each line with
   * @param findings the findings
   * @return the lines, joined with {@code \n}
   */
  public static String describe(String file, List<Finding> findings) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : findings) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append(f.describe(file));
    }
    return sb.toString();
  }
}
