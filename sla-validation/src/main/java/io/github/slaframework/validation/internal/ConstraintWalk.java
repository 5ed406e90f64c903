package io.github.slaframework.validation.internal;

import io.github.slaframework.validation.internal.CompiledConstraints.BeanPlan;
import io.github.slaframework.validation.internal.CompiledConstraints.Property;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One walk over one object graph along its {@linkplain CompiledConstraints compiled plans}. The
 * path to the current value is a stack of segments (a property name, or an index as {@code null}
 * name), turned into a JSON Pointer only when a value breaks a constraint: a valid model costs no
 * string at all. Not thread-safe: one walk per validation.
 */
final class ConstraintWalk {

  /** Where a walk sends what it finds. */
  interface Sink {

    /**
     * A value that breaks a constraint.
     *
     * @param constraint the constraint
     * @param pointer the JSON Pointer of the value
     * @param value the value
     */
    void violation(CompiledConstraint constraint, String pointer, Object value);
  }

  private final CompiledConstraints constraints;
  private final Sink sink;
  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;

  ConstraintWalk(CompiledConstraints constraints, Sink sink) {
    this.constraints = constraints;
    this.sink = sink;
  }

  private void push(String name, int index) {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
    names[depth] = name;
    indexes[depth] = index;
    depth++;
  }

  private String pointer() {
    StringBuilder sb = new StringBuilder(depth * 12);
    for (int i = 0; i < depth; i++) {
      sb.append('/');
      if (names[i] == null) {
        sb.append(indexes[i]);
      } else {
        sb.append(names[i]); // property names hold neither '~' nor '/'
      }
    }
    return sb.toString();
  }

  /**
   * Checks an object and everything it cascades to.
   *
   * @param bean the object
   */
  void bean(Object bean) {
    BeanPlan plan = constraints.plan(bean.getClass());
    for (Property property : plan.properties()) {
      Object value = read(property, bean);
      push(property.name(), 0);
      check(property.constraints(), value);
      if (value != null) {
        if (!property.elementConstraints().isEmpty()) {
          elements(property, value, true);
        }
        if (property.cascade()) {
          elements(property, value, false);
        }
      }
      depth--;
    }
  }

  private void check(List<CompiledConstraint> list, Object value) {
    for (int i = 0; i < list.size(); i++) {
      CompiledConstraint constraint = list.get(i);
      if (!constraint.test(value)) {
        sink.violation(constraint, pointer(), value);
      }
    }
  }

  /** Checks the element constraints of each value a property holds, or cascades into each. */
  private void elements(Property property, Object value, boolean check) {
    switch (property.container()) {
      case NONE -> element(property, value, check);
      case OPTIONAL -> {
        Optional<?> optional = (Optional<?>) value;
        if (optional.isPresent()) {
          element(property, optional.get(), check);
        }
      }
      case LIST -> {
        List<?> list = (List<?>) value;
        for (int i = 0; i < list.size(); i++) {
          push(null, i);
          element(property, list.get(i), check);
          depth--;
        }
      }
    }
  }

  private void element(Property property, Object element, boolean check) {
    if (check) {
      check(property.elementConstraints(), element);
    } else if (element != null) {
      bean(element);
    }
  }

  private static Object read(Property property, Object bean) {
    try {
      return property.getter().invokeExact(bean);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("accessor " + property.name() + " failed", e);
    }
  }
}
