package io.github.slaframework.core.section;

import io.github.slaframework.core.Extensible;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A planned change to the system. JSON: {@code { "description", "expectedBy"?, "requiresDpia"? }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface PlannedChange extends Extensible {

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
  static ImmutablePlannedChange.Builder builder() {
    return ImmutablePlannedChange.builder();
  }
}
