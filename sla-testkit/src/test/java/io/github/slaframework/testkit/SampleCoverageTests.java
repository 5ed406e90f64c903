package io.github.slaframework.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.framework.Framework;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every optional or collection attribute of the model reachable from {@link Agreement} and {@link
 * Framework} is set (present, non-empty) by at least one sample of this module, so that the
 * round-trip, schema and writer tests that take the samples exercise it. A new field fails here
 * until a sample sets it.
 *
 * <p>The model types are the Immutables value types of sla-core (an interface with an {@code
 * Immutable*} class beside it; their attributes are what the generated class has a {@code with*}
 * method for), the records of sla-core, and the permitted subtypes of its sealed interfaces. An
 * inherited attribute counts once, for the type that declares it ({@code Extensible.extensions},
 * {@code Section.clauses}).
 */
class SampleCoverageTests {

  private static final String CORE = "io.github.slaframework.core";

  /** {@code JsonValue}: the open value tree of extensions and rule literals, not model fields. */
  private static final String VALUES = "io.github.slaframework.core.value";

  private static final List<Class<?>> SAMPLE_CLASSES =
      List.of(SampleAgreements.class, SampleFrameworks.class, MeasurementSamples.class);

  @Test
  void everyOptionalOrCollectionAttributeIsSetBySomeSample() throws ReflectiveOperationException {
    Map<String, Method> attributes = new LinkedHashMap<>();
    collectAttributes(Agreement.class, attributes, new HashSet<>());
    collectAttributes(Framework.class, attributes, new HashSet<>());
    Set<String> set = new TreeSet<>();
    for (Object sample : samples()) {
      collectSet(sample, set);
    }

    Set<String> neverSet = new TreeSet<>(attributes.keySet());
    neverSet.removeAll(set);
    assertThat(neverSet)
        .as("attributes no sla-testkit sample sets: set each in a sample (SampleAgreements,"
            + " SampleFrameworks or MeasurementSamples)")
        .isEmpty();
  }

  @Test
  void walksTheWholeModel() throws ReflectiveOperationException {
    Map<String, Method> attributes = new LinkedHashMap<>();
    collectAttributes(Agreement.class, attributes, new HashSet<>());
    collectAttributes(Framework.class, attributes, new HashSet<>());

    assertThat(attributes.keySet())
        .contains("Agreement.waivers", "GovernanceSection.escalation", "Extensible.extensions",
            "Section.clauses", "Camera.location", "Count.where", "Profile.levels",
            "Rule.when", "Target.area")
        .doesNotContain("JsonObject.members")
        .hasSizeGreaterThan(60);
  }

  @Test
  void allHoldsEverySampleAgreement() throws ReflectiveOperationException {
    List<Agreement> agreements = new ArrayList<>();
    for (Object sample : samples()) {
      if (sample instanceof Agreement a) {
        agreements.add(a);
      }
    }

    assertThat(SampleAgreements.all()).containsExactlyInAnyOrderElementsOf(
        agreements.stream().distinct().toList());
  }

