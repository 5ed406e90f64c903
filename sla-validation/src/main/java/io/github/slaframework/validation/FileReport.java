package io.github.slaframework.validation;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.report.Report;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The report of one file, as the JSON and SARIF outputs list them.
 *
 * @param file the file name as the user gave it (written as is in JSON, as a URI in SARIF)
 * @param report the findings
 * @param valid whether the file is valid
 * @since 0.1.0
 */
@API(status = STABLE)
public record FileReport(String file, Report report, boolean valid) {

  /**
   * Creates a file report.
   *
   * @param file the file name, never null
   * @param report the findings, never null
   * @param valid whether the file is valid
   */
  public FileReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(report, "report");
  }

  /**
   * A file report whose validity is that of its report (no {@code ERROR}).
   *
   * @param file the file name, never null
   * @param report the findings, never null
   * @return the file report
   */
  public static FileReport of(String file, Report report) {
    return new FileReport(file, report, report.isValid());
  }
}
