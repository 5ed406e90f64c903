package io.github.slaframework.json.internal.diff;

import io.github.slaframework.core.diff.Change;
import io.github.slaframework.core.diff.Change.Op;
import io.github.slaframework.core.report.JsonPointer;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.core.value.JsonValue.JsonArray;
import io.github.slaframework.core.value.JsonValue.JsonNumber;
import io.github.slaframework.core.value.JsonValue.JsonObject;
import io.github.slaframework.core.value.JsonValue.JsonString;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The walk over two agreement trees that lists their changes as format 1.1 §6 defines them. One
 * instance per comparison; not thread-safe.
 */
public final class TreeDiff {

  /** Additions and replacements by path in the new document, then removals by path in the old. */
  private static final Comparator<Change> ORDER =
      Comparator.comparing((Change c) -> c.op() == Op.REMOVE)
          .thenComparing(Change::path, JsonPointer::compare);

  /** The key of a keyed element that has no string key; never a real key, which has a prefix. */
  private static final String NO_KEY = "";

  private final List<Change> changes = new ArrayList<>();

  private TreeDiff() {}

  /**
   * The changes from one agreement tree to another, in the order of format 1.1 §6.
   *
   * @param oldDocument the old version's tree, never null
   * @param newDocument the new version's tree, never null
   * @return the changes, never null
   */
  public static List<Change> between(JsonValue oldDocument, JsonValue newDocument) {
    TreeDiff diff = new TreeDiff();
    diff.value(oldDocument, newDocument, Where.ROOT, Shape.AGREEMENT);
    diff.changes.sort(ORDER);
    return diff.changes;
  }

  /**
   * Where a pair of values stands: its pointer in each document, what a reader calls it, and the
   * area of the section it is in (null outside sections).
   */
  private record Where(String oldPath, String newPath, String subject, String oldArea,
      String newArea) {
    static final Where ROOT = new Where("", "", "", null, null);

    Where member(String name) {
      return new Where(JsonPointer.child(oldPath, name), JsonPointer.child(newPath, name),
          join(subject, name), oldArea, newArea);
    }

    Where element(int oldIndex, int newIndex, String label, String oldArea, String newArea) {
      return new Where(JsonPointer.child(oldPath, oldIndex), JsonPointer.child(newPath, newIndex),
          label, oldArea, newArea);
    }

    private static String join(String subject, String next) {
      return subject.isEmpty() ? next : subject + " › " + next;
    }
  }

  private void value(JsonValue o, JsonValue n, Where where, Shape shape) {
    if (o instanceof JsonObject oo && n instanceof JsonObject no) {
      object(oo, no, where, shape);
    } else if (o instanceof JsonArray oa && n instanceof JsonArray na) {
      positional(oa, na, where);
    } else if (!same(o, n)) {
      changes.add(new Change(Op.REPLACE, where.newPath(), area(where.newArea()), Optional.of(o),
          Optional.of(n), subject(where), where.newPath()));
    }
  }

  /** Scalars as the format compares them: numbers by value, so {@code 30.00} is {@code 30}. */
  static boolean same(JsonValue o, JsonValue n) {
    if (o instanceof JsonNumber on && n instanceof JsonNumber nn) {
      return on.value().compareTo(nn.value()) == 0;
    }
    return o.equals(n);
  }

  private void object(JsonObject o, JsonObject n, Where where, Shape shape) {
    for (Map.Entry<String, JsonValue> member : n.members().entrySet()) {
      String name = member.getKey();
      JsonValue old = o.members().get(name);
      if (old == null) {
        add(where.member(name), member.getValue());
      } else {
        member(name, old, member.getValue(), where.member(name), shape);
      }
    }
    for (Map.Entry<String, JsonValue> member : o.members().entrySet()) {
      if (!n.members().containsKey(member.getKey())) {
        remove(where.member(member.getKey()), member.getValue());
      }
    }
  }

  private void member(String name, JsonValue o, JsonValue n, Where where, Shape shape) {
    // Inside an x- member nothing is shaped: its lists are compared by position.
    boolean extension = name.startsWith("x-");
    Shape.Keyed keyed = extension ? null : shape.keyed().get(name);
    if (keyed != null && o instanceof JsonArray oa && n instanceof JsonArray na) {
      keyed(oa, na, where, keyed, shape == Shape.AGREEMENT && name.equals("sections"));
    } else if (!extension && shape.stringSets().contains(name)
        && o instanceof JsonArray oa && n instanceof JsonArray na
        && allStrings(oa) && allStrings(na)) {
      set(oa, na, where);
    } else {
      value(o, n, where, Shape.PLAIN);
    }
  }

  private static boolean allStrings(JsonArray array) {
    return array.elements().stream().allMatch(e -> e instanceof JsonString);
  }

