package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.Extensible;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A planned change to the system. JSON: {@code { "description", "expectedBy"?, "requiresDpia"? }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface PlannedChange extends Extensible, WithPlannedChange {

  /**
   * The change.
   *
   * @return the description, never null
   */
  @NotBlank
  String description();

  /**
   * When it is expected.
   *
   * @return the date, or empty
   */
  Optional<LocalDate> expectedBy();

  /**
   * Whether it needs a data protection impact assessment first.
   *
   * @return the flag, or empty
   */
  Optional<Boolean> requiresDpia();

  /**
   * Starts a planned change.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable PlannedChange with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static PlannedChange copyOf(PlannedChange value) {
    return ImmutablePlannedChange.copyOf(value);
  }

  /**
   * Builds a {@link PlannedChange}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutablePlannedChange.Builder {
    /** Starts an empty builder; {@link PlannedChange#builder()} does the same. */
    public Builder() {}
  }
}
