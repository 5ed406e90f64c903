package io.github.slaframework.core.section;

import io.github.slaframework.core.Extensible;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A privacy (data protection) impact assessment. JSON: {@code { "reference", "completedOn",
 * "nextReviewOn"? }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface PrivacyImpactAssessment extends Extensible {

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
  static ImmutablePrivacyImpactAssessment.Builder builder() {
    return ImmutablePrivacyImpactAssessment.builder();
  }
}