  /**
   * A list matched by key: the k-th element with a key in the old list goes with the k-th with
   * that key in the new one (keys are unique once duplicate ids are refused; sections with the
   * same area, and elements without a key, pair up in order).
   */
  private void keyed(JsonArray o, JsonArray n, Where where, Shape.Keyed keyed, boolean sections) {
    Map<String, ArrayDeque<Integer>> oldByKey = new HashMap<>();
    for (int i = 0; i < o.elements().size(); i++) {
      oldByKey.computeIfAbsent(key(o.elements().get(i), keyed), k -> new ArrayDeque<>()).add(i);
    }
    boolean[] matched = new boolean[o.elements().size()];
    for (int j = 0; j < n.elements().size(); j++) {
      JsonValue element = n.elements().get(j);
      String key = key(element, keyed);
      ArrayDeque<Integer> candidates = oldByKey.get(key);
      Integer i = candidates == null ? null : candidates.poll();
      String newArea = sections ? areaOf(element) : where.newArea();
      if (i == null) {
        add(where.element(j, j, label(keyed, element, j, sections, where), null,
            newArea), element);
      } else {
        matched[i] = true;
        JsonValue old = o.elements().get(i);
        String oldArea = sections ? areaOf(old) : where.oldArea();
        value(old, element, where.element(i, j, label(keyed, element, j, sections, where),
            oldArea, newArea), keyed.element());
      }
    }
    for (int i = 0; i < matched.length; i++) {
      if (!matched[i]) {
        JsonValue old = o.elements().get(i);
        String oldArea = sections ? areaOf(old) : where.oldArea();
        remove(where.element(i, i, label(keyed, old, i, sections, where), oldArea, null), old);
      }
    }
  }

  private static String key(JsonValue element, Shape.Keyed keyed) {
    if (element instanceof JsonObject object
        && object.members().get(keyed.key()) instanceof JsonString key) {
      return "=" + key.value();
    }
    return NO_KEY;
  }

  private static String areaOf(JsonValue section) {
    return section instanceof JsonObject object
        && object.members().get("area") instanceof JsonString area ? area.value() : null;
  }

  /**
   * What a reader calls an element of a keyed list: {@code clause "gov-1"}; a section is named
   * by its area, which every change in it carries, so the things in it are named without it.
   */
  private static String label(Shape.Keyed keyed, JsonValue element, int index, boolean sections,
      Where list) {
    if (sections) {
      return "";
    }
    String key = key(element, keyed);
    String name = key.equals(NO_KEY) ? keyed.noun() + " " + (index + 1)
        : keyed.noun() + " \"" + key.substring(1) + "\"";
    // The list's own name ("clauses") says nothing the noun does not.
    int arrow = list.subject().lastIndexOf(" › ");
    String parent = arrow < 0 ? "" : list.subject().substring(0, arrow);
    return parent.isEmpty() ? name : parent + " › " + name;
  }

  /** A list of strings the format defines, compared as a set. */
  private void set(JsonArray o, JsonArray n, Where where) {
    Map<String, Integer> oldStrings = firstIndexes(o);
    Map<String, Integer> newStrings = firstIndexes(n);
    newStrings.forEach((s, j) -> {
      if (!oldStrings.containsKey(s)) {
        add(where.element(j, j, where.subject() + " \"" + s + "\"", null, where.newArea()),
            JsonValue.of(s));
      }
    });
    oldStrings.forEach((s, i) -> {
      if (!newStrings.containsKey(s)) {
        remove(where.element(i, i, where.subject() + " \"" + s + "\"", where.oldArea(), null),
            JsonValue.of(s));
      }
    });
  }

  private static Map<String, Integer> firstIndexes(JsonArray strings) {
    Map<String, Integer> indexes = new LinkedHashMap<>();
    for (int i = 0; i < strings.elements().size(); i++) {
      indexes.putIfAbsent(((JsonString) strings.elements().get(i)).value(), i);
    }
    return indexes;
  }

  /** Any other list, compared element by element. */
  private void positional(JsonArray o, JsonArray n, Where where) {
    int common = Math.min(o.elements().size(), n.elements().size());
    for (int i = 0; i < n.elements().size(); i++) {
      Where at = where.element(i, i, where.subject() + " " + (i + 1), where.oldArea(),
          where.newArea());
      if (i < common) {
        value(o.elements().get(i), n.elements().get(i), at, Shape.PLAIN);
      } else {
        add(at, n.elements().get(i));
      }
    }
    for (int i = common; i < o.elements().size(); i++) {
      remove(where.element(i, i, where.subject() + " " + (i + 1), where.oldArea(),
          where.newArea()), o.elements().get(i));
    }
  }

  private void add(Where where, JsonValue value) {
    changes.add(new Change(Op.ADD, where.newPath(), area(where.newArea()), Optional.empty(),
        Optional.of(value), subject(where), where.newPath()));
  }

  private void remove(Where where, JsonValue value) {
    // The pointer it would have in the new document names an element that is not there; the
    // object or array it was in is.
    String newPath = where.newPath();
    String from = newPath.isEmpty() ? "" : newPath.substring(0, newPath.lastIndexOf('/'));
    changes.add(new Change(Op.REMOVE, where.oldPath(), area(where.oldArea()), Optional.of(value),
        Optional.empty(), subject(where), from));
  }

  private static Optional<String> area(String area) {
    return Optional.ofNullable(area);
  }

  private static String subject(Where where) {
    // Only a whole section has no name of its own: its area says which.
    return where.subject().isEmpty() ? (where.newPath().isEmpty() ? "document" : "section")
        : where.subject();
  }
}
