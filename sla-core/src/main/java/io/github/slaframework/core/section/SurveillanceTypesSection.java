package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The {@code SURVEILLANCE_TYPES} section. The types of surveillance the agreement covers, overt and covert.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public non-sealed interface SurveillanceTypesSection extends Section, WithSurveillanceTypesSection {

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
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable SurveillanceTypesSection with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static SurveillanceTypesSection copyOf(SurveillanceTypesSection value) {
    return ImmutableSurveillanceTypesSection.copyOf(value);
  }

  /**
   * Builds a {@link SurveillanceTypesSection}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableSurveillanceTypesSection.Builder {
    /** Starts an empty builder; {@link SurveillanceTypesSection#builder()} does the same. */
    public Builder() {}
  }
}
