package io.github.slaframework.validation.internal;

import io.github.slaframework.core.IsoDates;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.framework.ComparisonOperator;
import io.github.slaframework.core.value.JsonValue;
import java.time.DateTimeException;
import java.util.Map;

/**
 * How the rule engine compares values with a condition's literal: {@code equals} and {@code
 * contains} by JSON equality with numbers by value, {@code compare} by number, date or period
 * (format 1.1 section 4).
 */
final class RuleValues {

  private RuleValues() {}

  /** Whether an array holds a value, by {@link #same}. */
  static boolean contains(JsonValue.JsonArray array, JsonValue value) {
    for (JsonValue e : array.elements()) {
      if (same(e, value)) {
        return true;
      }
    }
    return false;
  }

  /** JSON equality, numbers by value ({@code 1.0} equals {@code 1}). */
  static boolean same(JsonValue a, JsonValue b) {
    if (a instanceof JsonValue.JsonNumber x && b instanceof JsonValue.JsonNumber y) {
      return x.value().compareTo(y.value()) == 0;
    }
    if (a instanceof JsonValue.JsonArray x && b instanceof JsonValue.JsonArray y) {
      if (x.elements().size() != y.elements().size()) {
        return false;
      }
      for (int i = 0; i < x.elements().size(); i++) {
        if (!same(x.elements().get(i), y.elements().get(i))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof JsonValue.JsonObject x && b instanceof JsonValue.JsonObject y) {
      if (!x.members().keySet().equals(y.members().keySet())) {
        return false;
      }
      for (Map.Entry<String, JsonValue> e : x.members().entrySet()) {
        if (!same(e.getValue(), y.members().get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  /**
   * Compares a value with a literal: numbers numerically; strings as dates when both are dates,
   * else as periods by their longest possible length when both are periods. Anything else does
   * not compare, and the condition is false.
   */
  static boolean compares(JsonValue value, ComparisonOperator operator, JsonValue literal) {
    Integer c = null;
    if (value instanceof JsonValue.JsonNumber x && literal instanceof JsonValue.JsonNumber y) {
      c = x.value().compareTo(y.value());
    } else if (value instanceof JsonValue.JsonString x && literal instanceof JsonValue.JsonString y) {
      c = compareText(x.value(), y.value());
    }
    if (c == null) {
      return false;
    }
    return switch (operator) {
      case LT -> c < 0;
      case LE -> c <= 0;
      case GT -> c > 0;
      case GE -> c >= 0;
    };
  }

  private static Integer compareText(String a, String b) {
    if (mayBeDate(a) && mayBeDate(b)) {
      try {
        return IsoDates.parse(a).compareTo(IsoDates.parse(b));
      } catch (DateTimeException notDates) {
        // not both dates: try periods
      }
    }
    try {
      return Long.compare(IsoPeriod.parse(a).maximumSeconds(), IsoPeriod.parse(b).maximumSeconds());
    } catch (DateTimeException | ArithmeticException notPeriods) {
      return null;
    }
  }

  /** Whether an ISO date could start so (a digit, or a sign and a digit): no exception per period. */
  private static boolean mayBeDate(String s) {
    int i = !s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }
}
