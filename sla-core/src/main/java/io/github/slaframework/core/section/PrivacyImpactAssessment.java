package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.Extensible;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A data protection impact assessment (DPIA; UK GDPR Art 35, DPA 2018 s.64), the {@code dpia} of
 * a {@code PURPOSE_AND_LEGITIMACY} section. JSON: {@code { "reference", "completedOn",
 * "nextReviewOn"? }}. The type keeps its 0.1 name, which format 1.0 gave the field.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface PrivacyImpactAssessment extends Extensible, WithPrivacyImpactAssessment {

  /**
   * The assessment's reference.
   *
   * @return the reference, never null
   */
  @NotBlank
  String reference();

  /**
   * When it was completed.
   *
   * @return the date, never null
   */
  LocalDate completedOn();

  /**
   * When it is next reviewed.
   *
   * @return the date, or empty
   */
  Optional<LocalDate> nextReviewOn();

  /**
   * Starts an assessment.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable PrivacyImpactAssessment with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static PrivacyImpactAssessment copyOf(PrivacyImpactAssessment value) {
    return ImmutablePrivacyImpactAssessment.copyOf(value);
  }

  /**
   * Builds a {@link PrivacyImpactAssessment}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutablePrivacyImpactAssessment.Builder {
    /** Starts an empty builder; {@link PrivacyImpactAssessment#builder()} does the same. */
    public Builder() {}
  }
}
