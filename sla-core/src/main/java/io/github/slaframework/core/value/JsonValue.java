package io.github.slaframework.core.value;

import static org.apiguardian.api.API.Status.STABLE;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A JSON value held without any JSON library: the content of {@code x-} extension fields and the
 * literal values of framework rules.
 *
 * <p>Every implementation is an immutable record; arrays and objects keep their order. Numbers are
 * kept as {@link BigDecimal}, so {@code 1.50} stays {@code 1.50} on a round trip.
 *
 * <p><b>Member order.</b> An object keeps the order of the map it is made from when that map has a
 * defined order: a {@link LinkedHashMap} (the order members were put, as a reader puts them), a
 * {@link SortedMap} (key order), another object's {@link JsonObject#members() members}, or a map
 * of at most one member. Any other map ({@code Map.of(...)}, {@code HashMap}, ...) has no defined
 * order, and {@code Map.of} iterates differently in each JVM run, so its members are copied in
 * key order ({@link String#compareTo}): an object, and so everything written from it, is the same
 * from one run to the next. {@code equals} ignores member order, as JSON does.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public sealed interface JsonValue
    permits JsonValue.JsonNull,
        JsonValue.JsonBoolean,
        JsonValue.JsonNumber,
        JsonValue.JsonString,
        JsonValue.JsonArray,
        JsonValue.JsonObject {

  /** The JSON {@code null}. */
  JsonNull NULL = new JsonNull();

  /** The JSON {@code true}. */
  JsonBoolean TRUE = new JsonBoolean(true);

  /** The JSON {@code false}. */
  JsonBoolean FALSE = new JsonBoolean(false);

  /**
   * A JSON string.
   *
   * @param value the string, never null
   * @return the value
   */
  static JsonString of(String value) {
    return new JsonString(value);
  }

  /**
   * A JSON boolean.
   *
   * @param value the boolean
   * @return {@link #TRUE} or {@link #FALSE}
   */
  static JsonBoolean of(boolean value) {
    return value ? TRUE : FALSE;
  }

  /**
   * A JSON number.
   *
   * @param value the number, never null
   * @return the value
   */
  static JsonNumber of(BigDecimal value) {
    return new JsonNumber(value);
  }

  /**
   * A JSON number.
   *
   * @param value the number
   * @return the value
   */
  static JsonNumber of(long value) {
    return new JsonNumber(BigDecimal.valueOf(value));
  }

  /**
   * A JSON array.
   *
   * @param elements the elements in order, never null
   * @return the value
   */
  static JsonArray array(List<? extends JsonValue> elements) {
    return new JsonArray(List.copyOf(elements));
  }

  /**
   * A JSON object.
   *
   * @param members the members in order, never null
   * @return the value
   */
  static JsonObject object(Map<String, ? extends JsonValue> members) {
    // Only read, then copied: the cast keeps the map's own class, which tells its order.
    @SuppressWarnings("unchecked")
    Map<String, JsonValue> read = (Map<String, JsonValue>) members;
    return new JsonObject(read);
  }

  /** The JSON {@code null}. */
  @API(status = STABLE)
  record JsonNull() implements JsonValue {
    @Override
    public String toString() {
      return "null";
    }
  }

  /**
   * A JSON boolean.
   *
   * @param value the value
   */
  @API(status = STABLE)
  record JsonBoolean(boolean value) implements JsonValue {
    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /**
   * A JSON number, exact. A zero written with a minus sign ({@code -0}, {@code -0.0}) keeps it
   * ({@link #negativeZero()}), so that a document's extension values are written back as they
   * were read; {@code BigDecimal} itself has no negative zero.
   *
   * @param value the value, never null
   * @param negativeZero whether the value is a zero written with a minus sign; only a zero may
   *     have it
   */
  @API(status = STABLE)
  record JsonNumber(BigDecimal value, boolean negativeZero) implements JsonValue {
    /**
     * Creates a number.
     *
     * @param value the value, never null
     * @param negativeZero whether the value is a zero written with a minus sign
     * @throws IllegalArgumentException when {@code negativeZero} is set on a value that is not
     *     zero
     * @since 0.2.0
     */
    public JsonNumber {
      Objects.requireNonNull(value, "value");
      if (negativeZero && value.signum() != 0) {
        throw new IllegalArgumentException("only a zero can be a negative zero: " + value);
      }
    }

    /**
     * Creates a number (never a negative zero).
     *
     * @param value the value, never null
     */
    public JsonNumber(BigDecimal value) {
      this(value, false);
    }

    /**
     * The number as JSON writes it: {@link BigDecimal#toString()}, with the minus sign of a
     * negative zero.
     */
    @Override
    public String toString() {
      return negativeZero ? "-" + value : value.toString();
    }
  }

  /**
   * A JSON string.
   *
   * @param value the value, never null
   */
  @API(status = STABLE)
  record JsonString(String value) implements JsonValue {
    /**
     * Creates a string.
     *
     * @param value the value, never null
     */
    public JsonString {
      Objects.requireNonNull(value, "value");
    }

    /**
     * Whether another JSON string has the same value, as a record's {@code equals} is; written
     * out because the generated one is linked at its first call through method handles (classes
     * spun in every JVM that validates: docs/adr/0003-command-line-start-up.md, addendum 2).
     *
     * @param other any object
     * @return whether it is a JSON string of the same value
     */
    @Override
    public boolean equals(Object other) {
      return other instanceof JsonString string && value.equals(string.value);
    }

    /**
     * The hash of the value, as a record's {@code hashCode} is.
     *
     * @return the value's hash
     */
    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String toString() {
      return '"' + value + '"';
    }
  }

  /**
   * A JSON array.
   *
   * @param elements the elements, never null, unmodifiable
   */
  @API(status = STABLE)
  record JsonArray(List<JsonValue> elements) implements JsonValue {
    /**
     * Creates an array.
     *
     * @param elements the elements, never null; copied
     */
    public JsonArray {
      elements = List.copyOf(elements);
    }
  }

  /**
   * A JSON object whose members keep their order (see "Member order" on {@link JsonValue}).
   *
   * @param members the members, never null, unmodifiable, in order
   */
  @API(status = STABLE)
  record JsonObject(Map<String, JsonValue> members) implements JsonValue {
    /**
     * Creates an object.
     *
     * @param members the members, never null; copied in their order when the map has one, else
     *     in key order
     */
    public JsonObject {
      members = copy(members);
    }

    private static Map<String, JsonValue> copy(Map<String, ? extends JsonValue> members) {
      if (members instanceof OrderedMembers ordered) {
        return ordered; // another object's members: unmodifiable already
      }
      LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>();
      for (Map.Entry<String, ? extends JsonValue> e : members.entrySet()) {
        copy.put(Objects.requireNonNull(e.getKey(), "key"),
            Objects.requireNonNull(e.getValue(), "value"));
      }
      return new OrderedMembers(hasDefinedOrder(members) ? copy
          : new LinkedHashMap<>(new TreeMap<>(copy)));
    }

    private static boolean hasDefinedOrder(Map<String, ? extends JsonValue> members) {
      return members.size() <= 1
          || members instanceof LinkedHashMap
          || members instanceof SortedMap
          || members instanceof OrderedMembers;
    }
  }
}

/**
 * The unmodifiable members of a {@link JsonValue.JsonObject}, in order. A class of its own so that an
 * object made from another object's members keeps their order rather than being sorted.
 */
final class OrderedMembers extends AbstractMap<String, JsonValue> {

  private final Map<String, JsonValue> members;

  OrderedMembers(LinkedHashMap<String, JsonValue> members) {
    this.members = Collections.unmodifiableMap(members);
  }

  @Override
  public Set<Entry<String, JsonValue>> entrySet() {
    return members.entrySet();
  }

  @Override
  public JsonValue get(Object key) {
    return members.get(key);
  }

  @Override
  public boolean containsKey(Object key) {
    return members.containsKey(key);
  }

  @Override
  public int size() {
    return members.size();
  }
}
