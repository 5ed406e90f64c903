package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.MeasurementWindow;
import java.time.Instant;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * The limits that keep a measurement's memory and time bounded whatever the agreement and the
 * logs hold (docs/measure.md, "Limits", and SECURITY.md, "Measurement limits"). Past a limit a
 * measurement never fails: an event is a rejected line, a service level is reported as not
 * measurable ({@link MeasurementWarning#NOT_MEASURABLE}), or the result carries a
 * {@link MeasurementWarning#LIMIT} warning.
 *
 * <p>The time horizon is the years 1900 to 2200. No CCTV event log predates 1900, and 2200 leaves
 * room for any agreement's life and for test or mistyped dates; inside it every window boundary,
 * deadline (a period of at most {@link #MAX_PERIOD}) and millisecond of downtime stays far inside
 * the ranges of {@code java.time} and of a {@code long}, and calendar windows number at most
 * 3,612 months.
 *
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public final class MeasurementLimits {

  /** The earliest instant an event may have: {@code 1900-01-01T00:00:00Z}. */
  public static final Instant EARLIEST_EVENT = Instant.parse("1900-01-01T00:00:00Z");

  /** The first instant after the horizon: {@code 2201-01-01T00:00:00Z}; events are before it. */
  public static final Instant END_OF_HORIZON = Instant.parse("2201-01-01T00:00:00Z");

  /** The earliest {@link MeasureRange#from()} that is measured: 1 January 1900. */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);

  /** The latest {@link MeasureRange#to()} (exclusive) that is measured: 1 January 2201. */
  public static final LocalDate END_DATE = LocalDate.of(2201, 1, 1);

  /** The most windows one service level is measured in. */
  public static final int MAX_WINDOWS_PER_SERVICE_LEVEL = 10_000;

  /**
   * The most windows all the service levels of one measurement are measured in together; when a
   * window would pass it, the last service level in agreement order that has windows is not
   * measurable, so the first ones are measured while their windows fit.
   */
  public static final int MAX_WINDOWS = 50_000;

  /** The most service levels of one agreement measured (the first ones, in agreement order). */
  public static final int MAX_SERVICE_LEVELS = 100;

  /** The shortest {@code ROLLING} window: one hour. */
  public static final IsoPeriod MIN_ROLLING_LENGTH = MeasurementWindow.MIN_ROLLING_LENGTH;

  /** The longest {@code ROLLING} window or period threshold: a hundred years. */
  public static final IsoPeriod MAX_PERIOD = MeasurementWindow.MAX_LENGTH;

  /**
   * The most items open at once (footage requests, faults and live-support requests together);
   * an opening event beyond it is a rejected line.
   */
  public static final int MAX_OPEN_ITEMS = 100_000;

  private MeasurementLimits() {}

  /**
   * Whether an event's instant lies within the time horizon, from {@link #EARLIEST_EVENT}
   * (inclusive) to {@link #END_OF_HORIZON} (exclusive).
   *
   * @param at the instant, never null
   * @return {@code true} when an event at that instant can be measured
   */
  public static boolean inHorizon(Instant at) {
    return !at.isBefore(EARLIEST_EVENT) && at.isBefore(END_OF_HORIZON);
  }

  /**
   * Whether a range's dates lie within the time horizon: {@code from} not before
   * {@link #EARLIEST_DATE}, {@code to} not after {@link #END_DATE}. A range outside it measures
   * no service level (each is reported as not measurable) and counts no indicator.
   *
   * @param range the range, never null
   * @return {@code true} when the range can be measured
   */
  public static boolean inHorizon(MeasureRange range) {
    return range.from().map(d -> !d.isBefore(EARLIEST_DATE) && !d.isAfter(END_DATE)).orElse(true)
        && range.to().map(d -> !d.isBefore(EARLIEST_DATE) && !d.isAfter(END_DATE)).orElse(true);
  }
}
