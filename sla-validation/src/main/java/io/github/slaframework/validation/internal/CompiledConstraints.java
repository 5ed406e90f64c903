package io.github.slaframework.validation.internal;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Jakarta constraints of the model compiled into plans that {@link ConstraintWalk} follows:
 * the one Bean Validation engine of this module (docs/adr/0001-constraint-engine.md).
 *
 * <p>What is compiled is read from the annotations Hibernate Validator would read: every
 * constraint and {@code @Valid} on the no-argument accessors of a class and of all its supertypes,
 * on the accessor itself or on the element of its {@code List} or {@code Optional} result. The
 * constraints are those of {@link CompiledConstraint#of}. A class is compiled when the walk first
 * meets it, so a hand-written implementation of a model interface is checked by the constraints
 * of the interface, like any class of the model. A class the walk cannot check exactly as the
 * specification says (class-level or field constraints, groups, another constraint, {@code @Valid}
 * on a container, nested containers) is refused with an {@link IllegalStateException} naming it,
 * never checked in part.
 *
 * <p>{@code CompiledConstraintsTests} holds the plans to Hibernate Validator's metadata for every
 * model class, and the findings of the walk to Hibernate Validator's on over 2,000 broken
 * documents. Immutable and thread-safe.
 */
final class CompiledConstraints {

  /** How a property's result holds the value its element constraints and cascade apply to. */
  enum Container {
    /** The result itself. */
    NONE,
    /** The value of a present {@link Optional}; an empty one is an absent field. */
    OPTIONAL,
    /** Each element of a {@link List}, at its index. */
    LIST
  }

  /** A compiled property: its accessor, its constraints and those of its elements, its cascade. */
  record Property(
      String name,
      MethodHandle getter,
      List<CompiledConstraint> constraints,
      Container container,
      List<CompiledConstraint> elementConstraints,
      boolean cascade) {}

  /** The compiled form of one class: its constrained or cascaded properties. */
  record BeanPlan(List<Property> properties) {}

  /** The constraints of the whole JVM: the model's classes are compiled once, on first use. */
  static final CompiledConstraints MODEL = new CompiledConstraints();

  private static final Set<String> NOT_PROPERTIES =
      Set.of("hashCode", "toString", "getClass", "clone", "notify", "notifyAll", "wait");

  /** The plan of each class met, compiled on first meeting. */
  private final ClassValue<BeanPlan> plans =
      new ClassValue<>() {
        @Override
        protected BeanPlan computeValue(Class<?> type) {
          return compilePlan(type);
        }
      };

  /**
   * The plans of the model's own classes once {@link #compile} has made them: one lookup in an
   * immutable map per object walked, where {@link ClassValue} has to search past the other values
   * the JDK keeps per class (a model class has several) on most calls. Other classes, such as a
   * hand-written implementation of a model interface, go through {@link #plans}, which does not
   * keep their class loader alive.
   */
  private volatile Map<Class<?>, BeanPlan> compiled = Map.of();

  private CompiledConstraints() {}

  /**
   * The plan of a class, compiled on first use.
   *
   * @param type a class
   * @return its plan
   * @throws IllegalStateException when the class declares constraints the walk does not check
   */
  BeanPlan plan(Class<?> type) {
    BeanPlan plan = compiled.get(type);
    return plan != null ? plan : plans.get(type);
  }

  /**
   * Compiles the plans of classes of this library's model ahead of the first walk.
   *
   * @param types the model's classes (they share this library's class loader)
   */
  void compile(Set<Class<?>> types) {
    Map<Class<?>, BeanPlan> all = new HashMap<>();
    for (Class<?> type : types) {
      all.put(type, plans.get(type));
    }
    compiled = Map.copyOf(all);
  }

  /**
   * Checks an object and everything it cascades to.
   *
   * @param bean the object
   * @param sink where violations go
   */
  void validate(Object bean, ConstraintWalk.Sink sink) {
    new ConstraintWalk(this, sink).bean(bean);
  }

  private static IllegalStateException unsupported(Class<?> type, String what) {
    return new IllegalStateException(
        "cannot check the constraints of " + type.getName() + ": " + what
            + " (see docs/adr/0001-constraint-engine.md)");
  }

  private static BeanPlan compilePlan(Class<?> type) {
    List<Class<?>> hierarchy = new ArrayList<>();
    addHierarchy(type, hierarchy);
    Map<String, List<Method>> accessors = new LinkedHashMap<>();
    for (Class<?> c : hierarchy) {
      if (hasConstraintOrValid(c.getAnnotations())) {
        throw unsupported(type, "class-level constraints on " + c.getName());
      }
      for (Field field : c.getDeclaredFields()) {
        if (hasConstraintOrValid(field.getAnnotations())
            || typeUseConstrained(field.getAnnotatedType())) {
          throw unsupported(type, "constraints on the field " + field.getName());
        }
      }
      for (Method method : c.getDeclaredMethods()) {
        if (isProperty(method)) {
          accessors.computeIfAbsent(method.getName(), k -> new ArrayList<>()).add(method);
        }
      }
    }
    List<Property> properties = new ArrayList<>();
    for (Map.Entry<String, List<Method>> e : accessors.entrySet()) {
      Property property = property(type, e.getKey(), e.getValue());
      if (property != null) {
        properties.add(property);
      }
    }
    return new BeanPlan(List.copyOf(properties));
  }

  /** The class, its superclasses and all their interfaces. */
  private static void addHierarchy(Class<?> type, List<Class<?>> out) {
    if (type == null || type == Object.class || out.contains(type)) {
      return;
    }
    out.add(type);
    addHierarchy(type.getSuperclass(), out);
    for (Class<?> i : type.getInterfaces()) {
      addHierarchy(i, out);
    }
  }

  private static boolean isProperty(Method method) {
    return method.getParameterCount() == 0
        && method.getReturnType() != void.class
        && !Modifier.isStatic(method.getModifiers())
        && !method.isSynthetic()
        && !method.isBridge()
        && !NOT_PROPERTIES.contains(method.getName());
  }

  /**
   * A property from the accessors declaring it in the hierarchy, or {@code null} when none
   * carries a constraint or {@code @Valid}.
   */
  private static Property property(Class<?> type, String name, List<Method> methods) {
    String where = "the property " + name;
    List<Annotation> direct = new ArrayList<>();
    List<Annotation> element = new ArrayList<>();
    boolean valid = false;
    boolean elementValid = false;
    Container container = Container.NONE;
    Class<?> elementType = null;
    for (Method method : methods) {
      for (Annotation a : method.getAnnotations()) {
        if (a instanceof Valid) {
          valid = true;
        } else if (isConstraint(a)) {
          direct.add(a);
        }
      }
      // Only a generic result can hold element constraints; its type annotations are parsed
      // only then (the method's own annotations repeat on the type; its arguments add the rest).
      if (method.getReturnType().getTypeParameters().length == 0
          || !(method.getAnnotatedReturnType() instanceof AnnotatedParameterizedType parameterized)
          || !typeArgumentsConstrained(parameterized)) {
        continue;
      }
      AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
      Class<?> raw = method.getReturnType();
      if (arguments.length != 1
          || arguments[0] instanceof AnnotatedParameterizedType
          || !(arguments[0].getType() instanceof Class<?> argument)) {
        throw unsupported(type, "nested containers, wildcards or type variables in " + where);
      }
      elementType = argument;
      if (raw == Optional.class) {
        container = Container.OPTIONAL;
      } else if (raw == List.class) {
        container = Container.LIST;
      } else {
        throw unsupported(type, "element constraints on a " + raw.getSimpleName() + " in " + where);
      }
      for (Annotation a : arguments[0].getAnnotations()) {
        if (a instanceof Valid) {
          elementValid = true;
        } else if (isConstraint(a)) {
          element.add(a);
        }
      }
    }
    if (direct.isEmpty() && element.isEmpty() && !valid && !elementValid) {
      return null;
    }
    Class<?> result = methods.get(0).getReturnType();
    if (valid && (elementValid || Collection.class.isAssignableFrom(result) || result == Optional.class)) {
      throw unsupported(type, "@Valid on the container of " + where);
    }
    List<CompiledConstraint> constraints = compiled(type, where, direct, result);
    List<CompiledConstraint> elementConstraints = compiled(type, where, element, elementType);
    return new Property(
        name,
        getter(type, name, methods),
        constraints,
        container,
        elementConstraints,
        valid || elementValid);
  }

  /**
   * A handle on the accessor, through the first public type of the hierarchy that declares it
   * publicly (a hand-written implementation may be a private class; its interface is public).
   */
  private static MethodHandle getter(Class<?> type, String name, List<Method> methods) {
    for (Method method : methods) {
      if (Modifier.isPublic(method.getModifiers())
          && Modifier.isPublic(method.getDeclaringClass().getModifiers())) {
        try {
          return MethodHandles.publicLookup()
              .unreflect(method)
              .asType(MethodType.methodType(Object.class, Object.class));
        } catch (IllegalAccessException e) {
          // not accessible from here (a package that is not exported); try the next
        }
      }
    }
    throw unsupported(type, "no public accessor of the property " + name);
  }

  /** Whether a type or any of its type arguments carries a constraint or {@code @Valid}. */
  private static boolean typeUseConstrained(AnnotatedType type) {
    return hasConstraintOrValid(type.getAnnotations())
        || type instanceof AnnotatedParameterizedType parameterized
            && typeArgumentsConstrained(parameterized);
  }

  private static boolean typeArgumentsConstrained(AnnotatedParameterizedType type) {
    for (AnnotatedType argument : type.getAnnotatedActualTypeArguments()) {
      if (typeUseConstrained(argument)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasConstraintOrValid(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof Valid || isConstraint(a)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an annotation is a constraint, or a container of repeated constraints (such as
   * {@code @Size.List}), which Bean Validation also applies. The names of the specification's
   * own constraints are recognised without parsing their meta-annotations.
   */
  private static boolean isConstraint(Annotation a) {
    Class<? extends Annotation> type = a.annotationType();
    if (type.getName().startsWith("jakarta.validation.constraints.")
        || type.isAnnotationPresent(Constraint.class)) {
      return true;
    }
    try {
      Class<?> value = type.getMethod("value").getReturnType();
      return value.isArray()
          && value.getComponentType().isAnnotation()
          && value.getComponentType().isAnnotationPresent(Constraint.class);
    } catch (NoSuchMethodException noValue) {
      return false;
    }
  }

  /** The compiled constraints of a property or of its elements, each once. */
  private static List<CompiledConstraint> compiled(
      Class<?> type, String where, List<Annotation> annotations, Class<?> valueType) {
    List<CompiledConstraint> out = new ArrayList<>();
    for (Annotation a : annotations) {
      CompiledConstraint constraint = valueType == null ? null : CompiledConstraint.of(a, valueType);
      if (constraint == null || !defaultGroup(a)) {
        throw unsupported(type, "@" + a.annotationType().getName() + " on " + where);
      }
      if (!contains(out, a)) {
        out.add(constraint);
      }
    }
    return List.copyOf(out);
  }

  private static boolean contains(List<CompiledConstraint> constraints, Annotation a) {
    for (CompiledConstraint c : constraints) {
      if (c.annotation().equals(a)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a constraint names no group (the default group, the only one validated). */
  private static boolean defaultGroup(Annotation a) {
    try {
      return ((Class<?>[]) a.annotationType().getMethod("groups").invoke(a)).length == 0;
    } catch (ReflectiveOperationException | ClassCastException e) {
      return false;
    }
  }
}
