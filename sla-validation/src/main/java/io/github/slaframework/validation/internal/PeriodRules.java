package io.github.slaframework.validation.internal;

import io.github.slaframework.core.IsoPeriod;
import java.math.BigDecimal;
import java.time.Duration;
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
    Optional<IsoPeriod> period = period(text);
    if (period.isEmpty()) {
      return Optional.empty();
    }
    Period date = period.get().datePart();
    Duration time = period.get().timePart();
    return Optional.of(BigDecimal.valueOf(
            (date.getYears() * 365L + date.getMonths() * 30L + date.getDays()) * DAY)
        .add(new BigDecimal(time.getSeconds())
            .add(BigDecimal.valueOf(time.getNano(), 9)).stripTrailingZeros()));
  }

  /** The N of a {@code PnD} threshold, the only form a {@code WORKING_DAYS} threshold takes. */
  static Optional<Integer> workingDays(String text) {
    int n = text.length();
    if (n < 3 || n > 8 || text.charAt(0) != 'P' || text.charAt(n - 1) != 'D') {
      return Optional.empty();
    }
    int days = 0;
    for (int i = 1; i < n - 1; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
      days = days * 10 + (c - '0');
    }
    return days >= 1 ? Optional.of(days) : Optional.empty();
  }

  /**
   * Whether two review cycles are the same: a year is 12 months and a week 7 days, and nothing
   * else converts ({@code P1M} is not {@code P30D}); a cycle with a time part is compared as
   * written.
   */
  static boolean sameCycle(String a, String b) {
    Optional<IsoPeriod> pa = period(a);
    Optional<IsoPeriod> pb = period(b);
    if (pa.isEmpty() || pb.isEmpty() || !pa.get().timePart().isZero()
        || !pb.get().timePart().isZero()) {
      return a.equals(b);
    }
    Period x = pa.get().datePart();
    Period y = pb.get().datePart();
    return x.toTotalMonths() == y.toTotalMonths() && x.getDays() == y.getDays();
  }
}
