package io.github.slaframework.core.section;

import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.constraints.PositivePeriod;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code GOVERNANCE} section. How the partnership is governed: meetings and escalation.
 *
 * @since 0.1.0
 */
@Value.Immutable
public non-sealed interface GovernanceSection extends Section {

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
  static ImmutableGovernanceSection.Builder builder() {
    return ImmutableGovernanceSection.builder();
  }
}
