package io.github.slaframework.validation.internal;

import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.framework.ComparisonOperator;
import io.github.slaframework.core.framework.Condition;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.framework.Target;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.value.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates the declarative {@link Condition}s of framework rules over an agreement held as a
 * {@link JsonValue} tree with the file's field names. It interprets a small closed set of
 * operators; nothing in a rule is executed as code. One engine serves one agreement and is not
 * shared between threads.
 *
 * <p>A target names every value its pointer reaches: a {@code *} segment stands for every element
 * of an array (or member of an object). Conditions over several values hold when any value
 * satisfies them; {@code count} counts the values. A target with an area is relative to every
 * section of that area.
 */
public final class RuleEngine {

  /** A value found at a pointer of the agreement. */
  public record Match(String pointer, JsonValue value) {}

  private final JsonValue root;

  /**
   * An engine for one agreement.
   *
   * @param root the agreement as a JSON value
   */
  public RuleEngine(JsonValue root) {
    this.root = root;
  }

  /**
   * Whether a rule applies: its {@code when} holds, or it has none.
   *
   * @param rule the rule
   * @return {@code true} when the rule applies
   */
  public boolean applies(Rule rule) {
    return rule.when().map(c -> holds(c, new Match("", root))).orElse(true);
  }

  /**
   * Evaluates a rule with a {@code require} condition.
   *
   * @param rule the rule
   * @return the pointer to report a failure at, or empty when the rule applies and holds or does
   *     not apply
   */
  public Optional<String> failure(Rule rule) {
    if (rule.require().isEmpty() || !applies(rule)) {
      return Optional.empty();
    }
    Condition require = rule.require().get();
    if (holds(require, new Match("", root))) {
      return Optional.empty();
    }
    return Optional.of(rule.at().map(this::reportAt).orElseGet(() -> defaultAt(require)));
  }

  /**
   * The pointers of the sections of an area.
   *
   * @param area the area
   * @return the pointers, such as {@code /sections/3}, in document order
   */
  public List<String> sections(AreaCode area) {
    List<String> out = new ArrayList<>();
    if (root instanceof JsonValue.JsonObject object
        && object.members().get("sections") instanceof JsonValue.JsonArray sections) {
      for (int i = 0; i < sections.elements().size(); i++) {
        if (sections.elements().get(i) instanceof JsonValue.JsonObject section
            && section.members().get("area") instanceof JsonValue.JsonString code
            && code.value().equals(area.code())) {
          out.add(Pointers.child("/sections", i));
        }
      }
    }
    return out;
  }

  JsonValue root() {
    return root;
  }

  boolean holds(Condition condition, Match base) {
    if (condition instanceof Condition.Exists c) {
      return resolve(c.target(), base).stream().anyMatch(m -> !(m.value() instanceof JsonValue.JsonNull));
    } else if (condition instanceof Condition.Equals c) {
      return resolve(c.target(), base).stream().anyMatch(m -> same(m.value(), c.value()));
    } else if (condition instanceof Condition.Contains c) {
      return resolve(c.target(), base).stream()
          .anyMatch(
              m -> m.value() instanceof JsonValue.JsonArray a
                  && a.elements().stream().anyMatch(e -> same(e, c.value())));
    } else if (condition instanceof Condition.Compare c) {
      return resolve(c.target(), base).stream()
          .anyMatch(m -> compares(m.value(), c.operator(), c.value()));
    } else if (condition instanceof Condition.Count c) {
      long n =
          resolve(c.target(), base).stream()
              .filter(m -> !(m.value() instanceof JsonValue.JsonNull))
              .filter(m -> c.where().map(w -> holds(w, m)).orElse(true))
              .count();
      return c.min().map(min -> n >= min).orElse(true) && c.max().map(max -> n <= max).orElse(true);
    } else if (condition instanceof Condition.AllOf c) {
      return c.conditions().stream().allMatch(x -> holds(x, base));
    } else if (condition instanceof Condition.AnyOf c) {
      return c.conditions().stream().anyMatch(x -> holds(x, base));
    } else if (condition instanceof Condition.Not c) {
      return !holds(c.condition(), base);
    }
    throw new IllegalStateException("unknown condition " + condition.getClass());
  }

