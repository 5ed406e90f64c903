package io.github.slaframework.core.section;

import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * The {@code FUTURE_TECHNOLOGY} section. Planned changes to the system.
 *
 * @since 0.1.0
 */
@Value.Immutable
public non-sealed interface FutureTechnologySection extends Section {

  @Override
  default AreaCode area() {
    return AreaCode.FUTURE_TECHNOLOGY;
  }

  /**
   * The planned changes.
   *
   * @return the values in order, never null
   */
  List<@Valid PlannedChange> plannedChanges();

  /**
   * Starts a section.
   *
   * @return a new builder
   */
  static ImmutableFutureTechnologySection.Builder builder() {
    return ImmutableFutureTechnologySection.builder();
  }
}
