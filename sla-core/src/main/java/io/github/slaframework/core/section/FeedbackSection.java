package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.constraints.PositivePeriod;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The {@code FEEDBACK} section. What is reported back, and how often, to evidence the value of the system.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public non-sealed interface FeedbackSection extends Section, WithFeedbackSection {

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
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable FeedbackSection with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static FeedbackSection copyOf(FeedbackSection value) {
    return ImmutableFeedbackSection.copyOf(value);
  }

  /**
   * Builds a {@link FeedbackSection}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableFeedbackSection.Builder {
    /** Starts an empty builder; {@link FeedbackSection#builder()} does the same. */
    public Builder() {}
  }
}
