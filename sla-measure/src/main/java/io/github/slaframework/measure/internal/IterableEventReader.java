package io.github.slaframework.measure.internal;

import io.github.slaframework.measure.Event;
import java.util.Iterator;
import java.util.Objects;

/**
 * Reads events held in memory ({@code EventSource.of(Iterable)}): each event is already well
 * formed, so only the checks that need the events around it (order, matching) can reject one;
 * its "line" is its 1-based position.
 */
final class IterableEventReader extends EventReader {

  private final Iterator<Event> events;
  private long position;

  IterableEventReader(Iterable<Event> events, String name, int sourceIndex,
      Rejections rejections) {
    super(name, sourceIndex, rejections);
    this.events = events.iterator();
  }

  @Override
  Event next() {
    if (!events.hasNext()) {
      return null;
    }
    position++;
    return Objects.requireNonNull(events.next(), "an event source held a null event");
  }

  @Override
  long position() {
    return position;
  }

  @Override
  public void close() {
    // Nothing to release: the events belong to the caller.
  }
}
