package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A named contact at a party. JSON: {@code { "name", "role"?, "email"?, "phone"? }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface Contact extends Extensible, WithContact {

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
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable Contact with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static Contact copyOf(Contact value) {
    return ImmutableContact.copyOf(value);
  }

  /**
   * Builds a {@link Contact}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableContact.Builder {
    /** Starts an empty builder; {@link Contact#builder()} does the same. */
    public Builder() {}
  }
}
