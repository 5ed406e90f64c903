package io.github.slaframework.validation;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.report.Finding;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Thrown when a framework or profile is refused as it loads into a {@link FrameworkRegistry} or an
 * {@link AgreementValidator}: it cannot be read, calls a check no provider implements ({@code
 * CHECK_UNKNOWN}), names a path or area no agreement can hold ({@code TARGET_UNKNOWN}), repeats a
 * framework's id and version or a profile's id ({@code FRAMEWORK_DUPLICATE}), or is a profile of a
 * framework that is not registered ({@code FRAMEWORK_UNKNOWN}). Each finding is located in the
 * document it concerns (JSON Pointer, and line and column when it was read from a file).
 *
 * @since 0.2.0
 */
@API(status = STABLE)
public final class FrameworkException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The reports, one per document; not serialised (findings are not serialisable). */
  private final transient List<FileReport> reports;

  /**
   * An exception for refused documents.
   *
   * @param reports one report per refused document (its file name, or {@code id:version} of a
   *     framework built in code), never null or empty
   */
  public FrameworkException(List<FileReport> reports) {
    super(message(reports));
    this.reports = List.copyOf(reports);
  }

  private static String message(List<FileReport> reports) {
    if (Objects.requireNonNull(reports, "reports").isEmpty()) {
      throw new IllegalArgumentException("no refused document");
    }
    StringBuilder sb = new StringBuilder("framework refused:");
    for (FileReport report : reports) {
      for (Finding finding : report.report().findings()) {
        sb.append('\n').append(report.file());
        sb.append(finding.location().isPresent() ? ":" : ": ").append(finding.describe());
      }
    }
    return sb.toString();
  }

  /**
   * The refused documents with their findings, in the order they were added.
   *
   * @return the reports, never empty
   */
  public List<FileReport> reports() {
    return reports;
  }
}
