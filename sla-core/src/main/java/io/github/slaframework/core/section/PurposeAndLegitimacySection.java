package io.github.slaframework.core.section;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code PURPOSE_AND_LEGITIMACY} section. Why the system exists and why its use is legitimate: its purposes, the pressing need, and the privacy impact assessment.
 *
 * @since 0.1.0
 */
@Value.Immutable
public non-sealed interface PurposeAndLegitimacySection extends Section {

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
  static ImmutablePurposeAndLegitimacySection.Builder builder() {
    return ImmutablePurposeAndLegitimacySection.builder();
  }
}
