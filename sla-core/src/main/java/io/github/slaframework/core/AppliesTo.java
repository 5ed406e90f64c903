package io.github.slaframework.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A filter on the events a service level counts. JSON: {@code { "priority"? }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface AppliesTo extends Extensible {

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
    return ImmutableAppliesTo.builder().priority(priority).build();
  }
}
