package io.github.slaframework.core.section;

import org.immutables.value.Value;

/**
 * A section for an area that is not one of the twelve well-known areas: an area of a vendor's own
 * framework, or an {@code x-} extension area. It carries clauses and {@code x-} fields.
 *
 * @since 0.1.0
 */
@Value.Immutable
public non-sealed interface CustomSection extends Section {

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
  static ImmutableCustomSection.Builder builder() {
    return ImmutableCustomSection.builder();
  }
}
