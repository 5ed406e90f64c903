package io.github.slaframework.measure.internal;

import io.github.slaframework.measure.MeasureRange;
import io.github.slaframework.measure.MeasurementLimits;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a measurement can take without unbounded work: percentages it can compare exactly and
 * ranges inside the measured horizon ({@link MeasurementLimits}). The window lengths are
 * {@code MeasurementWindow.unmeasurableLength} in sla-core, which validation shares.
 */
final class Measurable {

  /** The most fraction digits of a percentage compared exactly. */
  static final int MAX_FRACTION_DIGITS = 12;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Measurable() {}

  /**
   * Whether a number is a percentage the measurement can compare exactly and cheaply: 0 to 100
   * with at most 12 fraction digits (a value such as {@code 1E-99999999} would make the exact
   * comparison build a number of a hundred million digits).
   */
  static boolean percentage(BigDecimal p) {
    // compareTo looks at the exponents before aligning scales, so it is cheap for any value.
    return p.signum() >= 0 && p.compareTo(HUNDRED) <= 0
        && (p.scale() <= MAX_FRACTION_DIGITS
            || p.stripTrailingZeros().scale() <= MAX_FRACTION_DIGITS);
  }

  /** Why a range cannot be measured (a date outside the horizon), or {@code null}. */
  static String rangeProblem(MeasureRange range) {
    if (MeasurementLimits.inHorizon(range)) {
      return null;
    }
    boolean fromOutside = !MeasurementLimits.inHorizon(new MeasureRange(range.from(),
        Optional.empty()));
    return "the range " + (fromOutside ? "starts on " + range.from().orElseThrow()
        : "ends on " + range.to().orElseThrow()) + ", outside the dates from "
        + MeasurementLimits.EARLIEST_DATE + " to " + MeasurementLimits.END_DATE
        + " that can be measured";
  }
}
