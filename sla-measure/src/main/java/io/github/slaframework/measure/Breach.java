package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * An item that missed its objective: the opening event, the closing event if any, and how long
 * it took (for an item still open, until the end of the measured range).
 *
 * @param id the id of the opening event, never null
 * @param closedBy the id of the closing event, or empty when still open
 * @param opened when the item was opened, never null
 * @param closed when it was closed, or empty
 * @param duration how long it was open, never null
 * @since 0.1.0
 */
@API(status = STABLE)
public record Breach(
    String id, Optional<String> closedBy, Instant opened, Optional<Instant> closed,
    Duration duration) {

  /**
   * A breach.
   *
   * @param id the id of the opening event, never null
   * @param closedBy the id of the closing event, or empty when still open
   * @param opened when the item was opened, never null
   * @param closed when it was closed, or empty
   * @param duration how long it was open, never null
   */
  public Breach {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(closedBy, "closedBy");
    Objects.requireNonNull(opened, "opened");
    Objects.requireNonNull(closed, "closed");
    Objects.requireNonNull(duration, "duration");
  }
}
