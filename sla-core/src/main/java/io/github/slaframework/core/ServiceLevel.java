package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A measurable target one party commits to, such as "evidence to the police within 7 days of a
 * written request, 100% of the time" or "at least 99% of cameras working".
 *
 * <p>JSON: {@code { "id", "metric", "obligatedParty", "description"?, "objective"?,
 * "attainment"?, "window"?, "appliesTo"?, "cameraCount"? }} (format 1.0 sections 1 and 6).
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface ServiceLevel extends Extensible, WithServiceLevel {

  /**
   * The service level's id, unique in the agreement.
   *
   * @return the id, never null
   */
  @NotBlank
  String id();

  /**
   * What is measured.
   *
   * @return the metric, never null
   */
  ServiceMetric metric();

  /**
   * The id of the party that must meet the level.
   *
   * @return the party id, never null
   */
  @NotBlank
  String obligatedParty();

  /**
   * The level in words.
   *
   * @return the description, or empty
   */
  Optional<String> description();

  /**
   * The target.
   *
   * @return the objective, or empty
   */
  Optional<@Valid Objective> objective();

  /**
   * For duration metrics: the percentage of events in a window that must meet the objective.
   *
   * @return the percentage as written, or empty (meaning 100)
   */
  Optional<@DecimalMin("0") @DecimalMax("100") BigDecimal> attainment();

  /**
   * The attainment in effect: {@link #attainment()} or 100.
   *
   * @return the percentage, never null
   */
  default BigDecimal effectiveAttainment() {
    return attainment().orElse(BigDecimal.valueOf(100));
  }

  /**
   * The periods over which the level is measured.
   *
   * @return the window, or empty (calendar months in Europe/London)
   */
  Optional<@Valid MeasurementWindow> window();

  /**
   * Which events count.
   *
   * @return the filter, or empty for every event
   */
  Optional<@Valid AppliesTo> appliesTo();

  /**
   * For {@link ServiceMetric#CAMERA_AVAILABILITY}: the number of cameras, when the agreement does
   * not list them in its technical standards section.
   *
   * @return the count, or empty
   */
  Optional<@Positive Integer> cameraCount();

  /**
   * Starts a service level.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable ServiceLevel with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static ServiceLevel copyOf(ServiceLevel value) {
    return ImmutableServiceLevel.copyOf(value);
  }

  /**
   * Builds a {@link ServiceLevel}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableServiceLevel.Builder {
    /** Starts an empty builder; {@link ServiceLevel#builder()} does the same. */
    public Builder() {}
  }
}
