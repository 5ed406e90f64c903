package io.github.slaframework.validation.internal;

import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.constraints.PositivePeriod;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The model's Jakarta constraints compiled once into direct checks, so that validating an
 * agreement walks the model in plain Java instead of through Hibernate Validator's generic engine
 * (its per-bean value contexts, property paths and reflection dominated validation time).
 *
 * <p>What is compiled is read from the same annotations Hibernate Validator reads: every
 * constraint and {@code @Valid} on the no-argument accessors of a model class and of all its
 * supertypes, on the accessor itself or on the element of its {@code List} or {@code Optional}
 * result. Only constraints whose meaning is fixed by the Jakarta specification and simple to state
 * are compiled ({@code @NotBlank}, {@code @Size}, {@code @Pattern}, {@code @Positive},
 * {@code @PositiveOrZero}, {@code @DecimalMin}, {@code @DecimalMax}) plus the model's own
 * {@code @PositivePeriod}; {@code @Email} is compiled as a test that only accepts plain addresses,
 * and a value it does not accept is decided by Hibernate Validator ({@code validateProperty}).
 * Everything else stays with Hibernate Validator, at the smallest scope that keeps its meaning:
 *
 * <ul>
 *   <li>an accessor with any other constraint, or with constraints on a type this class does not
 *       unwrap, is checked by {@code Validator.validateProperty};
 *   <li>a class with class-level or field constraints, groups or anything else unusual, and any
 *       object whose class was not compiled (a hand-written implementation of a model interface),
 *       is validated whole by {@code Validator.validate}.
 * </ul>
 *
 * <p>{@code CompiledConstraintsTests} holds the compiled form to Hibernate Validator's own
 * metadata for every model class, its findings to Hibernate Validator's on every leaf of the
 * sample agreements broken in several ways, and every address it accepts as plain to Hibernate
 * Validator's reading of {@code @Email}. Immutable and thread-safe.
 */
final class CompiledConstraints {

  /** Where a walk sends what it finds. */
  interface Sink {

    /**
     * A value that breaks a compiled constraint.
     *
     * @param constraint the constraint
     * @param pointer the JSON Pointer of the value
     * @param value the value
     */
    void violation(CompiledConstraint constraint, String pointer, Object value);

    /**
     * An object to validate whole with Hibernate Validator.
     *
     * @param bean the object
     * @param pointer its JSON Pointer
     */
    void bean(Object bean, String pointer);

    /**
     * A property to validate with Hibernate Validator ({@code validateProperty}).
     *
     * @param bean the object holding the property
     * @param property the property name
     * @param pointer the JSON Pointer of the object
     */
    void property(Object bean, String property, String pointer);
  }

  /**
   * One compiled constraint: its annotation, attributes and test. A conclusive test decides; a
   * test that is not conclusive only accepts what is surely valid (the plain e-mail addresses of
   * {@code @Email}), and Hibernate Validator decides the rest.
   */
  record CompiledConstraint(
      Annotation annotation,
      Map<String, Object> attributes,
      Predicate<Object> test,
      boolean conclusive) {}

  /** How a property's result holds the value its element constraints and cascade apply to. */
  enum Container {
    /** The result itself. */
    NONE,
    /** The value of a present {@link Optional}; an empty one is an absent field. */
    OPTIONAL,
    /** Each element of a {@link List}, at its index. */
    LIST
  }

  /**
   * A compiled property: its accessor, constraints and cascade; {@code delegated} when Hibernate
   * Validator checks its constraints, {@code conclusive} when all its tests are.
   */
  record Property(
      String name,
      MethodHandle getter,
      List<CompiledConstraint> constraints,
      Container container,
      List<CompiledConstraint> elementConstraints,
      boolean cascade,
      boolean delegated,
      boolean conclusive) {}

  /** The compiled form of one class; {@code null} properties means "validate whole by HV". */
  record BeanPlan(List<Property> properties) {}

  private static final Set<String> NOT_PROPERTIES =
      Set.of("hashCode", "toString", "getClass", "clone", "notify", "notifyAll", "wait");

  private static final Set<Class<? extends Annotation>> COMPILED =
      Set.of(
          NotBlank.class,
          Size.class,
          Pattern.class,
          Positive.class,
          PositiveOrZero.class,
          Email.class,
          DecimalMin.class,
          DecimalMax.class,
          PositivePeriod.class);

  /** The plan of a class validated whole by Hibernate Validator. */
  private static final BeanPlan WHOLE = new BeanPlan(null);

  private final Map<Class<?>, BeanPlan> plans;

  /** The plan of each class met, looked up once per class (a map probe per bean showed). */
  private final ClassValue<BeanPlan> byClass =
      new ClassValue<>() {
        @Override
        protected BeanPlan computeValue(Class<?> type) {
          return plans.getOrDefault(type, WHOLE);
        }
      };

