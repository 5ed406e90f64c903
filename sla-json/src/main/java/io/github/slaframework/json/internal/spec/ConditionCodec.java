package io.github.slaframework.json.internal.spec;

import io.github.slaframework.core.framework.ComparisonOperator;
import io.github.slaframework.core.framework.Condition;
import io.github.slaframework.core.framework.Target;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.internal.read.Node;
import io.github.slaframework.json.internal.read.Pointer;
import io.github.slaframework.json.internal.read.Problems;
import io.github.slaframework.json.internal.read.Text;
import io.github.slaframework.json.internal.schema.SchemaContext;
import io.github.slaframework.json.internal.schema.Schemas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Framework rule conditions: an object with exactly one member named after its operator. Data only;
 * nothing in a condition is ever executed.
 */
final class ConditionCodec implements Codec<Condition> {

  /** The operator names in canonical order. */
  static final List<String> OPERATORS =
      List.of("exists", "equals", "contains", "compare", "count", "allOf", "anyOf", "not");

  /** Holds the fields of a record being read. */
  static final class Slots {
    /** Makes the slots of one record (one supplier for every table: a lambda spins a class). */
    static final Supplier<Slots> NEW = Slots::new;

    final Object[] v = new Object[6];

    /** Sets slot {@code i}: one class for every field, where a lambda each would spin one. */
    static <V> BiConsumer<Slots, V> slot(int i) {
      return new Slot<>(i);
    }
  }

  private record Slot<V>(int i) implements BiConsumer<Slots, V> {
    @Override
    public void accept(Slots slots, V value) {
      slots.v[i] = value;
    }
  }

  /** A rule target, {@code { "area"?, "path" }}. */
  static final ObjectSpec<Target, Slots> TARGET =
      targetFields(ObjectSpec.<Target, Slots>of("Target", Target.class, Slots.NEW,
              Part.TARGET.as()))
          .invalid("the target is not valid")
          .build();

  private final ObjectSpec<Condition.Exists, Slots> exists;
  private final ObjectSpec<Condition.Equals, Slots> equals;
  private final ObjectSpec<Condition.Contains, Slots> contains;
  private final ObjectSpec<Condition.Compare, Slots> compare;
  private final ObjectSpec<Condition.Count, Slots> count;

  ConditionCodec() {
    exists =
        targetFields(ObjectSpec.<Condition.Exists, Slots>of(
                "Exists", Condition.Exists.class, Slots.NEW, Part.EXISTS.as()))
            .build();
    equals =
        targetFields(ObjectSpec.<Condition.Equals, Slots>of(
                "Equals", Condition.Equals.class, Slots.NEW, Part.EQUALS.as()))
            .required("value", Codecs.ANY, Part.VALUE.as(), Slots.slot(2))
            .build();
    contains =
        targetFields(ObjectSpec.<Condition.Contains, Slots>of(
                "Contains", Condition.Contains.class, Slots.NEW, Part.CONTAINS.as()))
            .required("value", Codecs.ANY, Part.VALUE.as(), Slots.slot(2))
            .build();
    compare =
        targetFields(ObjectSpec.<Condition.Compare, Slots>of(
                "Compare", Condition.Compare.class, Slots.NEW, Part.COMPARE.as()))
            .required("operator", Codecs.enumOf(ComparisonOperator.class), Part.OPERATOR.as(),
                Slots.slot(3))
            .required("value", Codecs.ANY, Part.VALUE.as(), Slots.slot(2))
            .build();
    count =
        targetFields(ObjectSpec.<Condition.Count, Slots>of(
                "Count", Condition.Count.class, Slots.NEW, Part.COUNT.as()))
            .optional("where", this, Part.WHERE.as(), Slots.slot(2))
            .optional("min", Codecs.INTEGER, Part.MIN.as(), Slots.slot(3))
            .optional("max", Codecs.INTEGER, Part.MAX.as(), Slots.slot(4))
            .invalid("a count needs \"min\" or \"max\"")
            .build();
  }

