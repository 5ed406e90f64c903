package io.github.slaframework.core.section;

import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.constraints.PositivePeriod;
import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code INFORMATION_SHARING} section. How recordings are kept and shared: retention and evidence export.
 *
 * @since 0.1.0
 */
@Value.Immutable
public non-sealed interface InformationSharingSection extends Section {

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
  static ImmutableInformationSharingSection.Builder builder() {
    return ImmutableInformationSharingSection.builder();
  }
}
