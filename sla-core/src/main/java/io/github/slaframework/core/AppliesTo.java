package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A filter on the events a service level counts. JSON: {@code { "priority"? }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface AppliesTo extends Extensible, WithAppliesTo {

  /**
   * Only events of this priority count.
   *
   * @return the priority, or empty for every event
   */
  Optional<Priority> priority();

  /**
   * A filter on priority.
   *
   * @param priority the priority
   * @return the filter
   */
  static AppliesTo priority(Priority priority) {
    return AppliesTo.builder().priority(priority).build();
  }

  /**
   * Starts an AppliesTo.
   *
   * @return a new builder
   * @since 0.2.0
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable AppliesTo with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static AppliesTo copyOf(AppliesTo value) {
    return ImmutableAppliesTo.copyOf(value);
  }

  /**
   * Builds an {@link AppliesTo}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableAppliesTo.Builder {
    /** Starts an empty builder; {@link AppliesTo#builder()} does the same. */
    public Builder() {}
  }
}
