package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The {@code PURPOSE_AND_LEGITIMACY} section. Why the system exists and why its use is legitimate: its purposes, the pressing need, and the privacy impact assessment.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public non-sealed interface PurposeAndLegitimacySection extends Section, WithPurposeAndLegitimacySection {

  @Override
  default AreaCode area() {
    return AreaCode.PURPOSE_AND_LEGITIMACY;
  }

  /**
   * The purposes the system is used for.
   *
   * @return the values in order, never null
   */
  List<Purpose> purposes();

  /**
   * The pressing need the system answers.
   *
   * @return the value, or empty
   */
  Optional<String> pressingNeed();

  /**
   * The privacy impact assessment.
   *
   * @return the value, or empty
   */
  Optional<@Valid PrivacyImpactAssessment> privacyImpactAssessment();

  /**
   * Starts a section.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable PurposeAndLegitimacySection with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static PurposeAndLegitimacySection copyOf(PurposeAndLegitimacySection value) {
    return ImmutablePurposeAndLegitimacySection.copyOf(value);
  }

  /**
   * Builds a {@link PurposeAndLegitimacySection}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutablePurposeAndLegitimacySection.Builder {
    /** Starts an empty builder; {@link PurposeAndLegitimacySection#builder()} does the same. */
    public Builder() {}
  }
}
