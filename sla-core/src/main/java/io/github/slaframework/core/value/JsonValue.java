package io.github.slaframework.core.value;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A JSON value held without any JSON library: the content of {@code x-} extension fields and the
 * literal values of framework rules.
 *
 * <p>Every implementation is an immutable record; arrays and objects keep their order (objects keep
 * the order in which their members were read or added). Numbers are kept as {@link BigDecimal}, so
 * {@code 1.50} stays {@code 1.50} on a round trip.
 *
 * @since 0.1.0
 */
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
    return new JsonObject(Collections.unmodifiableMap(new LinkedHashMap<>(members)));
  }

  /** The JSON {@code null}. */
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
  record JsonBoolean(boolean value) implements JsonValue {
    @Override
    public String toString() {
      return Boolean.toString(value);
    }
  }

  /**
   * A JSON number, exact.
   *
   * @param value the value, never null
   */
  record JsonNumber(BigDecimal value) implements JsonValue {
    /**
     * Creates a number.
     *
     * @param value the value, never null
     */
    public JsonNumber {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return value.toString();
    }
  }

  /**
   * A JSON string.
   *
   * @param value the value, never null
   */
  record JsonString(String value) implements JsonValue {
    /**
     * Creates a string.
     *
     * @param value the value, never null
     */
    public JsonString {
      Objects.requireNonNull(value, "value");
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
   * A JSON object whose members keep their order.
   *
   * @param members the members, never null, unmodifiable, in order
   */
  record JsonObject(Map<String, JsonValue> members) implements JsonValue {
    /**
     * Creates an object.
     *
     * @param members the members in order, never null; copied
     */
    public JsonObject {
      members = copy(members);
    }

    private static Map<String, JsonValue> copy(Map<String, ? extends JsonValue> members) {
      LinkedHashMap<String, JsonValue> copy = new LinkedHashMap<>();
      members.forEach(
          (k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
      return Collections.unmodifiableMap(copy);
    }
  }
}
