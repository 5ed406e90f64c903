package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.constraints.PositivePeriod;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * When an agreement is in force and how often it is reviewed. JSON: {@code { "effectiveFrom",
 * "expiresOn"?, "reviewEvery"?, "noticePeriod"? }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface Term extends Extensible, WithTerm {

  /**
   * The first day the agreement is in force.
   *
   * @return the date, never null
   */
  LocalDate effectiveFrom();

  /**
   * The day the agreement expires.
   *
   * @return the date, or empty for an open-ended agreement
   */
  Optional<LocalDate> expiresOn();

  /**
   * How often the agreement is reviewed.
   *
   * @return the period, or empty
   */
  Optional<@PositivePeriod IsoPeriod> reviewEvery();

  /**
   * The notice a party gives to end the agreement.
   *
   * @return the period, or empty
   */
  Optional<IsoPeriod> noticePeriod();

  /**
   * Starts a term.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable Term with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static Term copyOf(Term value) {
    return ImmutableTerm.copyOf(value);
  }

  /**
   * Builds a {@link Term}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableTerm.Builder {
    /** Starts an empty builder; {@link Term#builder()} does the same. */
    public Builder() {}
  }
}
