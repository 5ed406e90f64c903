package io.github.slaframework.render.scaffold;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.core.Agreement;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A scaffolded draft agreement and the placeholders in it that the parties must complete.
 *
 * @param agreement the draft; valid against its framework except for what the parties chose
 *     (for example, no police party)
 * @param placeholders every value to write or confirm, in document order; never null
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public record Draft(Agreement agreement, List<Placeholder> placeholders) {

  /** Copies the list. */
  public Draft {
    Objects.requireNonNull(agreement, "agreement");
    placeholders = List.copyOf(placeholders);
  }
}
