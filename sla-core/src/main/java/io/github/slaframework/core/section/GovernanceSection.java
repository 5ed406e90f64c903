package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.constraints.PositivePeriod;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The {@code GOVERNANCE} section. How the partnership is governed: meetings and escalation.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public non-sealed interface GovernanceSection extends Section, WithGovernanceSection {

  @Override
  default AreaCode area() {
    return AreaCode.GOVERNANCE;
  }

  /**
   * How often the parties meet.
   *
   * @return the value, or empty
   */
  Optional<@PositivePeriod IsoPeriod> meetingFrequency();

  /**
   * How disputes and problems are escalated.
   *
   * @return the value, or empty
   */
  Optional<String> escalation();

  /**
   * Starts a section.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable GovernanceSection with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static GovernanceSection copyOf(GovernanceSection value) {
    return ImmutableGovernanceSection.copyOf(value);
  }

  /**
   * Builds a {@link GovernanceSection}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableGovernanceSection.Builder {
    /** Starts an empty builder; {@link GovernanceSection#builder()} does the same. */
    public Builder() {}
  }
}
