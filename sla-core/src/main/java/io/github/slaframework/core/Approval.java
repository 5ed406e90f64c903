package io.github.slaframework.core;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A signature on an agreement: who approved it for which party, and when. JSON: {@code { "party",
 * "name", "position", "date" }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Approval extends Extensible {

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
  static ImmutableApproval.Builder builder() {
    return ImmutableApproval.builder();
  }
}