  private CompiledConstraints(Map<Class<?>, BeanPlan> plans) {
    this.plans = plans;
  }

  /**
   * Compiles the constraints of classes.
   *
   * @param classes the concrete classes whose instances the walk meets
   * @return the compiled constraints
   */
  static CompiledConstraints compile(Set<Class<?>> classes) {
    Map<Class<?>, BeanPlan> plans = new HashMap<>();
    for (Class<?> type : classes) {
      plans.put(type, compilePlan(type));
    }
    return new CompiledConstraints(Map.copyOf(plans));
  }

  /**
   * The compiled form of a class.
   *
   * @param type a class
   * @return its plan, empty when instances of the class are validated whole by Hibernate Validator
   */
  Optional<BeanPlan> plan(Class<?> type) {
    BeanPlan plan = plans.get(type);
    return plan == null || plan.properties() == null ? Optional.empty() : Optional.of(plan);
  }

  /**
   * Checks an object and everything it cascades to.
   *
   * @param bean the object
   * @param sink where violations and delegated parts go
   */
  void validate(Object bean, Sink sink) {
    new Walk(sink).bean(bean);
  }

  /**
   * One walk over one object graph. The path to the current value is a stack of segments (a
   * property name, or an index as {@code null} name), turned into a JSON Pointer only when
   * something is reported: a valid model costs no string at all.
   */
  private final class Walk {

    private final Sink sink;
    private String[] names = new String[16];
    private int[] indexes = new int[16];
    private int depth;

