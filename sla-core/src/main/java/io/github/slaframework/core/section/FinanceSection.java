package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The {@code FINANCE} section. Who pays for what.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public non-sealed interface FinanceSection extends Section, WithFinanceSection {

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
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable FinanceSection with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static FinanceSection copyOf(FinanceSection value) {
    return ImmutableFinanceSection.copyOf(value);
  }

  /**
   * Builds a {@link FinanceSection}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableFinanceSection.Builder {
    /** Starts an empty builder; {@link FinanceSection#builder()} does the same. */
    public Builder() {}
  }
}
