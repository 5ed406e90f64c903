package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A signature on an agreement: who approved it for which party, and when. JSON: {@code { "party",
 * "name", "position", "date" }}.
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
