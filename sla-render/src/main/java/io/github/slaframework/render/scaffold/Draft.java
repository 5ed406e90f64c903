package io.github.slaframework.render.scaffold;

import io.github.slaframework.core.Agreement;
import java.util.List;
import java.util.Objects;

/**
 * A scaffolded draft agreement and the placeholders in it that the parties must complete.
 *
 * @param agreement the draft; valid against its framework except for what the parties chose
 *     (for example, no police party)
 * @param placeholders every value to write or confirm, in document order; never null
 * @since 0.2.0
 */
public record Draft(Agreement agreement, List<Placeholder> placeholders) {

  /** Copies the list. */
  public Draft {
    Objects.requireNonNull(agreement, "agreement");
    placeholders = List.copyOf(placeholders);
  }
}
