package io.github.slaframework.core.section;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * The {@code FINANCE} section. Who pays for what.
 *
 * @since 0.1.0
 */
@Value.Immutable
public non-sealed interface FinanceSection extends Section {

  @Override
  default AreaCode area() {
    return AreaCode.FINANCE;
  }

  /**
   * The charges.
   *
   * @return the values in order, never null
   */
  List<@Valid Charge> charges();

  /**
   * Starts a section.
   *
   * @return a new builder
   */
  static ImmutableFinanceSection.Builder builder() {
    return ImmutableFinanceSection.builder();
  }
}