  private static <T> ObjectSpecBuilder<T, Slots> targetFields(ObjectSpecBuilder<T, Slots> spec) {
    return spec.optional("area", Codecs.AREA_CODE, Part.AREA.as(), Slots.slot(0))
        .required("path", Codecs.POINTER, Part.PATH.as(), Slots.slot(1));
  }

  /**
   * What the tables of conditions read from a target or condition, and how they make one from
   * its slots: the cases of one switch, where a lambda or method reference each would spin a
   * class of its own (21 of them) when a framework is first read (see {@code Codecs.Scalar}).
   */
  private enum Part implements Function<Object, Object> {
    /** The target's area, or null. */
    AREA,
    /** The target's path. */
    PATH,
    /** The literal of {@code equals}, {@code contains} and {@code compare}. */
    VALUE,
    /** The operator of {@code compare}. */
    OPERATOR,
    /** The {@code where} of {@code count}, or null. */
    WHERE,
    /** The {@code min} of {@code count}, or null. */
    MIN,
    /** The {@code max} of {@code count}, or null. */
    MAX,
    /** Makes a target from its slots. */
    TARGET,
    /** Makes an {@code exists} from its slots. */
    EXISTS,
    /** Makes an {@code equals} from its slots. */
    EQUALS,
    /** Makes a {@code contains} from its slots. */
    CONTAINS,
    /** Makes a {@code compare} from its slots. */
    COMPARE,
    /** Makes a {@code count} from its slots. */
    COUNT;

    @Override
    public Object apply(Object o) {
      if (o instanceof Slots s) {
        Target target = new Target(Optional.ofNullable((AreaCode) s.v[0]), (String) s.v[1]);
        return switch (this) {
          case TARGET -> target;
          case EXISTS -> new Condition.Exists(target);
          case EQUALS -> new Condition.Equals(target, (JsonValue) s.v[2]);
          case CONTAINS -> new Condition.Contains(target, (JsonValue) s.v[2]);
          case COMPARE -> new Condition.Compare(
              target, (ComparisonOperator) s.v[3], (JsonValue) s.v[2]);
          case COUNT -> new Condition.Count(target, Optional.ofNullable((Condition) s.v[2]),
              Optional.ofNullable((Integer) s.v[3]), Optional.ofNullable((Integer) s.v[4]));
          default -> throw new IllegalStateException(this + " makes nothing");
        };
      }
      return switch (this) {
        case AREA -> target(o).area().orElse(null);
        case PATH -> target(o).path();
        case VALUE -> o instanceof Condition.Equals c ? c.value()
            : o instanceof Condition.Contains c ? c.value() : ((Condition.Compare) o).value();
        case OPERATOR -> ((Condition.Compare) o).operator();
        case WHERE -> ((Condition.Count) o).where().orElse(null);
        case MIN -> ((Condition.Count) o).min().orElse(null);
        case MAX -> ((Condition.Count) o).max().orElse(null);
        default -> throw new IllegalStateException(this + " reads nothing");
      };
    }

    private static Target target(Object o) {
      if (o instanceof Target t) {
        return t;
      } else if (o instanceof Condition.Exists c) {
        return c.target();
      } else if (o instanceof Condition.Equals c) {
        return c.target();
      } else if (o instanceof Condition.Contains c) {
        return c.target();
      } else if (o instanceof Condition.Compare c) {
        return c.target();
      }
      return ((Condition.Count) o).target();
    }

    /** This part as the function a table field or builder takes; the table pins the types. */
    @SuppressWarnings("unchecked")
    <F> F as() {
      return (F) this;
    }
  }

  @Override
  public JsonValue write(Condition value) {
    if (value instanceof Condition.Exists c) {
      return operator("exists", exists.write(c));
    } else if (value instanceof Condition.Equals c) {
      return operator("equals", equals.write(c));
    } else if (value instanceof Condition.Contains c) {
      return operator("contains", contains.write(c));
    } else if (value instanceof Condition.Compare c) {
      return operator("compare", compare.write(c));
    } else if (value instanceof Condition.Count c) {
      return operator("count", count.write(c));
    } else if (value instanceof Condition.AllOf c) {
      return operator("allOf", writeAll(c.conditions()));
    } else if (value instanceof Condition.AnyOf c) {
      return operator("anyOf", writeAll(c.conditions()));
    }
    return operator("not", write(((Condition.Not) value).condition()));
  }

