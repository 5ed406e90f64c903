package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.constraints.PositivePeriod;
import jakarta.validation.Valid;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The {@code INFORMATION_SHARING} section. How recordings are kept and shared: retention and evidence export.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public non-sealed interface InformationSharingSection extends Section, WithInformationSharingSection {

  @Override
  default AreaCode area() {
    return AreaCode.INFORMATION_SHARING;
  }

  /**
   * How long recordings are kept before they are overwritten; required.
   *
   * @return the value, never null
   */
  @PositivePeriod
  IsoPeriod retentionPeriod();

  /**
   * How footage is exported as evidence.
   *
   * @return the value, or empty
   */
  Optional<@Valid EvidenceExport> evidenceExport();

  /**
   * Starts a section.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable InformationSharingSection with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static InformationSharingSection copyOf(InformationSharingSection value) {
    return ImmutableInformationSharingSection.copyOf(value);
  }

  /**
   * Builds an {@link InformationSharingSection}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableInformationSharingSection.Builder {
    /** Starts an empty builder; {@link InformationSharingSection#builder()} does the same. */
    public Builder() {}
  }
}
