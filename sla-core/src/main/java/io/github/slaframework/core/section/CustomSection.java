package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A section for an area that is not one of the twelve well-known areas: an area of a vendor's own
 * framework, or an {@code x-} extension area. It carries clauses and {@code x-} fields.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public non-sealed interface CustomSection extends Section, WithCustomSection {

  @Override
  AreaCode area();

  /** Refuses well-known areas: they have typed sections. */
  @Value.Check
  default void checkNotWellKnown() {
    if (area().isWellKnown()) {
      throw new IllegalStateException(
          "area " + area() + " has a typed section; use it instead of CustomSection");
    }
  }

  /**
   * Starts a section.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable CustomSection with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static CustomSection copyOf(CustomSection value) {
    return ImmutableCustomSection.copyOf(value);
  }

  /**
   * Builds a {@link CustomSection}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableCustomSection.Builder {
    /** Starts an empty builder; {@link CustomSection#builder()} does the same. */
    public Builder() {}
  }
}
