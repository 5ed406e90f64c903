package io.github.slaframework.core;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named contact at a party. JSON: {@code { "name", "role"?, "email"?, "phone"? }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
public interface Contact extends Extensible {

  /**
   * The contact's name.
   *
   * @return the name, never null
   */
  @NotBlank
  String name();

  /**
   * The contact's role, such as "CCTV Manager".
   *
   * @return the role, or empty
   */
  Optional<String> role();

  /**
   * The contact's e-mail address.
   *
   * @return the address, or empty
   */
  Optional<@Email String> email();

  /**
   * The contact's telephone number.
   *
   * @return the number, or empty
   */
  Optional<String> phone();

  /**
   * Starts a contact.
   *
   * @return a new builder
   */
  static ImmutableContact.Builder builder() {
    return ImmutableContact.builder();
  }
}
