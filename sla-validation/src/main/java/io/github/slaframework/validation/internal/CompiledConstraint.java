package io.github.slaframework.validation.internal;

import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.constraints.PositivePeriod;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * One constraint compiled into a direct test, as the Jakarta Bean Validation specification (and
 * Hibernate Validator, for {@code @Email}) defines it: {@code null} is valid for all but
 * {@code @NotBlank}. The test is a switch over the constraint's kind rather than a lambda per
 * constraint, which would spin a class each at start-up. Immutable and thread-safe.
 *
 * @param annotation the constraint as declared
 * @param kind what the test does
 * @param min the least size, or the least sign (1 for {@code @Positive}, 0 for {@code
 *     @PositiveOrZero})
 * @param max the greatest size
 * @param regex the expression of {@code @Pattern}, or of an {@code @Email} with its own; else
 *     {@code null}
 * @param bound the bound of {@code @DecimalMin} and {@code @DecimalMax}, else {@code null}
 * @param inclusive whether the bound is allowed
 */
record CompiledConstraint(
    Annotation annotation,
    Kind kind,
    int min,
    int max,
    java.util.regex.Pattern regex,
    BigDecimal bound,
    boolean inclusive) {

  /** The tests, each for the value types it names. */
  enum Kind {
    NOT_BLANK,
    TEXT_SIZE,
    COLLECTION_SIZE,
    PATTERN,
    INTEGRAL_SIGN,
    DECIMAL_SIGN,
    BIG_INTEGER_SIGN,
    DECIMAL_MIN,
    DECIMAL_MAX,
    EMAIL,
    POSITIVE_PERIOD
  }

  /**
   * The compiled form of a constraint on values of a type.
   *
   * @param a the constraint
   * @param type the declared type of the values
   * @return the compiled constraint, or {@code null} when the constraint or the type is not one
   *     this class checks
   */
  static CompiledConstraint of(Annotation a, Class<?> type) {
    boolean text = CharSequence.class.isAssignableFrom(type);
    if (a instanceof NotBlank) {
      return text ? new CompiledConstraint(a, Kind.NOT_BLANK, 0, 0, null, null, false) : null;
    }
    if (a instanceof Size size) {
      Kind kind = text ? Kind.TEXT_SIZE : Collection.class.isAssignableFrom(type) ? Kind.COLLECTION_SIZE : null;
      return kind == null ? null : new CompiledConstraint(a, kind, size.min(), size.max(), null, null, false);
    }
    if (a instanceof Pattern pattern) {
      return text ? withRegex(a, Kind.PATTERN, pattern.regexp(), pattern.flags()) : null;
    }
    if (a instanceof Positive) {
      return sign(a, type, 1);
    }
    if (a instanceof PositiveOrZero) {
      return sign(a, type, 0);
    }
    if (a instanceof DecimalMin min) {
      return decimal(a, type, Kind.DECIMAL_MIN, min.value(), min.inclusive());
    }
    if (a instanceof DecimalMax max) {
      return decimal(a, type, Kind.DECIMAL_MAX, max.value(), max.inclusive());
    }
    if (a instanceof Email email) {
      if (!text) {
        return null;
      }
      // Hibernate Validator compiles an e-mail's own expression only when it says something.
      return email.regexp().equals(".*") && email.flags().length == 0
          ? new CompiledConstraint(a, Kind.EMAIL, 0, 0, null, null, false)
          : withRegex(a, Kind.EMAIL, email.regexp(), email.flags());
    }
    if (a instanceof PositivePeriod) {
      return type == IsoPeriod.class
          ? new CompiledConstraint(a, Kind.POSITIVE_PERIOD, 0, 0, null, null, false)
          : null;
    }
    return null;
  }

  private static CompiledConstraint withRegex(Annotation a, Kind kind, String regexp, Pattern.Flag[] flags) {
    int bits = 0;
    for (Pattern.Flag flag : flags) {
      bits |= flag.getValue();
    }
    java.util.regex.Pattern regex = java.util.regex.Pattern.compile(regexp, bits);
    return new CompiledConstraint(a, kind, 0, 0, regex, null, false);
  }

  /** A sign test for integral numbers and big numbers; {@code null} for any other type. */
  private static CompiledConstraint sign(Annotation a, Class<?> type, int least) {
    Kind kind = null;
    if (type == int.class
        || type == Integer.class
        || type == long.class
        || type == Long.class
        || type == short.class
        || type == Short.class
        || type == byte.class
        || type == Byte.class) {
      kind = Kind.INTEGRAL_SIGN;
    } else if (type == BigDecimal.class) {
      kind = Kind.DECIMAL_SIGN;
    } else if (type == BigInteger.class) {
      kind = Kind.BIG_INTEGER_SIGN;
    }
    return kind == null ? null : new CompiledConstraint(a, kind, least, 0, null, null, false);
  }

  private static CompiledConstraint decimal(Annotation a, Class<?> type, Kind kind, String value, boolean inclusive) {
    return type == BigDecimal.class
        ? new CompiledConstraint(a, kind, 0, 0, null, new BigDecimal(value), inclusive)
        : null;
  }

  /**
   * Whether a value satisfies the constraint.
   *
   * @param v the value, of the type the constraint was compiled for, or {@code null}
   * @return {@code true} when it does
   */
  boolean test(Object v) {
    if (v == null) {
      return kind != Kind.NOT_BLANK;
    }
    return switch (kind) {
      case NOT_BLANK -> !blank((CharSequence) v);
      case TEXT_SIZE -> within(((CharSequence) v).length());
      case COLLECTION_SIZE -> within(((Collection<?>) v).size());
      case PATTERN -> regex.matcher((CharSequence) v).matches();
      case INTEGRAL_SIGN -> Long.signum(((Number) v).longValue()) >= min;
      case DECIMAL_SIGN -> ((BigDecimal) v).signum() >= min;
      case BIG_INTEGER_SIGN -> ((BigInteger) v).signum() >= min;
      case DECIMAL_MIN -> beyond((BigDecimal) v, 1);
      case DECIMAL_MAX -> beyond((BigDecimal) v, -1);
      case EMAIL -> EmailAddresses.valid((CharSequence) v)
          && (regex == null || regex.matcher((CharSequence) v).matches());
      case POSITIVE_PERIOD -> ((IsoPeriod) v).isPositive();
    };
  }

  /** "At least one non-whitespace character", whitespace as Character.isWhitespace has it. */
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

  private boolean within(int size) {
    return size >= min && size <= max;
  }

  /** The value is beyond the bound in {@code direction} (1 above, -1 below), or equal. */
  private boolean beyond(BigDecimal value, int direction) {
    int c = value.compareTo(bound) * direction;
    return inclusive ? c >= 0 : c > 0;
  }

  /**
   * The constraint's attributes by name, as Hibernate Validator's descriptors report them (read
   * only when a value breaks the constraint, for its message).
   *
   * @return the attributes
   */
  Map<String, Object> attributes() {
    Map<String, Object> out = new HashMap<>();
    for (Method m : annotation.annotationType().getDeclaredMethods()) {
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
