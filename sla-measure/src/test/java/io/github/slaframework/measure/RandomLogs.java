package io.github.slaframework.measure;

import io.github.slaframework.core.Priority;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Plausible random logs in strictly increasing time, with some items left open. */
final class RandomLogs {

  private RandomLogs() {}

  static List<Event> generate(long seed, int size) {
    Random random = new Random(seed);
    List<Event> events = new ArrayList<>();
    List<Event> open = new ArrayList<>();
    // Around the October clock change, so both kinds of deadline are exercised.
    Instant at = Instant.parse("2025-09-20T00:00:00Z");
    for (int i = 0; i < size; i++) {
      at = at.plusSeconds(1 + random.nextInt(6 * 3600));
      int kind = random.nextInt(10);
      if (kind < 4 && !open.isEmpty()) {
        Event opener = open.remove(random.nextInt(open.size()));
        if (opener.type() == EventType.FOOTAGE_REQUESTED && opener.ref().isEmpty()) {
          // A delivery closes the acknowledgement too when it is still open (format 1.1).
          open.remove(opener.withRef("ack"));
        }
        events.add(close(opener, "c" + i, at, random));
        continue;
      }
      Priority priority = random.nextBoolean() ? null
          : random.nextBoolean() ? Priority.URGENT : Priority.ROUTINE;
      Event e = switch (kind % 5) {
        case 0 -> Event.of(EventType.FOOTAGE_REQUESTED, "r" + i, at, null, priority, null);
        case 1 -> Event.of(EventType.FAULT_REPORTED, "f" + i, at, null, priority,
            "cam-" + random.nextInt(4));
        case 2 -> Event.of(EventType.LIVE_SUPPORT_REQUESTED, "l" + i, at, null, priority, null);
        case 3 -> Event.of(EventType.INCIDENT, "i" + i, at);
        default -> Event.of(EventType.ARREST_ASSISTED, "a" + i, at);
      };
      events.add(e);
      if (e.type() == EventType.FOOTAGE_REQUESTED) {
        open.add(e);
        open.add(e.withRef("ack"));
      } else if (e.type() == EventType.FAULT_REPORTED
          || e.type() == EventType.LIVE_SUPPORT_REQUESTED) {
        open.add(e);
      }
    }
    return events;
  }

  private static Event close(Event opener, String id, Instant at, Random random) {
    return switch (opener.type()) {
      case FOOTAGE_REQUESTED -> Event.of(opener.ref().isPresent()
          ? EventType.REQUEST_ACKNOWLEDGED : EventType.FOOTAGE_DELIVERED, id, at, opener.id(),
          null, null);
      case FAULT_REPORTED -> Event.of(EventType.FAULT_FIXED, id, at, opener.id(), null,
          random.nextBoolean() ? opener.camera().orElseThrow() : null);
      default -> Event.of(EventType.LIVE_SUPPORT_STARTED, id, at, opener.id(), null, null);
    };
  }
}
