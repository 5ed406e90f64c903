package io.github.slaframework.core.section;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code COMMUNICATION} section. How the parties talk to each other, including during live incidents.
 *
 * @since 0.1.0
 */
@Value.Immutable
public non-sealed interface CommunicationSection extends Section {

  @Override
  default AreaCode area() {
    return AreaCode.COMMUNICATION;
  }

  /**
   * Whether the control room supports live incidents.
   *
   * @return the value, or empty
   */
  Optional<Boolean> liveIncidentSupport();

  /**
   * The channels used.
   *
   * @return the values in order, never null
   */
  List<Channel> channels();

  /**
   * When the control room is staffed, such as "24/7".
   *
   * @return the value, or empty
   */
  Optional<String> hours();

  /**
   * Starts a section.
   *
   * @return a new builder
   */
  static ImmutableCommunicationSection.Builder builder() {
    return ImmutableCommunicationSection.builder();
  }
}
