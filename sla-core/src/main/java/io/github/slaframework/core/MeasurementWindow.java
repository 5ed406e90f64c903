package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The periods over which a service level is measured. JSON: {@code { "type", "length"?,
 * "timeZone"? }}; {@code length} is for {@link WindowType#ROLLING} only; the time zone defaults to
 * {@value #DEFAULT_TIME_ZONE}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface MeasurementWindow extends Extensible, WithMeasurementWindow {

  /** The time zone of a window that names none. */
  String DEFAULT_TIME_ZONE = "Europe/London";

  /**
   * The shortest {@code ROLLING} window that can be measured: one hour (a window per second over
   * a year would be 31 million windows).
   *
   * @since 0.2.0
   */
  IsoPeriod MIN_ROLLING_LENGTH = IsoPeriod.ofHours(1);

  /**
   * The longest window or period threshold that can be measured: a hundred years.
   *
   * @since 0.2.0
   */
  IsoPeriod MAX_LENGTH = IsoPeriod.parse("P100Y");

  /**
   * Why a {@code ROLLING} window of this length cannot be measured, if it cannot: shorter than
   * {@link #MIN_ROLLING_LENGTH} or possibly longer than {@link #MAX_LENGTH}. Validation warns about
   * it ({@code NOT_MEASURABLE}) and measurement reports the service level as not measurable.
   *
   * @param length a positive length
   * @return the reason ("is shorter than PT1H"), or empty when the length can be measured
   * @since 0.2.0
   */
  static Optional<String> unmeasurableLength(IsoPeriod length) {
    if (length.datePart().isZero()
        && length.timePart().compareTo(MIN_ROLLING_LENGTH.timePart()) < 0) {
      return Optional.of("is shorter than " + MIN_ROLLING_LENGTH);
    }
    if (length.mayExceed(MAX_LENGTH)) {
      return Optional.of("is longer than " + MAX_LENGTH);
    }
    return Optional.empty();
  }

  /**
   * The kind of window.
   *
   * @return the type, never null
   */
  WindowType type();

  /**
   * The length of a rolling window.
   *
   * @return the length, or empty
   */
  Optional<IsoPeriod> length();

  /**
   * The IANA time zone in which calendar windows begin, as written.
   *
   * @return the zone id, or empty (meaning {@value #DEFAULT_TIME_ZONE})
   */
  Optional<String> timeZone();

  /**
   * The time zone id in effect.
   *
   * @return {@link #timeZone()} or {@value #DEFAULT_TIME_ZONE}
   */
  default String effectiveTimeZone() {
    return timeZone().orElse(DEFAULT_TIME_ZONE);
  }

  /**
   * A window of a type in the default time zone.
   *
   * @param type the type
   * @return the window
   */
  static MeasurementWindow of(WindowType type) {
    return MeasurementWindow.builder().type(type).build();
  }

  /**
   * Starts a window.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable MeasurementWindow with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static MeasurementWindow copyOf(MeasurementWindow value) {
    return ImmutableMeasurementWindow.copyOf(value);
  }

  /**
   * Builds a {@link MeasurementWindow}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableMeasurementWindow.Builder {
    /** Starts an empty builder; {@link MeasurementWindow#builder()} does the same. */
    public Builder() {}
  }
}
