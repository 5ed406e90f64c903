package io.github.slaframework.core.section;

import io.github.slaframework.core.Extensible;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How footage is exported as evidence. JSON: {@code { "format", "integrity"? }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface EvidenceExport extends Extensible {

  /**
   * The export format.
   *
   * @return the format, never null
   */
  EvidenceFormat format();

  /**
   * The integrity check.
   *
   * @return the algorithm, or empty
   */
  Optional<IntegrityAlgorithm> integrity();

  /**
   * An export.
   *
   * @param format the format
   * @param integrity the integrity check
   * @return the export
   */
  static EvidenceExport of(EvidenceFormat format, IntegrityAlgorithm integrity) {
    return ImmutableEvidenceExport.builder().format(format).integrity(integrity).build();
  }
}
