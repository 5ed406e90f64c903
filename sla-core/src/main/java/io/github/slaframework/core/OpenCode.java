package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * The base of the open vocabularies of an agreement (party type and roles, purposes, legal bases,
 * surveillance types, channels, training requirements, indicators, metrics): a code that is one of
 * the known values of the format, such as {@code POLICE_FORCE}, or an extension value, {@code x-}
 * followed by at least one more character (format 1.1, section 2, "Open vocabularies").
 *
 * <p>Each vocabulary is a final subclass with a public constant per known value, named like the
 * code, and a static {@code of(String)} that returns the constant for a known code, a new value
 * for an extension code and refuses anything else ({@code "x"}, {@code "x-"}, {@code "X-FOO"},
 * an unknown code): so a value of a vocabulary is always known or an extension. Values are
 * immutable, compared and ordered by code, and {@link #toString()} is the code.
 *
 * <p>Where a {@code switch} over an enum was written before, compare with the constants ({@code
 * type.equals(PartyType.POLICE_FORCE)}) or switch over {@link #code()}.
 *
 * @param <T> the vocabulary
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public abstract class OpenCode<T extends OpenCode<T>> implements Comparable<T> {

  private final String code;

  /**
   * Makes a value; only the vocabularies' {@code of} and constants call it.
   *
   * @param code the code, never null
   */
  protected OpenCode(String code) {
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * Whether a code is an extension code: {@code x-} followed by at least one more character.
   * {@code "x"}, {@code "x-"} and {@code "X-FOO"} are not.
   *
   * @param code a code, never null
   * @return {@code true} for an extension code
   */
  public static boolean isExtensionCode(String code) {
    return code.length() > EXTENSION_PREFIX.length() && code.startsWith(EXTENSION_PREFIX);
  }

  private static final String EXTENSION_PREFIX = "x-";

  /**
   * The value of a code in a vocabulary: the known constant, or a new extension value.
   *
   * @param <T> the vocabulary
   * @param code the code, never null
   * @param known the known values of the vocabulary
   * @param extension makes an extension value from its code
   * @param what the vocabulary's name for the exception message, such as {@code "party type"}
   * @return the value
   * @throws IllegalArgumentException when the code is neither known nor an extension code
   */
  protected static <T extends OpenCode<T>> T of(
      String code, List<T> known, Function<String, T> extension, String what) {
    Objects.requireNonNull(code, "code");
    for (T value : known) {
      if (value.code().equals(code)) {
        return value;
      }
    }
    if (isExtensionCode(code)) {
      return extension.apply(code);
    }
    throw new IllegalArgumentException(
        "not a known " + what + " nor an x- extension value: \"" + code + "\"");
  }

  /**
   * The code as written in a document.
   *
   * @return the code, never null
   */
  public final String code() {
    return code;
  }

  /**
   * Whether this is an extension value ({@code x-} followed by at least one more character)
   * rather than one of the format's known values.
   *
   * @return {@code true} for an extension value
   */
  public final boolean isExtension() {
    return isExtensionCode(code);
  }

  /** Orders by code. */
  @Override
  public final int compareTo(T other) {
    return code.compareTo(other.code());
  }

  /** Equal to a value of the same vocabulary with the same code. */
  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass()
        && code.equals(((OpenCode<?>) other).code);
  }

  @Override
  public final int hashCode() {
    return code.hashCode();
  }

  /** The code. */
  @Override
  public final String toString() {
    return code;
  }
}
