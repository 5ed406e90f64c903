package io.github.slaframework.core.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.core.report.JsonPointer;
import io.github.slaframework.core.value.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One change between two versions of an agreement, as format 1.1 §6 defines it for {@code sla
 * diff}: an operation, a JSON Pointer (into the new document; into the old one for a {@code
 * remove}), the area of the section it is in, and the old and new values.
 *
 * @param op what happened, never null
 * @param path where: a JSON Pointer into the new document, or into the old one for {@link
 *     Op#REMOVE}, never null
 * @param area the {@code area} of the section the change is in, when it is under {@code
 *     /sections/i}; never null
 * @param oldValue the value before (absent for {@link Op#ADD}), never null
 * @param newValue the value after (absent for {@link Op#REMOVE}), never null
 * @param subject what changed in words a reader knows, such as {@code clause "gov-1" › text}:
 *     the list elements on the way named by their id, area or position; never null
 * @param anchor where the change shows in the new document: a JSON Pointer into it, the {@link
 *     #path()} for an {@code add} or {@code replace}, and for a {@code remove} the object or
 *     array of the new document it was removed from (such as {@code /sections/2/clauses} for a
 *     clause removed from the third section of the new document); never null
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public record Change(
    Op op,
    String path,
    Optional<String> area,
    Optional<JsonValue> oldValue,
    Optional<JsonValue> newValue,
    String subject,
    String anchor) {

  /**
   * Checks that the values fit the operation.
   *
   * @throws IllegalArgumentException when an {@code add} has an old value, a {@code remove} a new
   *     one, or a value the operation needs is missing
   */
  public Change {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(oldValue, "oldValue");
    Objects.requireNonNull(newValue, "newValue");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(anchor, "anchor");
    if (oldValue.isPresent() == (op == Op.ADD) || newValue.isPresent() == (op == Op.REMOVE)) {
      throw new IllegalArgumentException(op + " with old " + oldValue.isPresent() + " and new "
          + newValue.isPresent());
    }
  }

  /**
   * What a change does.
   *
   * @since 0.2.0
   */
  @API(status = EXPERIMENTAL)
  public enum Op {
    /** A member or element that only the new document has. */
    ADD,
    /** A member or element that only the old document has. */
    REMOVE,
    /** A value that differs. */
    REPLACE;

    /**
     * The name format 1.1 §6 gives the operation: {@code add}, {@code remove}, {@code replace}.
     *
     * @return the name, never null
     */
    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Whether the change is at {@code pointer} or inside it: {@code /sections/2/clauses/0/text} is
   * within {@code /sections/2}.
   *
   * @param pointer a JSON Pointer, never null
   * @return whether {@link #path()} is {@code pointer} or below it
   */
  public boolean isWithin(String pointer) {
    return JsonPointer.isWithin(path, pointer);
  }

  /**
   * The change as format 1.1 §6 writes it: {@code op}, {@code path}, then {@code area}, {@code
   * old} and {@code new} when present. The {@link #subject()} and {@link #anchor()} are for
   * readers and renderers and are not written.
   *
   * @return the JSON object, never null
   */
  public JsonValue.JsonObject toJsonValue() {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put("op", JsonValue.of(op.jsonName()));
    members.put("path", JsonValue.of(path));
    area.ifPresent(a -> members.put("area", JsonValue.of(a)));
    oldValue.ifPresent(v -> members.put("old", v));
    newValue.ifPresent(v -> members.put("new", v));
    return JsonValue.object(members);
  }
}
