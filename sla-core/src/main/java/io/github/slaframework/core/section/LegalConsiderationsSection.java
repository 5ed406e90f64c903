package io.github.slaframework.core.section;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The {@code LEGAL_CONSIDERATIONS} section. The jurisdiction and the statutes the agreement relies on.
 *
 * @since 0.1.0
 */
@Value.Immutable
public non-sealed interface LegalConsiderationsSection extends Section {

  @Override
  default AreaCode area() {
    return AreaCode.LEGAL_CONSIDERATIONS;
  }

  /**
   * The jurisdiction.
   *
   * @return the value, or empty
   */
  Optional<Jurisdiction> jurisdiction();

  /**
   * The legal bases relied on.
   *
   * @return the values in order, never null
   */
  List<LegalBasis> legalBases();

  /**
   * Starts a section.
   *
   * @return a new builder
   */
  static ImmutableLegalConsiderationsSection.Builder builder() {
    return ImmutableLegalConsiderationsSection.builder();
  }
}
