package io.github.slaframework.validation.internal;

import io.github.slaframework.core.IsoPeriod;
import java.math.BigDecimal;
import java.time.Period;
import java.util.Optional;

/**
 * How the 2026 checks compare periods as written (format 1.1 section 3): {@code RETENTION_SHORT}
 * as durations (a month 30 days, a year 365), {@code REVIEW_CYCLE} as cycles (a year 12 months, a
 * week 7 days, nothing else converts). Periods are read by {@link IsoPeriod#parse}.
 */
final class PeriodRules {

  private PeriodRules() {}

  static final long DAY = 24L * 60 * 60;

  /** A period as written, or empty when it is none (a bad one is reported elsewhere). */
  static Optional<IsoPeriod> period(String text) {
    try {
      return Optional.of(IsoPeriod.parse(text));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A duration in seconds, with a day of 24 h, a week of 7 days, a month of 30, a year of 365. */
  static Optional<BigDecimal> seconds(String text) {
    return period(text).map(p -> BigDecimal.valueOf((p.datePart().getYears() * 365L
            + p.datePart().getMonths() * 30L + p.datePart().getDays()) * DAY)
        .add(new BigDecimal(p.timePart().getSeconds())
            .add(BigDecimal.valueOf(p.timePart().getNano(), 9)).stripTrailingZeros()));
  }

  /** The N of a {@code PnD} threshold, the only form a {@code WORKING_DAYS} threshold takes. */
  static Optional<Integer> workingDays(String text) {
    return text.matches("P\\d{1,6}D") ? period(text).map(p -> p.datePart().getDays())
        .filter(days -> days >= 1) : Optional.empty();
  }

  /**
   * Whether two review cycles are the same: a year is 12 months and a week 7 days, and nothing
   * else converts ({@code P1M} is not {@code P30D}); a cycle with a time part is compared as
   * written.
   */
  static boolean sameCycle(String a, String b) {
    Optional<IsoPeriod> pa = period(a).filter(p -> p.timePart().isZero());
    Optional<IsoPeriod> pb = period(b).filter(p -> p.timePart().isZero());
    if (pa.isEmpty() || pb.isEmpty()) {
      return a.equals(b);
    }
    Period x = pa.get().datePart();
    Period y = pb.get().datePart();
    return x.toTotalMonths() == y.toTotalMonths() && x.getDays() == y.getDays();
  }
}
