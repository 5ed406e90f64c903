package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The threshold of a service-level objective: a period for duration metrics ({@code PT4H},
 * {@code P7D}, written as a JSON string) or a number for ratio metrics ({@code 99.0} percent,
 * written as a JSON number). Exactly one of {@link #period()} and {@link #number()} is present.
 * Immutable.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class Threshold {

  private final IsoPeriod period;
  private final BigDecimal number;

  private Threshold(IsoPeriod period, BigDecimal number) {
    this.period = period;
    this.number = number;
  }

  /**
   * A duration threshold.
   *
   * @param period the period, never null
   * @return the threshold
   */
  public static Threshold of(IsoPeriod period) {
    return new Threshold(Objects.requireNonNull(period, "period"), null);
  }

  /**
   * A numeric threshold (a percentage for ratio metrics).
   *
   * @param number the number, never null
   * @return the threshold
   */
  public static Threshold of(BigDecimal number) {
    return new Threshold(null, Objects.requireNonNull(number, "number"));
  }

  /**
   * The period, for duration metrics.
   *
   * @return the period, or empty when this is a number
   */
  public Optional<IsoPeriod> period() {
    return Optional.ofNullable(period);
  }

  /**
   * The number, for ratio metrics.
   *
   * @return the number, or empty when this is a period
   */
  public Optional<BigDecimal> number() {
    return Optional.ofNullable(number);
  }

  /**
   * Whether this is a period.
   *
   * @return {@code true} for a period threshold
   */
  public boolean isPeriod() {
    return period != null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Threshold t
        && Objects.equals(t.period, period)
        && Objects.equals(t.number, number);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, number);
  }

  @Override
  public String toString() {
    return period != null ? period.toString() : number.toPlainString();
  }
}
