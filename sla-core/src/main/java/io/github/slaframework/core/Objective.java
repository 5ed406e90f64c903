package io.github.slaframework.core;

import org.immutables.value.Value;

/**
 * The target of a service level: per event for duration metrics ("at most {@code PT4H}"), per
 * window for ratio metrics ("at least {@code 99.0}" percent). JSON: {@code { "operator",
 * "threshold" }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Objective extends Extensible {

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
   * An objective.
   *
   * @param operator the operator
   * @param threshold the threshold
   * @return the objective
   */
  static Objective of(ObjectiveOperator operator, Threshold threshold) {
    return ImmutableObjective.builder().operator(operator).threshold(threshold).build();
  }
}
