package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The target of a service level: per event for duration metrics ("at most {@code PT4H}"), per
 * window for ratio metrics ("at least {@code 99.0}" percent). JSON: {@code { "operator",
 * "threshold", "calendar"? }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface Objective extends Extensible, WithObjective {

  /**
   * How the measured value is compared with the threshold.
   *
   * @return the operator, never null
   */
  ObjectiveOperator operator();

  /**
   * The threshold.
   *
   * @return the threshold, never null
   */
  Threshold threshold();

  /**
   * How the threshold is counted, as written (format 1.1).
   *
   * @return the calendar, or empty (meaning {@link ObjectiveCalendar#ELAPSED})
   * @see #effectiveCalendar()
   * @since 0.2.0
   */
  Optional<ObjectiveCalendar> calendar();

  /**
   * The calendar in effect: {@link #calendar()} or {@link ObjectiveCalendar#ELAPSED}.
   *
   * @return the calendar, never null
   * @since 0.2.0
   */
  default ObjectiveCalendar effectiveCalendar() {
    return calendar().orElse(ObjectiveCalendar.ELAPSED);
  }

  /**
   * Whether the threshold fits the calendar (format 1.1 section 2): a {@link
   * ObjectiveCalendar#WORKING_DAYS} objective needs a threshold of whole days, at least one
   * ({@code P5D}; not {@code PT36H}, {@code P1M}, {@code P0D}); an {@code ELAPSED} one takes any
   * threshold. An objective that does not fit is kept in the model, so that a reader reports it
   * ({@code INVALID_VALUE} at {@code calendar}) and measurement reports its service level as not
   * measurable. The model holds a period, not its spelling: the reader also refuses {@code P1W},
   * which the model holds as {@code P7D}.
   *
   * @return {@code true} when the threshold fits the calendar
   * @since 0.2.0
   */
  default boolean thresholdFitsCalendar() {
    if (effectiveCalendar() != ObjectiveCalendar.WORKING_DAYS) {
      return true;
    }
    return threshold().period()
        .filter(p -> p.timePart().isZero() && p.datePart().getYears() == 0
            && p.datePart().getMonths() == 0 && p.datePart().getDays() >= 1)
        .isPresent();
  }

  /**
   * An objective for a duration metric: the measured time is at most the period, such as {@code
   * Objective.atMost(IsoPeriod.parse("PT4H"))}.
   *
   * @param period the threshold, never null
   * @return the objective {@code AT_MOST period}
   * @since 0.2.0
   */
  static Objective atMost(IsoPeriod period) {
    return of(ObjectiveOperator.AT_MOST, Threshold.of(period));
  }

  /**
   * An objective for a ratio metric: the measured figure is at least the number, such as {@code
   * Objective.atLeast(new BigDecimal("99.0"))} percent.
   *
   * @param number the threshold, never null
   * @return the objective {@code AT_LEAST number}
   * @since 0.2.0
   */
  static Objective atLeast(BigDecimal number) {
    return of(ObjectiveOperator.AT_LEAST, Threshold.of(number));
  }

  /**
   * An objective.
   *
   * @param operator the operator
   * @param threshold the threshold
   * @return the objective
   */
  static Objective of(ObjectiveOperator operator, Threshold threshold) {
    return Objective.builder().operator(operator).threshold(threshold).build();
  }

  /**
   * Starts an Objective.
   *
   * @return a new builder
   * @since 0.2.0
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable Objective with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static Objective copyOf(Objective value) {
    return ImmutableObjective.copyOf(value);
  }

  /**
   * Builds an {@link Objective}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableObjective.Builder {
    /** Starts an empty builder; {@link Objective#builder()} does the same. */
    public Builder() {}
  }
}
