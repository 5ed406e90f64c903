package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.Priority;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One event of an event log: {@code { "type", "id", "at", "ref"?, "priority"?, "camera"?,
 * "requester"?, "outcome"? }}. Immutable.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class Event {

  private final EventType type;
  private final String id;
  private final Instant at;
  private final String ref;
  private final Priority priority;
  private final String camera;
  private final String requester;
  private final Outcome outcome;

  private Event(EventType type, String id, Instant at, String ref, Priority priority,
      String camera, String requester, Outcome outcome) {
    this.type = Objects.requireNonNull(type, "type");
    this.id = Objects.requireNonNull(id, "id");
    this.at = Objects.requireNonNull(at, "at");
    this.ref = ref;
    this.priority = priority;
    this.camera = camera;
    this.requester = requester;
    this.outcome = outcome;
  }

  /**
   * An event without {@code ref}, {@code priority} or {@code camera}.
   *
   * @param type the type, never null
   * @param id the event id, never null
   * @param at when it happened, never null
   * @return the event
   */
  public static Event of(EventType type, String id, Instant at) {
    return new Event(type, id, at, null, null, null, null, null);
  }

  /**
   * An event with every field; {@code null} stands for an absent optional field.
   *
   * @param type the type, never null
   * @param id the event id, never null
   * @param at when it happened, never null
   * @param ref the id of the event this one closes, or {@code null}
   * @param priority the priority, or {@code null} (meaning {@link Priority#ROUTINE})
   * @param camera the camera id, or {@code null}
   * @return the event
   */
  public static Event of(
      EventType type, String id, Instant at, String ref, Priority priority, String camera) {
    return new Event(type, id, at, ref, priority, camera, null, null);
  }

  /**
   * This event closing the event with the given id.
   *
   * @param newRef the id of the opening event, never null
   * @return a copy with {@code ref} set
   */
  public Event withRef(String newRef) {
    return new Event(type, id, at, Objects.requireNonNull(newRef, "ref"), priority, camera,
        requester, outcome);
  }

  /**
   * This event with a priority.
   *
   * @param newPriority the priority, never null
   * @return a copy with {@code priority} set
   */
  public Event withPriority(Priority newPriority) {
    return new Event(type, id, at, ref, Objects.requireNonNull(newPriority, "priority"), camera,
        requester, outcome);
  }

  /**
   * This event about a camera.
   *
   * @param newCamera the camera id, never null
   * @return a copy with {@code camera} set
   */
  public Event withCamera(String newCamera) {
    return new Event(type, id, at, ref, priority, Objects.requireNonNull(newCamera, "camera"),
        requester, outcome);
  }

  /**
   * This event made by a requester (format 1.1): any string, such as a police force's party id.
   * An item's requester is its opening event's.
   *
   * @param newRequester the requester, never null
   * @return a copy with {@code requester} set
   * @since 0.2.0
   */
  public Event withRequester(String newRequester) {
    return new Event(type, id, at, ref, priority, camera,
        Objects.requireNonNull(newRequester, "requester"), outcome);
  }

  /**
   * This event with an outcome (format 1.1): only a {@link EventType#FOOTAGE_DELIVERED} takes
   * one when measured; on another type it makes the event a bad line.
   *
   * @param newOutcome the outcome, never null
   * @return a copy with {@code outcome} set
   * @since 0.2.0
   */
  public Event withOutcome(Outcome newOutcome) {
    return new Event(type, id, at, ref, priority, camera, requester,
        Objects.requireNonNull(newOutcome, "outcome"));
  }

  /**
   * The type.
   *
   * @return the type, never null
   */
  public EventType type() {
    return type;
  }

  /**
   * The event id.
   *
   * @return the id, never null
   */
  public String id() {
    return id;
  }

  /**
   * When the event happened.
   *
   * @return the instant, never null
   */
  public Instant at() {
    return at;
  }

  /**
   * The id of the event this one closes.
   *
   * @return the id, or empty
   */
  public Optional<String> ref() {
    return Optional.ofNullable(ref);
  }

  /**
   * The priority as written.
   *
   * @return the priority, or empty
   */
  public Optional<Priority> priority() {
    return Optional.ofNullable(priority);
  }

  /**
   * The priority in effect: {@link #priority()} or {@link Priority#ROUTINE}.
   *
   * @return the priority, never null
   */
  public Priority effectivePriority() {
    return priority == null ? Priority.ROUTINE : priority;
  }

  /**
   * The camera the event is about.
   *
   * @return the camera id, or empty
   */
  public Optional<String> camera() {
    return Optional.ofNullable(camera);
  }

  /**
   * Who made the request this event opens or is about, as written.
   *
   * @return the requester, or empty
   * @since 0.2.0
   */
  public Optional<String> requester() {
    return Optional.ofNullable(requester);
  }

  /**
   * The outcome as written.
   *
   * @return the outcome, or empty (a {@code FOOTAGE_DELIVERED} without one is
   *     {@link Outcome#DELIVERED})
   * @since 0.2.0
   */
  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Event e
        && e.type == type
        && e.id.equals(id)
        && e.at.equals(at)
        && Objects.equals(e.ref, ref)
        && e.priority == priority
        && Objects.equals(e.camera, camera)
        && Objects.equals(e.requester, requester)
        && e.outcome == outcome;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, id, at, ref, priority, camera, requester, outcome);
  }

  @Override
  public String toString() {
    return "Event[" + type + " " + id + " at " + at
        + (ref == null ? "" : " ref " + ref)
        + (priority == null ? "" : " " + priority)
        + (camera == null ? "" : " camera " + camera)
        + (requester == null ? "" : " requester " + requester)
        + (outcome == null ? "" : " " + outcome) + "]";
  }
}
