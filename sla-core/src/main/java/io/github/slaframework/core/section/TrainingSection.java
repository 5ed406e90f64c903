package io.github.slaframework.core.section;

import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.constraints.PositivePeriod;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code TRAINING} section. The training and licences staff need.
 *
 * @since 0.1.0
 */
@Value.Immutable
public non-sealed interface TrainingSection extends Section {

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
  static ImmutableTrainingSection.Builder builder() {
    return ImmutableTrainingSection.builder();
  }
}
