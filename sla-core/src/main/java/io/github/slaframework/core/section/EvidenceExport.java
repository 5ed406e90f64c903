package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.Extensible;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * How footage is exported as evidence. JSON: {@code { "format", "integrity"? }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface EvidenceExport extends Extensible, WithEvidenceExport {

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
    return EvidenceExport.builder().format(format).integrity(integrity).build();
  }

  /**
   * Starts an EvidenceExport.
   *
   * @return a new builder
   * @since 0.2.0
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable EvidenceExport with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static EvidenceExport copyOf(EvidenceExport value) {
    return ImmutableEvidenceExport.copyOf(value);
  }

  /**
   * Builds an {@link EvidenceExport}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableEvidenceExport.Builder {
    /** Starts an empty builder; {@link EvidenceExport#builder()} does the same. */
    public Builder() {}
  }
}
