package io.github.slaframework.core.section;

import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.constraints.PositivePeriod;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code FEEDBACK} section. What is reported back, and how often, to evidence the value of the system.
 *
 * @since 0.1.0
 */
@Value.Immutable
public non-sealed interface FeedbackSection extends Section {

  @Override
  default AreaCode area() {
    return AreaCode.FEEDBACK;
  }

  /**
   * How often figures are reported.
   *
   * @return the value, or empty
   */
  Optional<@PositivePeriod IsoPeriod> reportingFrequency();

  /**
   * The figures reported.
   *
   * @return the values in order, never null
   */
  List<Indicator> indicators();

  /**
   * Starts a section.
   *
   * @return a new builder
   */
  static ImmutableFeedbackSection.Builder builder() {
    return ImmutableFeedbackSection.builder();
  }
}
