package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * Names the framework an agreement conforms to: its id, version and, optionally, the profile
 * that tailors it. JSON: {@code { "id", "version", "profile"? }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface FrameworkRef extends Extensible, WithFrameworkRef {

  /**
   * The framework id, such as {@code uk-cctv-partnership}.
   *
   * @return the id, never null
   */
  @NotBlank
  String id();

  /**
   * The framework version, such as {@code 2021}.
   *
   * @return the version, never null
   */
  @NotBlank
  String version();

  /**
   * The profile that tailors the framework, such as {@code housing-association}.
   *
   * @return the profile id, or empty
   */
  Optional<@NotBlank String> profile();

  /**
   * A reference to a framework version.
   *
   * @param id the framework id
   * @param version the version
   * @return the reference
   */
  static FrameworkRef of(String id, String version) {
    return FrameworkRef.builder().id(id).version(version).build();
  }

  /**
   * Starts a reference.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * The key {@code id:version} or {@code id:version:profile}.
   *
   * @return the key
   */
  default String key() {
    return id() + ":" + version() + profile().map(p -> ":" + p).orElse("");
  }

  /**
   * An immutable FrameworkRef with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static FrameworkRef copyOf(FrameworkRef value) {
    return ImmutableFrameworkRef.copyOf(value);
  }

  /**
   * Builds a {@link FrameworkRef}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableFrameworkRef.Builder {
    /** Starts an empty builder; {@link FrameworkRef#builder()} does the same. */
    public Builder() {}
  }
}
