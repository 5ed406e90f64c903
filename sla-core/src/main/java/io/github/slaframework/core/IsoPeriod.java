package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An ISO-8601 period with both a date part and a time part, such as {@code P31D}, {@code P1Y},
 * {@code PT4H} or {@code P1DT12H}: what agreement files use for retention, review intervals and
 * service-level thresholds. {@link Period} alone cannot hold {@code PT4H} and {@link Duration}
 * alone cannot hold {@code P1M}; this holds both. Immutable.
 *
 * <p>A parsed period keeps its text as written: {@link #toString()} of {@code parse("P1W")} is
 * {@code P1W}, so a document rewritten canonically keeps every string as written (format 1.1
 * section 6: its hash does not change). {@link #equals} compares values, so {@code P1W} equals
 * {@code P7D}; {@link #normalized()} gives the normal spelling ({@code P7D}).
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class IsoPeriod implements Comparable<IsoPeriod> {

  /** The zero period, {@code P0D}. */
  public static final IsoPeriod ZERO = new IsoPeriod(Period.ZERO, Duration.ZERO);

  private final Period datePart;
  private final Duration timePart;
  /** The text as written, when parsed from a spelling other than the normal one; else null. */
  private final String written;

  private IsoPeriod(Period datePart, Duration timePart) {
    this(datePart, timePart, null);
  }

  private IsoPeriod(Period datePart, Duration timePart, String written) {
    this.datePart = datePart;
    this.timePart = timePart;
    this.written = written;
  }

  /**
   * A period of a date part and a time part.
   *
   * @param datePart years, months and days, never null
   * @param timePart hours, minutes and seconds, never null
   * @return the period
   */
  public static IsoPeriod of(Period datePart, Duration timePart) {
    return new IsoPeriod(
        Objects.requireNonNull(datePart, "datePart"), Objects.requireNonNull(timePart, "timePart"));
  }

  /**
   * A period of whole days.
   *
   * @param days the days
   * @return the period
   */
  public static IsoPeriod ofDays(int days) {
    return of(Period.ofDays(days), Duration.ZERO);
  }

  /**
   * A period of whole hours (elapsed time).
   *
   * @param hours the hours
   * @return the period
   */
  public static IsoPeriod ofHours(long hours) {
    return of(Period.ZERO, Duration.ofHours(hours));
  }

  /**
   * Parses an ISO-8601 period such as {@code P31D}, {@code P1Y6M}, {@code PT4H}, {@code P1DT2H}.
   *
   * @param text the text, never null
   * @return the period
   * @throws DateTimeParseException when the text is not an ISO-8601 period
   */
  public static IsoPeriod parse(CharSequence text) {
    String s = text.toString();
    IsoPeriod value = parseValue(s);
    return value.normalized().equals(s)
        ? value
        : new IsoPeriod(value.datePart, value.timePart, s);
  }

  private static IsoPeriod parseValue(String s) {
    int t = s.indexOf('T');
    if (t < 0) {
      return of(Period.parse(s), Duration.ZERO);
    }
    String datePart = s.substring(0, t);
    String sign = "";
    if (datePart.startsWith("-") || datePart.startsWith("+")) {
      sign = datePart.substring(0, 1);
    }
    Period period = datePart.equals(sign + "P") ? Period.ZERO : Period.parse(datePart);
    if (t == s.length() - 1) {
      throw new DateTimeParseException("Text cannot be parsed to a period", s, t);
    }
    Duration duration = Duration.parse(sign + "P" + s.substring(t));
    return of(period, duration);
  }

  /**
   * The date part: years, months and days.
   *
   * @return the date part, never null
   */
  public Period datePart() {
    return datePart;
  }

  /**
   * The time part: hours, minutes and seconds (elapsed time).
   *
   * @return the time part, never null
   */
  public Duration timePart() {
    return timePart;
  }

  /**
   * Whether both parts are zero.
   *
   * @return {@code true} for {@code P0D}
   */
  public boolean isZero() {
    return datePart.isZero() && timePart.isZero();
  }

  /**
   * Whether the period is longer than zero: no part negative and at least one part positive.
   *
   * @return {@code true} when positive
   */
  public boolean isPositive() {
    return !datePart.isNegative() && !timePart.isNegative() && !isZero();
  }

  /**
   * Whether the period has only a time part (hours, minutes, seconds): elapsed time, which a clock
   * change neither lengthens nor shortens.
   *
   * @return {@code true} when the date part is zero and the time part is not
   */
  public boolean isTimeBased() {
    return datePart.isZero() && !timePart.isZero();
  }

  /**
   * The longest the period can last, in seconds: a month counts 31 days and a year 366, so
   * {@code P1M} is never "longer than 31 days" and {@code P32D} always is.
   *
   * @return the upper bound in seconds
   */
  public long maximumSeconds() {
    long days = datePart.getYears() * 366L + datePart.getMonths() * 31L + datePart.getDays();
    return days * 86_400L + timePart.getSeconds();
  }

  /**
   * Whether this period may last longer than a limit: {@link #maximumSeconds()} against the
   * limit's, computed without overflow whatever the parts (each is at most an {@code int} of
   * years, months or days, or a {@code long} of seconds).
   *
   * @param limit a period of at most about 290 billion years
   * @return {@code true} when this period can last longer than {@code limit}
   * @since 0.2.0
   */
  public boolean mayExceed(IsoPeriod limit) {
    long max = limit.maximumSeconds();
    long daySeconds = (datePart.getYears() * 366L + datePart.getMonths() * 31L
        + datePart.getDays()) * 86_400L;
    long timeSeconds = timePart.getSeconds();
    return daySeconds > max || timeSeconds > max || daySeconds + timeSeconds > max;
  }

  /**
   * The date this period after another date (the time part counted in whole days).
   *
   * @param date a date
   * @return {@code date} plus this period
   */
  public LocalDate addTo(LocalDate date) {
    return date.plus(datePart).plusDays(timePart.toDays());
  }

  /** Orders by {@link #maximumSeconds()}, then by {@link #normalized()} text (as equals). */
  @Override
  public int compareTo(IsoPeriod other) {
    int c = Long.compare(maximumSeconds(), other.maximumSeconds());
    return c != 0 ? c : normalized().compareTo(other.normalized());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IsoPeriod p && p.datePart.equals(datePart) && p.timePart.equals(timePart);
  }

  @Override
  public int hashCode() {
    return datePart.hashCode() * 31 + timePart.hashCode();
  }

  /**
   * The ISO-8601 text as written when the period was parsed ({@code P1W} stays {@code P1W}), else
   * the {@link #normalized()} text, such as {@code P31D}, {@code PT4H} or {@code P1DT2H}.
   */
  @Override
  public String toString() {
    return written != null ? written : normalized();
  }

  /**
   * The ISO-8601 text in its normal spelling, whatever was written: weeks as days ({@code P1W} is
   * {@code P7D}), the time part as {@link Duration} writes it.
   *
   * @return the text, such as {@code P7D}, {@code PT4H} or {@code P1DT2H}
   * @since 0.2.0
   */
  public String normalized() {
    if (timePart.isZero()) {
      return datePart.toString();
    }
    String time = timePart.toString().substring(1); // "PT4H" -> "T4H"
    return datePart.isZero() ? "P" + time : datePart + time;
  }
}