    Walk(Sink sink) {
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

    void bean(Object bean) {
      BeanPlan plan = byClass.get(bean.getClass());
      if (plan.properties() == null) {
        sink.bean(bean, pointer());
        return;
      }
      for (Property property : plan.properties()) {
        Object value = read(property, bean);
        if (property.delegated() || !property.conclusive() && !surelyValid(property, value)) {
          sink.property(bean, property.name(), pointer());
        } else {
          push(property.name(), 0);
          check(property.constraints(), value);
          if (!property.elementConstraints().isEmpty() && value != null) {
            elements(property, value, true);
          }
          depth--;
        }
        if (property.cascade() && value != null) {
          push(property.name(), 0);
          elements(property, value, false);
          depth--;
        }
      }
    }

    private void check(List<CompiledConstraint> constraints, Object value) {
      for (int i = 0; i < constraints.size(); i++) {
        CompiledConstraint constraint = constraints.get(i);
        if (!constraint.test().test(value)) {
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
  }

  /** Whether every test of a property's constraints accepts its value and elements. */
  private static boolean surelyValid(Property property, Object value) {
    if (!passes(property.constraints(), value)) {
      return false;
    }
    if (value == null || property.elementConstraints().isEmpty()) {
      return true;
    }
    return switch (property.container()) {
      case NONE -> true;
      case OPTIONAL -> ((Optional<?>) value).map(e -> passes(property.elementConstraints(), e)).orElse(true);
      case LIST -> ((List<?>) value).stream().allMatch(e -> passes(property.elementConstraints(), e));
    };
  }

  private static boolean passes(List<CompiledConstraint> constraints, Object value) {
    for (CompiledConstraint constraint : constraints) {
      if (!constraint.test().test(value)) {
        return false;
      }
    }
    return true;
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

  // ---------------------------------------------------------------------------------------------
  // Compiling

  private static BeanPlan compilePlan(Class<?> type) {
    if (!Modifier.isPublic(type.getModifiers())) {
      return WHOLE;
    }
    List<Class<?>> hierarchy = hierarchy(type);
    Map<String, List<Method>> accessors = new LinkedHashMap<>();
    for (Class<?> c : hierarchy) {
      if (hasConstraintOrValid(c.getAnnotations())) {
        return WHOLE; // class-level constraints, group sequences
      }
      for (Field field : c.getDeclaredFields()) {
        if (hasConstraintOrValid(field.getAnnotations())
            || typeUseAnnotated(field.getAnnotatedType())) {
          return WHOLE;
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
      Optional<Property> property = property(type, e.getKey(), e.getValue());
      if (property == null) {
        return WHOLE;
      }
      property.ifPresent(properties::add);
    }
    return new BeanPlan(List.copyOf(properties));
  }

  /** The class, its superclasses and all their interfaces. */
  private static List<Class<?>> hierarchy(Class<?> type) {
    List<Class<?>> out = new ArrayList<>();
    addHierarchy(type, out);
    return out;
  }

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
   * A property from the accessors declaring it in the hierarchy: empty when none carries a
   * constraint or {@code @Valid}; {@code null} when the class must be validated whole.
   */
  private static Optional<Property> property(Class<?> type, String name, List<Method> methods) {
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
      // A constraint that may also be a type annotation appears on the result type too: the
      // type's own annotations repeat the method's; only its type arguments add anything.
      if (method.getAnnotatedReturnType() instanceof AnnotatedParameterizedType parameterized
          && typeArgumentsAnnotated(parameterized)) {
        AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
        Class<?> raw = method.getReturnType();
        if (arguments.length != 1
            || arguments[0] instanceof AnnotatedParameterizedType
            || !(arguments[0].getType() instanceof Class<?> argument)) {
          return null; // nested containers, wildcards, type variables
        }
        elementType = argument;
        if (raw == Optional.class) {
          container = Container.OPTIONAL;
        } else if (raw == List.class) {
          container = Container.LIST;
        } else {
          return null;
        }
        for (Annotation a : arguments[0].getAnnotations()) {
          if (a instanceof Valid) {
            elementValid = true;
          } else if (isConstraint(a)) {
            element.add(a);
          }
        }
      }
    }
    if (direct.isEmpty() && element.isEmpty() && !valid && !elementValid) {
      return Optional.empty();
    }
    if (valid && (elementValid || Collection.class.isAssignableFrom(methods.get(0).getReturnType())
        || methods.get(0).getReturnType() == Optional.class)) {
      return null; // @Valid on a container itself: legacy cascading, left to Hibernate Validator
    }
    MethodHandle getter = getter(type, name);
    if (getter == null) {
      return null;
    }
    List<CompiledConstraint> directCompiled = compiled(direct, methods.get(0).getReturnType());
    List<CompiledConstraint> elementCompiled = compiled(element, elementType);
    boolean delegated = directCompiled == null || elementCompiled == null;
    List<CompiledConstraint> constraints = delegated ? List.of() : directCompiled;
    List<CompiledConstraint> elementConstraints = delegated ? List.of() : elementCompiled;
    return Optional.of(
        new Property(
            name,
            getter,
            constraints,
            container,
            elementConstraints,
            valid || elementValid,
            delegated,
            Stream.concat(constraints.stream(), elementConstraints.stream())
                .allMatch(CompiledConstraint::conclusive)));
  }

  private static MethodHandle getter(Class<?> type, String name) {
    try {
      Method method = type.getMethod(name);
      return MethodHandles.publicLookup()
          .unreflect(method)
          .asType(MethodType.methodType(Object.class, Object.class));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return null;
    }
  }

  private static boolean typeUseAnnotated(AnnotatedType type) {
    return type.getAnnotations().length > 0
        || type instanceof AnnotatedParameterizedType parameterized
            && typeArgumentsAnnotated(parameterized);
  }

  private static boolean typeArgumentsAnnotated(AnnotatedParameterizedType type) {
    for (AnnotatedType argument : type.getAnnotatedActualTypeArguments()) {
      if (typeUseAnnotated(argument)) {
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
   * {@code @Size.List}), which Hibernate Validator also applies.
   */
  private static boolean isConstraint(Annotation a) {
    Class<? extends Annotation> type = a.annotationType();
    if (type.isAnnotationPresent(Constraint.class)
        || type.getName().startsWith("jakarta.validation.constraints.")) {
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

  /** The compiled constraints, or {@code null} when one of them is not compiled. */
  private static List<CompiledConstraint> compiled(List<Annotation> annotations, Class<?> type) {
    List<CompiledConstraint> out = new ArrayList<>();
    for (Annotation a : annotations) {
      Map<String, Object> attributes = attributes(a);
      Object groups = attributes.get("groups");
      if (type == null
          || !COMPILED.contains(a.annotationType())
          || !(groups instanceof Class<?>[] g && g.length == 0)) {
        return null;
      }
      Predicate<Object> test = test(a, type);
      if (test == null) {
        return null;
      }
      if (out.stream().noneMatch(c -> c.annotation().equals(a))) {
        out.add(new CompiledConstraint(a, attributes, test, !(a instanceof Email)));
      }
    }
    return List.copyOf(out);
  }

  /**
   * The test of a constraint on values of a type, as the Jakarta Bean Validation specification
   * defines it ({@code null} is valid for all but {@code @NotBlank}); {@code null} when the type
   * is not one this class checks.
   */
  private static Predicate<Object> test(Annotation a, Class<?> type) {
    if (a instanceof NotBlank) {
      // "At least one non-whitespace character", whitespace as Character.isWhitespace has it.
      return CharSequence.class.isAssignableFrom(type)
          ? v -> v != null && !blank((CharSequence) v)
          : null;
    }
    if (a instanceof Size size) {
      int min = size.min();
      int max = size.max();
      if (CharSequence.class.isAssignableFrom(type)) {
        return v -> v == null || within(((CharSequence) v).length(), min, max);
      }
      if (Collection.class.isAssignableFrom(type)) {
        return v -> v == null || within(((Collection<?>) v).size(), min, max);
      }
      return null;
    }
    if (a instanceof Pattern pattern) {
      if (!CharSequence.class.isAssignableFrom(type)) {
        return null;
      }
      int flags = 0;
      for (Pattern.Flag flag : pattern.flags()) {
        flags |= flag.getValue();
      }
      java.util.regex.Pattern regex = java.util.regex.Pattern.compile(pattern.regexp(), flags);
      return v -> v == null || regex.matcher((CharSequence) v).matches();
    }
    if (a instanceof Positive) {
      return sign(type, s -> s > 0);
    }
    if (a instanceof PositiveOrZero) {
      return sign(type, s -> s >= 0);
    }
    if (a instanceof DecimalMin min) {
      BigDecimal bound = new BigDecimal(min.value());
      boolean inclusive = min.inclusive();
      return type == BigDecimal.class
          ? v -> v == null || compare((BigDecimal) v, bound, inclusive, 1)
          : null;
    }
    if (a instanceof DecimalMax max) {
      BigDecimal bound = new BigDecimal(max.value());
      boolean inclusive = max.inclusive();
      return type == BigDecimal.class
          ? v -> v == null || compare((BigDecimal) v, bound, inclusive, -1)
          : null;
    }
    if (a instanceof Email email) {
      // Only the plain addresses; an address with a pattern of its own goes to Hibernate Validator.
      boolean plain = email.regexp().equals(".*") && email.flags().length == 0;
      return plain && CharSequence.class.isAssignableFrom(type)
          ? v -> v == null || plainEmail((CharSequence) v)
          : null;
    }
    if (a instanceof PositivePeriod) {
      PositivePeriodValidator validator = new PositivePeriodValidator();
      return type == IsoPeriod.class ? v -> validator.isValid((IsoPeriod) v, null) : null;
    }
    return null;
  }

  /**
   * A label of a host name: letters and digits, with hyphens inside, at most 63 characters (the
   * limit of a DNS label).
   */
  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";

  /**
   * The plain e-mail addresses: dot-separated words of letters, digits, {@code _}, {@code +} and
   * {@code -}, then {@code @} and a host name. Every one of them is a valid address for any
   * reading of {@code @Email} (and for Hibernate Validator's, which its tests check); what is not
   * plain (quoted parts, other symbols, non-ASCII letters, address literals) is left to Hibernate
   * Validator.
   */
  private static final java.util.regex.Pattern PLAIN_EMAIL =
      java.util.regex.Pattern.compile(
          "[A-Za-z0-9_+-]+(?:\\.[A-Za-z0-9_+-]+)*@" + LABEL + "(?:\\." + LABEL + ")*");

  static boolean plainEmail(CharSequence text) {
    int at = text.toString().lastIndexOf('@');
    return at > 0
        && at <= 64 // the longest local part
        && text.length() - at - 1 <= 253 // the longest host name
        && PLAIN_EMAIL.matcher(text).matches();
  }

  private static boolean blank(CharSequence text) {
    for (int i = 0; i < text.length(); ) {
      int c = Character.codePointAt(text, i);
      if (!Character.isWhitespace(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean within(int size, int min, int max) {
    return size >= min && size <= max;
  }

  /** {@code value} is beyond {@code bound} in {@code direction} (1 above, -1 below), or equal. */
  private static boolean compare(BigDecimal value, BigDecimal bound, boolean inclusive, int direction) {
    int c = value.compareTo(bound) * direction;
    return inclusive ? c >= 0 : c > 0;
  }

  /** A sign test for integral numbers and big decimals; {@code null} for any other type. */
  private static Predicate<Object> sign(Class<?> type, java.util.function.IntPredicate signum) {
    if (type == int.class
        || type == Integer.class
        || type == long.class
        || type == Long.class
        || type == short.class
        || type == Short.class
        || type == byte.class
        || type == Byte.class) {
      return v -> v == null || signum.test(Long.signum(((Number) v).longValue()));
    }
    if (type == BigDecimal.class) {
      return v -> v == null || signum.test(((BigDecimal) v).signum());
    }
    if (type == BigInteger.class) {
      return v -> v == null || signum.test(((BigInteger) v).signum());
    }
    return null;
  }

  /** An annotation's attributes by name, as Hibernate Validator's descriptors report them. */
  static Map<String, Object> attributes(Annotation annotation) {
    Map<String, Object> out = new HashMap<>();
    Method[] methods = annotation.annotationType().getDeclaredMethods();
    Arrays.sort(methods, (x, y) -> x.getName().compareTo(y.getName()));
    for (Method m : methods) {
      if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())) {
        try {
          out.put(m.getName(), m.invoke(annotation));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("attribute " + m.getName() + " of " + annotation, e);
        }
      }
    }
    return Map.copyOf(out);
  }
}
