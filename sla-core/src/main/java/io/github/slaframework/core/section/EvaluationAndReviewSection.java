package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.constraints.PositivePeriod;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The {@code EVALUATION_AND_REVIEW} section. How and when the agreement and the system are evaluated and reviewed.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public non-sealed interface EvaluationAndReviewSection extends Section, WithEvaluationAndReviewSection {

  @Override
  default AreaCode area() {
    return AreaCode.EVALUATION_AND_REVIEW;
  }

  /**
   * How often the agreement is reviewed.
   *
   * @return the value, or empty
   */
  Optional<@PositivePeriod IsoPeriod> reviewFrequency();

  /**
   * The date of the next review.
   *
   * @return the value, or empty
   */
  Optional<LocalDate> nextReviewOn();

  /**
   * Whether an annual report is published.
   *
   * @return the value, or empty
   */
  Optional<Boolean> publishAnnualReport();

  /**
   * Starts a section.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable EvaluationAndReviewSection with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static EvaluationAndReviewSection copyOf(EvaluationAndReviewSection value) {
    return ImmutableEvaluationAndReviewSection.copyOf(value);
  }

  /**
   * Builds an {@link EvaluationAndReviewSection}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableEvaluationAndReviewSection.Builder {
    /** Starts an empty builder; {@link EvaluationAndReviewSection#builder()} does the same. */
    public Builder() {}
  }
}
