package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An accepted departure from the framework: findings with {@link #code()} (and, when given, at
 * {@link #path()} or in {@link #area()}) are reported with severity {@code INFO} and marked
 * waived. JSON: {@code { "code", "path"?, "area"?, "reason", "approvedBy"?, "approvedOn"?,
 * "expiresOn"? }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface Waiver extends Extensible, WithWaiver {

  /**
   * The finding code waived, such as {@code RETENTION_LONG}.
   *
   * @return the code, never null
   */
  @NotBlank
  String code();

  /**
   * The JSON Pointer of the finding waived; absent waives the code wherever it is found (within
   * {@link #area()} when given).
   *
   * @return the pointer, or empty
   */
  Optional<String> path();

  /**
   * The area whose findings are waived.
   *
   * @return the area code, or empty
   */
  Optional<String> area();

  /**
   * Why the parties accept the departure.
   *
   * @return the reason, never null
   */
  @NotBlank
  String reason();

  /**
   * The id of the party that approved the departure (format 1.1).
   *
   * @return the party id, or empty
   * @since 0.2.0
   */
  Optional<String> approvedBy();

  /**
   * When the departure was approved (format 1.1).
   *
   * @return the date, or empty
   * @since 0.2.0
   */
  Optional<LocalDate> approvedOn();

  /**
   * The last day the departure is accepted (format 1.1); after it the waiver waives nothing.
   *
   * @return the date, or empty (no expiry)
   * @since 0.2.0
   */
  Optional<LocalDate> expiresOn();

  /**
   * Starts a waiver.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable Waiver with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static Waiver copyOf(Waiver value) {
    return ImmutableWaiver.copyOf(value);
  }

  /**
   * Builds a {@link Waiver}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableWaiver.Builder {
    /** Starts an empty builder; {@link Waiver#builder()} does the same. */
    public Builder() {}
  }
}
