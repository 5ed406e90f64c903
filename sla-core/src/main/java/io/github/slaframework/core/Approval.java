package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A signature on an agreement: who approved it for which party, and when. JSON: {@code { "party",
 * "name", "position", "date", "documentHash"? }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface Approval extends Extensible, WithApproval {

  /**
   * The id of the party approving.
   *
   * @return the party id, never null
   */
  @NotBlank
  String party();

  /**
   * The signatory's name.
   *
   * @return the name, never null
   */
  @NotBlank
  String name();

  /**
   * The signatory's position.
   *
   * @return the position, never null
   */
  @NotBlank
  String position();

  /**
   * The date of approval.
   *
   * @return the date, never null
   */
  LocalDate date();

  /** The pattern of a document hash: {@code sha256:} and 64 lowercase hex digits. */
  String DOCUMENT_HASH_PATTERN = "^sha256:[0-9a-f]{64}$";

  /**
   * The hash of the document the party approved (format 1.1): {@code "sha256:"} and 64
   * lowercase hex digits, matching {@value #DOCUMENT_HASH_PATTERN}. Only its shape is part of the
   * model; how it is computed is format 1.1 section 6.
   *
   * @return the hash as written, or empty
   * @since 0.2.0
   */
  Optional<@Pattern(regexp = DOCUMENT_HASH_PATTERN) String> documentHash();

  /**
   * Starts an approval.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable Approval with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static Approval copyOf(Approval value) {
    return ImmutableApproval.copyOf(value);
  }

  /**
   * Builds an {@link Approval}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableApproval.Builder {
    /** Starts an empty builder; {@link Approval#builder()} does the same. */
    public Builder() {}
  }
}
