package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A warning about a measurement as a whole or about one of its service levels (format 1.1
 * section 5): a service level that could not be measured, or a limit that left part of the logs
 * unmeasured. Every report format prints the warnings; JSON as the top-level {@code "warnings"}
 * array of {@code { "code", "serviceLevel"?, "message" }}.
 *
 * @param code the warning's code, such as {@link #NOT_MEASURABLE}, never null
 * @param serviceLevel the id of the service level the warning is about, present on every
 *     warning about one service level, never null
 * @param message what happened, in a sentence without the service level's id, never null
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public record MeasurementWarning(String code, Optional<String> serviceLevel, String message) {

  /**
   * A service level that is not measured: an {@code x-} metric, an objective or window that
   * cannot be measured, or a window beyond the {@link MeasurementLimits}. Its result has a
   * {@link ServiceLevelResult#problem() problem} and no windows; the other service levels are
   * measured.
   */
  public static final String NOT_MEASURABLE = "NOT_MEASURABLE";

  /**
   * A limit of {@link MeasurementLimits} left part of the logs unmeasured (more than
   * {@link MeasurementLimits#MAX_OPEN_ITEMS} items open at once): the results are incomplete.
   */
  public static final String LIMIT = "LIMIT";

  /**
   * A {@code WORKING_DAYS} service level has a window (or a deadline) in a year whose bank
   * holidays were not checked against the UK government's published lists: its figures are
   * computed with the holiday library's dates, which may differ.
   *
   * @since 0.2.0
   */
  public static final String HOLIDAYS_UNCHECKED = "HOLIDAYS_UNCHECKED";

  /**
   * A warning.
   *
   * @param code the code, never null
   * @param serviceLevel the service level's id, or empty
   * @param message the message, never null
   */
  public MeasurementWarning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(serviceLevel, "serviceLevel");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The warning that a service level is not measurable.
   *
   * @param serviceLevel the service level's id, never null
   * @param why the reason, never null
   * @return the warning
   */
  public static MeasurementWarning notMeasurable(String serviceLevel, String why) {
    return new MeasurementWarning(NOT_MEASURABLE, Optional.of(serviceLevel), why);
  }
}
