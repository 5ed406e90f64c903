package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.ServiceMetric;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The measurement of one service level: one result per window, in time order.
 *
 * @param id the service level's id, never null
 * @param metric the metric, never null
 * @param windows the windows in time order, never null
 * @param problem why the service level could not be measured (an {@code x-} metric, no
 *     objective, a threshold that does not fit the metric, a window beyond the
 *     {@link MeasurementLimits}, ...), or empty; when present {@code windows} is empty and the
 *     result has a {@link MeasurementWarning#NOT_MEASURABLE} warning for it
 * @param byRequester the windows per requester when they were asked for
 *     ({@link ServiceLevelMeter#byRequester()}), in the order of {@link RequesterResult#ORDER}
 *     (requesters by their string, no requester last), only requesters with at least one item in
 *     this service level (an empty list for a camera availability, which has no items, and for a
 *     service level that is not measured); empty when not asked for or left out at a limit;
 *     never null (since 0.2.0)
 * @since 0.1.0
 */
@API(status = STABLE)
public record ServiceLevelResult(
    String id, ServiceMetric metric, List<WindowResult> windows, Optional<String> problem,
    Optional<List<RequesterResult>> byRequester) {

  /**
   * A service level's measurement.
   *
   * @param id the id, never null
   * @param metric the metric, never null
   * @param windows the windows, never null
   * @param problem why it could not be measured, or empty
   * @param byRequester the windows per requester, never null
   * @since 0.2.0
   */
  public ServiceLevelResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(metric, "metric");
    windows = List.copyOf(windows);
    Objects.requireNonNull(problem, "problem");
    byRequester = byRequester.map(list -> list.stream().sorted(RequesterResult.ORDER).toList());
  }

  /**
   * A service level's measurement without figures per requester, as before 0.2.0.
   *
   * @param id the id, never null
   * @param metric the metric, never null
   * @param windows the windows, never null
   * @param problem why it could not be measured, or empty
   */
  public ServiceLevelResult(
      String id, ServiceMetric metric, List<WindowResult> windows, Optional<String> problem) {
    this(id, metric, windows, problem, Optional.empty());
  }

  /**
   * Whether the service level was measured: it has no {@link #problem()}.
   *
   * @return {@code true} when measured, {@code false} when not measurable
   * @since 0.2.0
   */
  public boolean measurable() {
    return problem.isEmpty();
  }

  /**
   * Whether any window failed the service level.
   *
   * @return {@code true} when some window's {@code levelMet} is {@code false}
   */
  public boolean anyWindowMissed() {
    return windows.stream().anyMatch(w -> w.levelMet().filter(met -> !met).isPresent());
  }
}
