package io.github.slaframework.measure.internal;

import io.github.slaframework.measure.EventType;
import java.util.HashMap;
import java.util.Map;

/** Looks up event types by name without exceptions. */
final class EventTypes {

  private static final Map<String, EventType> BY_NAME = new HashMap<>();

  static {
    for (EventType t : EventType.values()) {
      BY_NAME.put(t.name(), t);
    }
  }

  private EventTypes() {}

  static EventType of(String name) {
    return BY_NAME.get(name);
  }
}
