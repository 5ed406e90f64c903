package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The {@code FUTURE_TECHNOLOGY} section. Planned changes to the system.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public non-sealed interface FutureTechnologySection extends Section, WithFutureTechnologySection {

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
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable FutureTechnologySection with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static FutureTechnologySection copyOf(FutureTechnologySection value) {
    return ImmutableFutureTechnologySection.copyOf(value);
  }

  /**
   * Builds a {@link FutureTechnologySection}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableFutureTechnologySection.Builder {
    /** Starts an empty builder; {@link FutureTechnologySection#builder()} does the same. */
    public Builder() {}
  }
}
