package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The dates a measurement covers: from local midnight of {@code from} (default: the start of the
 * first window holding an event) to local midnight of {@code to}, exclusive (default: the instant
 * of the last event, which is still measured). Dates are read in each service level's window
 * time zone, and in {@code Europe/London} for indicators. A range with a date outside the years
 * {@link MeasurementLimits#EARLIEST_DATE 1900} to {@link MeasurementLimits#END_DATE 2200} (a
 * {@code to} of 2201-01-01 at most) measures nothing: every service level is reported as not
 * measurable (see {@link MeasurementLimits#inHorizon(MeasureRange)}).
 *
 * @param from the first day, or empty
 * @param to the day after the last, or empty
 * @since 0.1.0
 */
@API(status = STABLE)
public record MeasureRange(Optional<LocalDate> from, Optional<LocalDate> to) {

  /** The whole log. */
  public static final MeasureRange ALL = new MeasureRange(Optional.empty(), Optional.empty());

  /**
   * A range; {@code to} must not be before {@code from}.
   *
   * @param from the first day, or empty
   * @param to the day after the last, or empty
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public MeasureRange {
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      throw new IllegalArgumentException("to " + to.get() + " is before from " + from.get());
    }
  }

  /**
   * A range of dates.
   *
   * @param from the first day, or {@code null} for the default
   * @param to the day after the last, or {@code null} for the default
   * @return the range
   */
  public static MeasureRange of(LocalDate from, LocalDate to) {
    return new MeasureRange(Optional.ofNullable(from), Optional.ofNullable(to));
  }
}
