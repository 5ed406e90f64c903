package io.github.slaframework.core.section;

import io.github.slaframework.core.Extensible;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A charge one party pays, such as £10 per footage request. JSON: {@code { "description",
 * "amount" (decimal string), "currency", "payer" }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Charge extends Extensible {

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
  static ImmutableCharge.Builder builder() {
    return ImmutableCharge.builder();
  }
}
