package io.github.slaframework.core.framework;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.value.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A declarative condition over an agreement, the building block of framework {@link Rule}s. It is
 * data, never code: a small closed set of operators over JSON Pointers that nothing ever executes.
 *
 * <p>JSON: an object with exactly one member, named after the operator:
 * <pre>{@code
 * { "exists":   { "area"?, "path" } }
 * { "equals":   { "area"?, "path", "value" } }
 * { "contains": { "area"?, "path", "value" } }          // an array at path holds value
 * { "compare":  { "area"?, "path", "operator", "value" } }
 * { "count":    { "area"?, "path", "where"?, "min"?, "max"? } }
 * { "allOf": [ ... ] }   { "anyOf": [ ... ] }   { "not": { ... } }
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public sealed interface Condition
    permits Condition.Exists,
        Condition.Equals,
        Condition.Contains,
        Condition.Compare,
        Condition.Count,
        Condition.AllOf,
        Condition.AnyOf,
        Condition.Not {

  /**
   * A condition that a path from the agreement root names a value that is not null, such as
   * {@code Condition.exists("/term/expiresOn")}.
   *
   * @param path a JSON Pointer from the agreement root, {@code ""} or starting with {@code /}
   * @return the {@link Exists} condition
   * @throws IllegalArgumentException when the path is not a JSON Pointer
   * @since 0.2.0
   */
  static Condition exists(String path) {
    return new Exists(Target.root(path));
  }

  /**
   * A condition that an array at a path from the agreement root holds a value, such as {@code
   * Condition.contains("/parties/0/roles", JsonValue.of("POLICE"))}.
   *
   * @param path a JSON Pointer from the agreement root, {@code ""} or starting with {@code /}
   * @param value the literal, never null
   * @return the {@link Contains} condition
   * @throws IllegalArgumentException when the path is not a JSON Pointer
   * @since 0.2.0
   */
  static Condition contains(String path, JsonValue value) {
    return new Contains(Target.root(path), value);
  }

  /**
   * A condition that an array of strings at a path from the agreement root holds a string, such
   * as a code: {@code Condition.contains("/parties/0/roles", "POLICE")}.
   *
   * @param path a JSON Pointer from the agreement root, {@code ""} or starting with {@code /}
   * @param value the string, never null
   * @return the {@link Contains} condition
   * @throws IllegalArgumentException when the path is not a JSON Pointer
   * @since 0.2.0
   */
  static Condition contains(String path, String value) {
    return contains(path, JsonValue.of(value));
  }

  /**
   * True when the target names at least one value that is not null.
   *
   * @param target what to look at
   */
  @API(status = STABLE)
  record Exists(Target target) implements Condition {
    /**
     * Creates the condition.
     *
     * @param target what to look at, never null
     */
    public Exists {
      Objects.requireNonNull(target, "target");
    }
  }

  /**
   * True when a value at the target equals the literal.
   *
   * @param target what to look at
   * @param value the literal
   */
  @API(status = STABLE)
  record Equals(Target target, JsonValue value) implements Condition {
    /**
     * Creates the condition.
     *
     * @param target what to look at, never null
     * @param value the literal, never null
     */
    public Equals {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * True when an array at the target holds the literal.
   *
   * @param target what to look at
   * @param value the literal
   */
  @API(status = STABLE)
  record Contains(Target target, JsonValue value) implements Condition {
    /**
     * Creates the condition.
     *
     * @param target what to look at, never null
     * @param value the literal, never null
     */
    public Contains {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * True when a value at the target compares with the literal as the operator says.
   *
   * @param target what to look at
   * @param operator how to compare
   * @param value the literal
   */
  @API(status = STABLE)
  record Compare(Target target, ComparisonOperator operator, JsonValue value)
      implements Condition {
    /**
     * Creates the condition.
     *
     * @param target what to look at, never null
     * @param operator how to compare, never null
     * @param value the literal, never null
     */
    public Compare {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(operator, "operator");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * True when the number of values at the target (that satisfy {@code where}, evaluated relative
   * to each value) lies within {@code min} and {@code max}.
   *
   * @param target what to count
   * @param where a condition on each counted value, relative to it
   * @param min the least count
   * @param max the greatest count
   */
  @API(status = STABLE)
  record Count(Target target, Optional<Condition> where, Optional<Integer> min,
      Optional<Integer> max) implements Condition {
    /**
     * Creates the condition.
     *
     * @param target what to count, never null
     * @param where a filter, never null (use empty)
     * @param min the least count, never null (use empty)
     * @param max the greatest count, never null (use empty)
     */
    public Count {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(where, "where");
      Objects.requireNonNull(min, "min");
      Objects.requireNonNull(max, "max");
      if (min.isEmpty() && max.isEmpty()) {
        throw new IllegalArgumentException("a count needs min or max");
      }
    }
  }

  /**
   * True when every condition is.
   *
   * @param conditions the conditions
   */
  @API(status = STABLE)
  record AllOf(List<Condition> conditions) implements Condition {
    /**
     * Creates the condition.
     *
     * @param conditions the conditions, never null, not empty; copied
     */
    public AllOf {
      conditions = List.copyOf(conditions);
      if (conditions.isEmpty()) {
        throw new IllegalArgumentException("allOf needs at least one condition");
      }
    }
  }

  /**
   * True when at least one condition is.
   *
   * @param conditions the conditions
   */
  @API(status = STABLE)
  record AnyOf(List<Condition> conditions) implements Condition {
    /**
     * Creates the condition.
     *
     * @param conditions the conditions, never null, not empty; copied
     */
    public AnyOf {
      conditions = List.copyOf(conditions);
      if (conditions.isEmpty()) {
        throw new IllegalArgumentException("anyOf needs at least one condition");
      }
    }
  }

  /**
   * True when the condition is not.
   *
   * @param condition the negated condition
   */
  @API(status = STABLE)
  record Not(Condition condition) implements Condition {
    /**
     * Creates the condition.
     *
     * @param condition the condition, never null
     */
    public Not {
      Objects.requireNonNull(condition, "condition");
    }
  }
}
