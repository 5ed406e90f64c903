package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.Extensible;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A charge one party pays, such as £10 per footage request. JSON: {@code { "description",
 * "amount" (decimal string), "currency", "payer" }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface Charge extends Extensible, WithCharge {

  /**
   * What the charge is for.
   *
   * @return the description, never null
   */
  @NotBlank
  String description();

  /**
   * The amount, exact (written as a decimal string such as {@code "10.00"}).
   *
   * @return the amount, never null
   */
  @PositiveOrZero
  BigDecimal amount();

  /**
   * The ISO 4217 currency code, such as {@code GBP}.
   *
   * @return the code, never null
   */
  @Pattern(regexp = "[A-Z]{3}")
  String currency();

  /**
   * The id of the party that pays.
   *
   * @return the party id, never null
   */
  @NotBlank
  String payer();

  /**
   * Starts a charge.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable Charge with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static Charge copyOf(Charge value) {
    return ImmutableCharge.copyOf(value);
  }

  /**
   * Builds a {@link Charge}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableCharge.Builder {
    /** Starts an empty builder; {@link Charge#builder()} does the same. */
    public Builder() {}
  }
}
