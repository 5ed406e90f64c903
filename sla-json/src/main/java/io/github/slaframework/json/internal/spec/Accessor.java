package io.github.slaframework.json.internal.spec;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A model getter, a builder setter, a builder factory or a build method, found once by name when
 * a table is built and called through a method handle. This one class serves every field of
 * every table: a method reference spins a hidden class at its first use (0.2 to 1 ms each in a cold
 * JVM, over 400 for the tables), while method handles share their code by shape. A method that is
 * missing or ambiguous fails the table's construction with the table and field named (see
 * docs/adr/0005-tables-by-reflection.md).
 *
 * <p>A setter is chosen as a method reference would choose it for the value type: among the
 * public one-parameter methods of the name, those that take the value without boxing, else with
 * boxing or unboxing; of those, the one whose parameter is most specific. So {@code title(String)}
 * wins over {@code title(Optional)}, {@code addRoles(PartyRole)} over {@code
 * addRoles(PartyRole...)} and {@code cameraCount(int)} takes an {@code Integer}.
 */
final class Accessor
    implements Supplier<Object>, Function<Object, Object>, BiConsumer<Object, Object> {

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();
  private static final MethodType SUPPLIER = MethodType.methodType(Object.class);
  private static final MethodType FUNCTION = MethodType.methodType(Object.class, Object.class);
  private static final MethodType CONSUMER =
      MethodType.methodType(void.class, Object.class, Object.class);

  private final Method method;
  /** The erased shape {@link #handle} is adapted to. */
  private final MethodType shape;
  /** Whether {@link #apply} gives the value of the {@code Optional} the getter returns, or null. */
  private final boolean unwrap;
  /**
   * The method's handle, made at the first call: a table is checked whole when it is built, but
   * only the accessors a document uses pay for a handle. A race makes two equal handles.
   */
  private MethodHandle handle;

  private Accessor(Method method, MethodType shape, boolean unwrap) {
    this.method = method;
    this.shape = shape;
    this.unwrap = unwrap;
  }

  private MethodHandle handle() {
    MethodHandle h = handle;
    if (h == null) {
      try {
        h = LOOKUP.unreflect(method).asType(shape);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot call " + method, e);
      }
      handle = h;
    }
    return h;
  }

  /** Makes a builder (a static no-argument factory). */
  @Override
  public Object get() {
    try {
      return (Object) handle().invokeExact();
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  /** Gets a value from a model object, builds a builder, or calls a one-parameter factory. */
  @Override
  public Object apply(Object target) {
    Object value;
    try {
      value = (Object) handle().invokeExact(target);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
    return unwrap ? ((Optional<?>) value).orElse(null) : value;
  }

  /** Sets a value on a builder. */
  @Override
  public void accept(Object builder, Object value) {
    try {
      handle().invokeExact(builder, value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  // ----- finding the methods, once per table: {@code where} names the table and field -----------

  /** The builder factory: the static {@code builder()} of the class the builder is nested in. */
  static <B> Supplier<B> newBuilder(String where, Class<B> builder) {
    Class<?> outer = builder.getEnclosingClass() == null ? builder : builder.getEnclosingClass();
    Method m = method(where, outer, "builder");
    if (!Modifier.isStatic(m.getModifiers()) || !builder.isAssignableFrom(m.getReturnType())) {
      throw fail(where, m + " does not make a " + builder.getName());
    }
    return cast(new Accessor(callable(where, m), SUPPLIER, false));
  }

  /**
   * A public static factory of one parameter that makes a {@code type}, such as {@code
   * PartyType.of(String)}: called through {@link #apply} with the argument.
   */
  static <A, T> Function<A, T> factory(
      String where, Class<T> type, String name, Class<A> parameter) {
    Method m;
    try {
      m = type.getMethod(name, parameter);
    } catch (NoSuchMethodException e) {
      throw fail(where, "no method " + type.getName() + "." + name + "(" + parameter.getName()
          + ")");
    }
    if (!Modifier.isStatic(m.getModifiers()) || !type.isAssignableFrom(m.getReturnType())) {
      throw fail(where, m + " does not make a " + type.getName());
    }
    return cast(new Accessor(callable(where, m), FUNCTION, false));
  }

  /** The builder's {@code build()}, which must make a {@code type}. */
  static <B, T> Function<B, T> build(String where, Class<B> builder, Class<T> type) {
    Method m = method(where, builder, "build");
    if (Modifier.isStatic(m.getModifiers()) || !type.isAssignableFrom(m.getReturnType())) {
      throw fail(where, m + " does not build a " + type.getName());
    }
    return cast(new Accessor(callable(where, m), FUNCTION, false));
  }

  /**
   * The public instance method {@code name()} of {@code type}, returning a {@code returns} (any
   * value, a primitive too, for {@code Object}).
   */
  static Method getter(String where, Class<?> type, String name, Class<?> returns) {
    Method m = method(where, type, name);
    Class<?> r = MethodType.methodType(m.getReturnType()).wrap().returnType();
    if (Modifier.isStatic(m.getModifiers()) || r == Void.class || !returns.isAssignableFrom(r)) {
      throw fail(where, m + " does not return a " + returns.getName());
    }
    return m;
  }

  /**
   * Calls a getter.
   *
   * @param unwrap whether the getter returns an {@code Optional} whose value, or null, is wanted
   */
  static <T, V> Function<T, V> get(String where, Method getter, boolean unwrap) {
    return cast(new Accessor(callable(where, getter), FUNCTION, unwrap));
  }

  /** The class of the one type argument of a getter's return type (an optional's, a list's). */
  static Class<?> typeArgument(String where, Method getter) {
    Type t = getter.getGenericReturnType();
    if (t instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
      Type a = p.getActualTypeArguments()[0];
      if (a instanceof WildcardType w) {
        a = w.getUpperBounds()[0];
      }
      if (a instanceof ParameterizedType q) {
        a = q.getRawType();
      }
      if (a instanceof Class<?> c) {
        return c;
      }
    }
    throw fail(where, "no type argument in " + getter.toGenericString());
  }

  /**
   * The builder's one-parameter method {@code name} for a {@code value}, chosen as above.
   *
   * @param methods the builder's public methods ({@link Class#getMethods} copies them per call)
   */
  static <B, V> BiConsumer<B, V> set(
      String where, Class<?> builder, Method[] methods, String name, Class<?> value) {
    List<Method> applicable = new ArrayList<>();
    for (int phase = 1; phase <= 2 && applicable.isEmpty(); phase++) {
      for (Method m : methods) {
        if (m.getName().equals(name) && m.getParameterCount() == 1 && !m.isBridge()
            && !Modifier.isStatic(m.getModifiers())
            && accepts(m.getParameterTypes()[0], value, phase == 2)) {
          applicable.add(m);
        }
      }
    }
    Method chosen = null;
    int mostSpecific = 0;
    for (Method m : applicable) {
      boolean specific = true; // (a loop, not a stream: a lambda would spin a class)
      for (Method o : applicable) {
        specific &= o.getParameterTypes()[0].isAssignableFrom(m.getParameterTypes()[0]);
      }
      if (specific) {
        chosen = m;
        mostSpecific++;
      }
    }
    if (mostSpecific != 1) {
      throw fail(where, (applicable.isEmpty() ? "no method " : "ambiguous methods ")
          + builder.getName() + "." + name + "(" + value.getName() + ")"
          + (applicable.isEmpty() ? "" : ": " + applicable));
    }
    return cast(new Accessor(callable(where, chosen), CONSUMER, false));
  }

  private static boolean accepts(Class<?> parameter, Class<?> value, boolean boxing) {
    if (parameter.isAssignableFrom(value)) {
      return true;
    }
    if (!boxing || parameter.isPrimitive() == value.isPrimitive()) {
      return false;
    }
    return value.isPrimitive()
        ? parameter.isAssignableFrom(MethodType.methodType(value).wrap().returnType())
        : MethodType.methodType(parameter).wrap().returnType() == value;
  }

  private static Method method(String where, Class<?> in, String name) {
    try {
      return in.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw fail(where, "no method " + in.getName() + "." + name + "()");
    }
  }

  /** The method, once checked that a public lookup may call it. */
  private static Method callable(String where, Method m) {
    Class<?> owner = m.getDeclaringClass();
    if (!Modifier.isPublic(owner.getModifiers())
        || !owner.getModule().isExported(owner.getPackageName())) {
      throw fail(where, "cannot call " + m + ": its class is not public and exported");
    }
    return m;
  }

  private static IllegalStateException fail(String where, String message) {
    return new IllegalStateException("format table " + where + ": " + message);
  }

  @SuppressWarnings("unchecked") // one erased accessor for every field; the table pins the types
  private static <F> F cast(Object accessor) {
    return (F) accessor;
  }
}