  /** The object whose one member is the operator. */
  private static JsonValue operator(String op, JsonValue operand) {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    members.put(op, operand);
    return new JsonValue.JsonObject(members);
  }

  private JsonValue writeAll(List<Condition> conditions) {
    List<JsonValue> elements = new ArrayList<>(conditions.size());
    for (Condition c : conditions) {
      elements.add(write(c));
    }
    return new JsonValue.JsonArray(elements);
  }

  @Override
  public Condition read(Node node, Problems problems, Pointer at) {
    if (node.type() != Node.OBJECT) {
      problems.typeMismatch(at, node, "a condition object");
      return null;
    }
    if (node.size() != 1) {
      problems.error(FindingCodes.INVALID_VALUE, at, node,
          "a condition has exactly one member, its operator: " + String.join(", ", OPERATORS));
      return null;
    }
    String op = node.name(0);
    Condition condition = readOperand(op, node.value(0), problems, at.push(op));
    at.pop();
    return condition;
  }

  private Condition readOperand(String op, Node operand, Problems problems, Pointer at) {
    if (operand.type() == Node.NULL) {
      problems.error(FindingCodes.REQUIRED, at, operand,
          "the operand of " + Text.quote(op) + " is null");
      return null;
    }
    switch (op) {
      case "exists":
        return exists.read(operand, problems, at);
      case "equals":
        return equals.read(operand, problems, at);
      case "contains":
        return contains.read(operand, problems, at);
      case "compare":
        return compare.read(operand, problems, at);
      case "count":
        return count.read(operand, problems, at);
      case "allOf":
      case "anyOf": {
        List<Condition> all = readAll(operand, problems, at);
        if (all == null) {
          return null;
        }
        return op.equals("allOf") ? new Condition.AllOf(all) : new Condition.AnyOf(all);
      }
      case "not": {
        Condition negated = read(operand, problems, at);
        return negated == null ? null : new Condition.Not(negated);
      }
      default:
        problems.error(FindingCodes.UNKNOWN_FIELD, at, operand,
            "unknown condition operator " + Text.quote(op) + "; one of "
                + String.join(", ", OPERATORS));
        return null;
    }
  }

  private List<Condition> readAll(Node node, Problems problems, Pointer at) {
    if (node.type() != Node.ARRAY) {
      problems.typeMismatch(at, node, "an array of conditions");
      return null;
    }
    if (node.size() == 0) {
      problems.error(FindingCodes.INVALID_VALUE, at, node, "needs at least one condition");
      return null;
    }
    List<Condition> all = new ArrayList<>(node.size());
    boolean ok = true;
    for (int i = 0; i < node.size(); i++) {
      Condition c = read(node.value(i), problems, at.push(i));
      at.pop();
      if (c == null) {
        ok = false;
      } else {
        all.add(c);
      }
    }
    return ok ? all : null;
  }

  @Override
  public JsonValue schema(SchemaContext context) {
    return context.ref("Condition", () -> definition(context));
  }

  private JsonValue definition(SchemaContext context) {
    JsonValue self = context.ref("Condition", () -> JsonValue.NULL);
    JsonValue list = Schemas.object("type", "array", "minItems", 1, "items", self);
    return Schemas.object(
        "type", "object",
        "description", "A condition: exactly one member, named after its operator.",
        "minProperties", 1,
        "maxProperties", 1,
        "properties",
            Schemas.object(
                "exists", exists.schema(context),
                "equals", equals.schema(context),
                "contains", contains.schema(context),
                "compare", compare.schema(context),
                "count", count.schema(context),
                "allOf", list,
                "anyOf", list,
                "not", self),
        "additionalProperties", JsonValue.FALSE);
  }
}
