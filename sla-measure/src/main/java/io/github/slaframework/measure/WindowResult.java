package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The measurement of one service level in one window.
 *
 * <p>For duration metrics, {@code attainment} is met ÷ (met + missed) × 100 and is empty, like
 * {@code levelMet}, for a window with no items. For {@code CAMERA_AVAILABILITY} it is the
 * availability percentage and {@code met}, {@code missed} and {@code pending} are 0.
 *
 * @param start the window's local start, inclusive (midnight for calendar windows), never null
 * @param end the window's local end, exclusive, never null
 * @param met items that met the objective
 * @param missed items that missed it (including items still open past their deadline)
 * @param pending items still open at the end of the range and not yet past their deadline
 * @param attainment the percentage, or empty for a window with no items
 * @param target the attainment (or, for availability, the threshold) the window must reach
 * @param levelMet whether the window met the service level, or empty with no attainment
 * @param worstBreaches the longest breaches, longest first (at most a few), never null
 * @param outcomes for a {@code FOOTAGE_REQUEST_TURNAROUND} window, the items closed with each
 *     {@link Outcome} (format 1.1 section 5), only outcomes whose count is not zero, in the
 *     order of {@link Outcome}; empty for other metrics; never null (since 0.2.0)
 * @since 0.1.0
 */
@API(status = STABLE)
public record WindowResult(
    LocalDateTime start,
    LocalDateTime end,
    long met,
    long missed,
    long pending,
    Optional<BigDecimal> attainment,
    BigDecimal target,
    Optional<Boolean> levelMet,
    List<Breach> worstBreaches,
    Map<Outcome, Long> outcomes) {

  /**
   * A window's measurement.
   *
   * @param start the window's local start, never null
   * @param end the window's local end, never null
   * @param met items met
   * @param missed items missed
   * @param pending items pending
   * @param attainment the percentage, or empty
   * @param target the target, never null
   * @param levelMet whether the level was met, or empty
   * @param worstBreaches the longest breaches, never null
   * @param outcomes the items per outcome, never null; zero counts are left out
   * @since 0.2.0
   */
  public WindowResult {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(attainment, "attainment");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(levelMet, "levelMet");
    worstBreaches = List.copyOf(worstBreaches);
    EnumMap<Outcome, Long> sorted = new EnumMap<>(Outcome.class);
    outcomes.forEach((o, n) -> {
      if (Objects.requireNonNull(n, "count") != 0) {
        sorted.put(Objects.requireNonNull(o, "outcome"), n);
      }
    });
    outcomes = Collections.unmodifiableMap(sorted);
  }

  /**
   * A window's measurement without outcomes, as before 0.2.0.
   *
   * @param start the window's local start, never null
   * @param end the window's local end, never null
   * @param met items met
   * @param missed items missed
   * @param pending items pending
   * @param attainment the percentage, or empty
   * @param target the target, never null
   * @param levelMet whether the level was met, or empty
   * @param worstBreaches the longest breaches, never null
   */
  public WindowResult(LocalDateTime start, LocalDateTime end, long met, long missed,
      long pending, Optional<BigDecimal> attainment, BigDecimal target,
      Optional<Boolean> levelMet, List<Breach> worstBreaches) {
    this(start, end, met, missed, pending, attainment, target, levelMet, worstBreaches,
        Map.of());
  }
}
