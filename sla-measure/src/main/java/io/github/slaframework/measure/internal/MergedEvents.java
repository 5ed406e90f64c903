package io.github.slaframework.measure.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A k-way merge of event readers by time: each reader is in time order, so the earliest head is
 * the next event. Ties go to the reader given first, then to the earlier line.
 */
public final class MergedEvents implements Closeable {

  private final List<EventReader> readers;
  private final PriorityQueue<EventReader> queue =
      new PriorityQueue<>(
          Comparator.comparing((EventReader r) -> r.current().at())
              .thenComparingInt(EventReader::sourceIndex));
  private EventReader head;
  private boolean started;

  /**
   * A merge of readers.
   *
   * @param readers the readers in source order
   */
  public MergedEvents(List<EventReader> readers) {
    this.readers = List.copyOf(readers);
  }

  /**
   * Moves to the next event of all readers.
   *
   * @return {@code false} when every reader is exhausted
   * @throws IOException when reading fails
   */
  public boolean advance() throws IOException {
    if (readers.size() == 1) {
      head = readers.get(0);
      return head.advance();
    }
    if (!started) {
      started = true;
      for (EventReader r : readers) {
        if (r.advance()) {
          queue.add(r);
        }
      }
    } else if (head != null && head.advance()) {
      queue.add(head);
    }
    head = queue.poll();
    return head != null;
  }

  /**
   * The reader holding the current event.
   *
   * @return the reader
   */
  public EventReader head() {
    return head;
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (EventReader r : readers) {
      try {
        r.close();
      } catch (IOException e) {
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