  /** The results of every public static sample method without parameters, lists flattened. */
  private static List<Object> samples() throws ReflectiveOperationException {
    List<Object> out = new ArrayList<>();
    for (Class<?> type : SAMPLE_CLASSES) {
      for (Method m : type.getMethods()) {
        if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
            && m.getDeclaringClass() == type) {
          Object value = m.invoke(null);
          if (value instanceof Collection<?> c) {
            out.addAll(c);
          } else {
            out.add(value);
          }
        }
      }
    }
    assertThat(out).hasSizeGreaterThan(5);
    return out;
  }

  /** Every optional or collection attribute of the model types reachable from {@code type}. */
  private static void collectAttributes(Type type, Map<String, Method> out, Set<Class<?>> seen) {
    Class<?> raw = raw(type);
    if (raw == null) {
      return;
    }
    if (type instanceof ParameterizedType p) {
      for (Type argument : p.getActualTypeArguments()) {
        collectAttributes(argument, out, seen);
      }
    }
    if (!isModel(raw) || !seen.add(raw)) {
      return;
    }
    if (raw.isSealed()) {
      for (Class<?> sub : raw.getPermittedSubclasses()) {
        collectAttributes(sub, out, seen);
      }
    }
    for (Method accessor : accessors(raw)) {
      Class<?> result = accessor.getReturnType();
      if (isOptionalOrCollection(result)) {
        out.putIfAbsent(key(accessor), accessor);
      }
      collectAttributes(accessor.getGenericReturnType(), out, seen);
    }
  }

  /** Records which attributes of {@code value} and of every model value inside it are set. */
  private static void collectSet(Object value, Set<String> out)
      throws ReflectiveOperationException {
    if (value == null) {
      return;
    }
    if (value instanceof Optional<?> o) {
      collectSet(o.orElse(null), out);
      return;
    }
    if (value instanceof Collection<?> c) {
      for (Object element : c) {
        collectSet(element, out);
      }
      return;
    }
    if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        collectSet(e.getKey(), out);
        collectSet(e.getValue(), out);
      }
      return;
    }
    Class<?> model = modelTypeOf(value.getClass());
    if (model == null) {
      return;
    }
    for (Method accessor : accessors(model)) {
      Object attribute = accessor.invoke(value);
      if (isSet(attribute)) {
        out.add(key(accessor));
      }
      collectSet(attribute, out);
    }
  }

  private static boolean isSet(Object attribute) {
    if (attribute instanceof Optional<?> o) {
      return o.isPresent();
    }
    if (attribute instanceof OptionalInt o) {
      return o.isPresent();
    }
    if (attribute instanceof Collection<?> c) {
      return !c.isEmpty();
    }
    if (attribute instanceof Map<?, ?> m) {
      return !m.isEmpty();
    }
    return attribute != null;
  }

  /** The attribute accessors of a model type: record components, or the Immutables attributes. */
  private static List<Method> accessors(Class<?> model) {
    List<Method> out = new ArrayList<>();
    if (model.isRecord()) {
      for (RecordComponent c : model.getRecordComponents()) {
        out.add(c.getAccessor());
      }
      return out;
    }
    Class<?> immutable = immutableOf(model);
    if (immutable == null) {
      return out;
    }
    Set<String> names = new TreeSet<>();
    for (Method m : immutable.getMethods()) {
      // the generated copy methods only: not the model's own, such as Agreement.withSection
      if (m.getName().startsWith("with") && m.getName().length() > 4
          && m.getParameterCount() == 1 && !Modifier.isStatic(m.getModifiers())
          && m.getDeclaringClass() == immutable) {
        String rest = m.getName().substring(4);
        names.add(Character.toLowerCase(rest.charAt(0)) + rest.substring(1));
      }
    }
    for (String name : names) {
      try {
        out.add(model.getMethod(name));
      } catch (NoSuchMethodException e) {
        throw new AssertionError(model.getSimpleName() + " has no accessor " + name, e);
      }
    }
    return out;
  }

  private static String key(Method accessor) {
    Class<?> owner = accessor.getDeclaringClass();
    return owner.getSimpleName() + "." + accessor.getName();
  }

  private static boolean isOptionalOrCollection(Class<?> type) {
    return type == Optional.class || type == OptionalInt.class
        || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
  }

  private static boolean isModel(Class<?> type) {
    return type.getPackageName().startsWith(CORE) && !type.getPackageName().equals(VALUES)
        && (type.isRecord() || type.isSealed() || immutableOf(type) != null);
  }

  /** The model type a value is an instance of: itself (a record) or its Immutables interface. */
  private static Class<?> modelTypeOf(Class<?> type) {
    if (type.isRecord()) {
      return isModel(type) ? type : null;
    }
    for (Class<?> i : type.getInterfaces()) {
      if (isModel(i) && immutableOf(i) == type) {
        return i;
      }
    }
    return null;
  }

  private static Class<?> immutableOf(Class<?> type) {
    if (!type.isInterface()) {
      return null;
    }
    try {
      return Class.forName(type.getPackageName() + ".Immutable" + type.getSimpleName(), false,
          type.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return null;
  }
}
