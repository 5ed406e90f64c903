package io.github.slaframework.core.section;

import java.util.List;
import org.immutables.value.Value;

/**
 * The {@code SURVEILLANCE_TYPES} section. The types of surveillance the agreement covers, overt and covert.
 *
 * @since 0.1.0
 */
@Value.Immutable
public non-sealed interface SurveillanceTypesSection extends Section {

  @Override
  default AreaCode area() {
    return AreaCode.SURVEILLANCE_TYPES;
  }

  /**
   * The surveillance types.
   *
   * @return the values in order, never null
   */
  List<SurveillanceType> types();

  /**
   * Starts a section.
   *
   * @return a new builder
   */
  static ImmutableSurveillanceTypesSection.Builder builder() {
    return ImmutableSurveillanceTypesSection.builder();
  }
}
