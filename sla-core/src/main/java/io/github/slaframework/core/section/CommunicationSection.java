package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The {@code COMMUNICATION} section. How the parties talk to each other, including during live incidents.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public non-sealed interface CommunicationSection extends Section, WithCommunicationSection {

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
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable CommunicationSection with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static CommunicationSection copyOf(CommunicationSection value) {
    return ImmutableCommunicationSection.copyOf(value);
  }

  /**
   * Builds a {@link CommunicationSection}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableCommunicationSection.Builder {
    /** Starts an empty builder; {@link CommunicationSection#builder()} does the same. */
    public Builder() {}
  }
}