  /**
   * The values a target names, relative to a base (the root, or a value counted by {@code count})
   * or, with an area, to every section of the area.
   */
  List<Match> resolve(Target target, Match base) {
    List<Match> starts = new ArrayList<>();
    if (target.area().isPresent()) {
      for (String section : sections(target.area().get())) {
        starts.add(new Match(section, at(section)));
      }
    } else {
      starts.add(base);
    }
    List<Match> current = starts;
    for (String segment : Pointers.segments(target.path())) {
      List<Match> next = new ArrayList<>();
      for (Match m : current) {
        step(m, segment, next);
      }
      current = next;
    }
    return current;
  }

  private static void step(Match m, String segment, List<Match> out) {
    JsonValue v = m.value();
    if (v instanceof JsonValue.JsonArray array) {
      if (segment.equals("*")) {
        for (int i = 0; i < array.elements().size(); i++) {
          out.add(new Match(Pointers.child(m.pointer(), i), array.elements().get(i)));
        }
      } else {
        int index = index(segment);
        if (index >= 0 && index < array.elements().size()) {
          out.add(new Match(Pointers.child(m.pointer(), index), array.elements().get(index)));
        }
      }
    } else if (v instanceof JsonValue.JsonObject object) {
      if (segment.equals("*")) {
        for (Map.Entry<String, JsonValue> e : object.members().entrySet()) {
          out.add(new Match(Pointers.child(m.pointer(), e.getKey()), e.getValue()));
        }
      } else if (object.members().containsKey(segment)) {
        out.add(new Match(Pointers.child(m.pointer(), segment), object.members().get(segment)));
      }
    }
  }

  private static int index(String segment) {
    if (segment.isEmpty() || segment.length() > 9 || !segment.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Integer.parseInt(segment);
  }

  private JsonValue at(String pointer) {
    List<Match> found = new ArrayList<>(List.of(new Match("", root)));
    for (String segment : Pointers.segments(pointer)) {
      List<Match> next = new ArrayList<>();
      for (Match m : found) {
        step(m, segment, next);
      }
      found = next;
    }
    return found.isEmpty() ? JsonValue.NULL : found.get(0).value();
  }

  /** Where an explicit {@code at} reports: the first value it names, else where it would be. */
  private String reportAt(Target at) {
    List<Match> found = resolve(at, new Match("", root));
    if (!found.isEmpty()) {
      return found.get(0).pointer();
    }
    String base = "";
    if (at.area().isPresent()) {
      List<String> sections = sections(at.area().get());
      if (sections.isEmpty()) {
        return "";
      }
      base = sections.get(0);
    }
    String path = at.path();
    int star = path.indexOf("/*");
    return base + (star < 0 ? path : path.substring(0, star));
  }

  /** The first target of the condition that names a value, else its area's section, else root. */
  private String defaultAt(Condition condition) {
    List<Target> targets = new ArrayList<>();
    collect(condition, targets);
    for (Target t : targets) {
      List<Match> found = resolve(t, new Match("", root));
      if (!found.isEmpty()) {
        return found.get(0).pointer();
      }
    }
    for (Target t : targets) {
      if (t.area().isPresent() && !sections(t.area().get()).isEmpty()) {
        return sections(t.area().get()).get(0);
      }
    }
    return "";
  }

  private static void collect(Condition condition, List<Target> out) {
    if (condition instanceof Condition.Exists c) {
      out.add(c.target());
    } else if (condition instanceof Condition.Equals c) {
      out.add(c.target());
    } else if (condition instanceof Condition.Contains c) {
      out.add(c.target());
    } else if (condition instanceof Condition.Compare c) {
      out.add(c.target());
    } else if (condition instanceof Condition.Count c) {
      out.add(c.target());
    } else if (condition instanceof Condition.AllOf c) {
      c.conditions().forEach(x -> collect(x, out));
    } else if (condition instanceof Condition.AnyOf c) {
      c.conditions().forEach(x -> collect(x, out));
    } else if (condition instanceof Condition.Not c) {
      collect(c.condition(), out);
    }
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
      return x.members().entrySet().stream()
          .allMatch(e -> same(e.getValue(), y.members().get(e.getKey())));
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
    try {
      return LocalDate.parse(a).compareTo(LocalDate.parse(b));
    } catch (DateTimeException notDates) {
      // not both dates: try periods
    }
    try {
      return Long.compare(IsoPeriod.parse(a).maximumSeconds(), IsoPeriod.parse(b).maximumSeconds());
    } catch (DateTimeException | ArithmeticException notPeriods) {
      return null;
    }
  }
}
