package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The {@code LEGAL_CONSIDERATIONS} section. The jurisdiction and the statutes the agreement relies on.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public non-sealed interface LegalConsiderationsSection extends Section, WithLegalConsiderationsSection {

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
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable LegalConsiderationsSection with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static LegalConsiderationsSection copyOf(LegalConsiderationsSection value) {
    return ImmutableLegalConsiderationsSection.copyOf(value);
  }

  /**
   * Builds a {@link LegalConsiderationsSection}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableLegalConsiderationsSection.Builder {
    /** Starts an empty builder; {@link LegalConsiderationsSection#builder()} does the same. */
    public Builder() {}
  }
}
