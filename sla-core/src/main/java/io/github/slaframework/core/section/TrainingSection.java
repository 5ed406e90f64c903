package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.constraints.PositivePeriod;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The {@code TRAINING} section. The training and licences staff need.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public non-sealed interface TrainingSection extends Section, WithTrainingSection {

  @Override
  default AreaCode area() {
    return AreaCode.TRAINING;
  }

  /**
   * The training and licences required.
   *
   * @return the values in order, never null
   */
  List<TrainingRequirement> requirements();

  /**
   * How often training is refreshed.
   *
   * @return the value, or empty
   */
  Optional<@PositivePeriod IsoPeriod> refresherEvery();

  /**
   * Starts a section.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable TrainingSection with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static TrainingSection copyOf(TrainingSection value) {
    return ImmutableTrainingSection.copyOf(value);
  }

  /**
   * Builds a {@link TrainingSection}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableTrainingSection.Builder {
    /** Starts an empty builder; {@link TrainingSection#builder()} does the same. */
    public Builder() {}
  }
}
