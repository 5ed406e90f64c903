package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The {@code TECHNICAL_STANDARDS} section. Image quality: the pixel-density edition used and the camera views with their required levels.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public non-sealed interface TechnicalStandardsSection extends Section, WithTechnicalStandardsSection {

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
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable TechnicalStandardsSection with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static TechnicalStandardsSection copyOf(TechnicalStandardsSection value) {
    return ImmutableTechnicalStandardsSection.copyOf(value);
  }

  /**
   * Builds a {@link TechnicalStandardsSection}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableTechnicalStandardsSection.Builder {
    /** Starts an empty builder; {@link TechnicalStandardsSection#builder()} does the same. */
    public Builder() {}
  }
}
