package io.github.slaframework.core.diff;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.core.value.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The changes between two versions of an agreement, in the order format 1.1 §6 fixes: additions
 * and replacements by their path in the new document, then removals by their path in the old one.
 * Immutable.
 *
 * @param changes the changes in order, never null; copied
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public record ChangeSet(List<Change> changes) {

  /**
   * Creates a change set.
   *
   * @param changes the changes in order, never null; copied
   */
  public ChangeSet {
    changes = List.copyOf(changes);
  }

  /**
   * Whether the two versions are the same as the format compares them.
   *
   * @return {@code true} when there is no change
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * The changes at or below a JSON Pointer, such as those of one section ({@code /sections/3}).
   * Additions and replacements are matched by their path in the new document, removals by their
   * path in the old one, so ask with the pointer of the document the element is in.
   *
   * @param pointer a JSON Pointer, never null
   * @return the changes within it, in order, never null
   */
  public List<Change> within(String pointer) {
    List<Change> within = new ArrayList<>();
    for (Change change : changes) {
      if (change.isWithin(pointer)) {
        within.add(change);
      }
    }
    return within;
  }

  /**
   * The change set as format 1.1 §6 writes it: {@code { "changes": [ ... ] }}.
   *
   * @return the JSON object, never null
   */
  public JsonValue.JsonObject toJsonValue() {
    List<JsonValue> elements = new ArrayList<>(changes.size());
    changes.forEach(c -> elements.add(c.toJsonValue()));
    return JsonValue.object(Map.of("changes", JsonValue.array(elements)));
  }
}
