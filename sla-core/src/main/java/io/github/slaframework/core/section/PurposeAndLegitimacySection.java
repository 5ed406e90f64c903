package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The {@code PURPOSE_AND_LEGITIMACY} section. Why the system exists and why its use is legitimate: its purposes, the pressing need, and the data protection impact assessment (DPIA).
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
   * The data protection impact assessment (UK GDPR Art 35; DPA 2018 s.64 for law enforcement
   * processing). JSON {@code dpia}; format 1.0 called it {@code privacyImpactAssessment}, which
   * readers still read.
   *
   * @return the value, or empty
   * @since 0.2.0
   */
  Optional<@Valid PrivacyImpactAssessment> dpia();

  /**
   * The data protection impact assessment under its 0.1 name.
   *
   * @return {@link #dpia()}
   * @deprecated renamed with format 1.1; use {@link #dpia()}
   */
  @Deprecated(since = "0.2.0")
  default Optional<PrivacyImpactAssessment> privacyImpactAssessment() {
    return dpia();
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

    /**
     * Sets the data protection impact assessment under its 0.1 name.
     *
     * @param value the assessment, never null
     * @return this builder
     * @deprecated renamed with format 1.1; use {@code dpia(value)}
     */
    @Deprecated(since = "0.2.0")
    public Builder privacyImpactAssessment(PrivacyImpactAssessment value) {
      dpia(value);
      return this;
    }
  }
}
