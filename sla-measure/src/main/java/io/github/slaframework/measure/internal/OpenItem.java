package io.github.slaframework.measure.internal;

import io.github.slaframework.core.Priority;
import java.time.Duration;
import java.time.Instant;

/**
 * The state of one opening event whose items are not all closed: a footage request (its
 * turnaround and acknowledgement items), a fault or a live-support request. Everything the engine
 * knows about an open item is here, so that a partial result can carry its open items as they
 * are: when it was opened, its priority, camera and requester, which of a request's two items
 * are closed, and its stopped clock (format 1.1 section 5).
 *
 * <p>The clock is one for the opening's items: a stop applies to every item still open, and a
 * close while stopped ends the stop for the item it closes only (its stopped time is counted up
 * to the close), so the other item goes on sharing the clock.
 */
final class OpenItem {

  final Instant at;
  final Priority priority;
  final String camera;
  final String requester;
  boolean delivered;
  boolean acknowledged;

  /** Since when the clock is stopped, or {@code null} while it runs. */
  private Instant stoppedSince;
  /** The stopped time of the stops that ended. */
  private Duration stopped = Duration.ZERO;
  /**
   * For each explicit range end of {@link #ends}, the stopped time of the stops that ended,
   * clipped at that end; {@code null} until a stop ends. An item closed after an explicit
   * {@code --to} is judged as open at the range end, where only the stopped time before it
   * counts, and stops after it must not.
   */
  private Duration[] stoppedBefore;
  /** The explicit range ends of the measurement (a few instants, one per time zone), shared. */
  private final Instant[] ends;

  OpenItem(Instant at, Priority priority, String camera, String requester, Instant[] ends) {
    this.at = at;
    this.priority = priority;
    this.camera = camera;
    this.requester = requester;
    this.ends = ends;
  }

  /** Whether the clock is stopped. */
  boolean stopped() {
    return stoppedSince != null;
  }

  /** Stops the clock at an instant (the caller checked it runs). */
  void stop(Instant now) {
    stoppedSince = now;
  }

  /** Restarts the clock at an instant (the caller checked it is stopped). */
  void restart(Instant now) {
    stopped = stopped.plus(Duration.between(stoppedSince, now));
    if (ends.length > 0) {
      if (stoppedBefore == null) {
        stoppedBefore = new Duration[ends.length];
        java.util.Arrays.fill(stoppedBefore, Duration.ZERO);
      }
      for (int k = 0; k < ends.length; k++) {
        if (stoppedSince.isBefore(ends[k])) {
          Instant until = now.isBefore(ends[k]) ? now : ends[k];
          stoppedBefore[k] = stoppedBefore[k].plus(Duration.between(stoppedSince, until));
        }
      }
    }
    stoppedSince = null;
  }

  /**
   * The time the clock was stopped between the opening and an instant: the instant of a close
   * (no stop has ended after it) or the end of the range (an explicit end, or the last event).
   */
  Duration stoppedUntil(Instant t) {
    Duration base = stopped;
    if (stoppedBefore != null) {
      for (int k = 0; k < ends.length; k++) {
        if (ends[k].equals(t)) {
          base = stoppedBefore[k];
          break;
        }
      }
    }
    if (stoppedSince != null && stoppedSince.isBefore(t)) {
      base = base.plus(Duration.between(stoppedSince, t));
    }
    return base;
  }
}
