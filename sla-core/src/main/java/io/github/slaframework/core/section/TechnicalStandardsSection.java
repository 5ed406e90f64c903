package io.github.slaframework.core.section;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code TECHNICAL_STANDARDS} section. Image quality: the pixel-density edition used and the camera views with their required levels.
 *
 * @since 0.1.0
 */
@Value.Immutable
public non-sealed interface TechnicalStandardsSection extends Section {

  @Override
  default AreaCode area() {
    return AreaCode.TECHNICAL_STANDARDS;
  }

  /**
   * The code of the IEC 62676-4 edition, such as {@code IEC_62676_4_2025}.
   *
   * @return the value, or empty
   */
  Optional<String> pixelDensityStandard();

  /**
   * The camera views.
   *
   * @return the values in order, never null
   */
  List<@Valid Camera> cameras();

  /**
   * Starts a section.
   *
   * @return a new builder
   */
  static ImmutableTechnicalStandardsSection.Builder builder() {
    return ImmutableTechnicalStandardsSection.builder();
  }
}
