package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An organisation that is party to an agreement: a council, a police force, a housing
 * association, an NHS body, a university, a shopping centre. Other objects refer to a party by
 * its {@link #id()}.
 *
 * <p>JSON: {@code { "id", "name", "type", "roles"?, "lawfulBases"?, "identifiers"?,
 * "contacts"? }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface Party extends Extensible, WithParty {

  /**
   * The party's id, unique within the agreement.
   *
   * @return the id, never null
   */
  @NotBlank
  String id();

  /**
   * The organisation's name.
   *
   * @return the name, never null
   */
  @NotBlank
  String name();

  /**
   * What kind of organisation it is.
   *
   * @return the type, never null
   */
  PartyType type();

  /**
   * The parts it plays.
   *
   * @return the roles in order, never null
   */
  List<PartyRole> roles();

  /**
   * The lawful bases on which the party processes the recordings (format 1.1).
   *
   * @return the bases in order, never null; empty when the document declares none
   * @since 0.2.0
   */
  List<LawfulBasis> lawfulBases();

  /**
   * Public identifiers, such as {@code gss} (ONS code of a council) or {@code forceCode}.
   *
   * @return an unmodifiable ordered map, never null
   */
  Map<String, String> identifiers();

  /**
   * Named contacts.
   *
   * @return the contacts in order, never null
   */
  List<@Valid Contact> contacts();

  /**
   * Starts a party.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable Party with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static Party copyOf(Party value) {
    return ImmutableParty.copyOf(value);
  }

  /**
   * Builds a {@link Party}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableParty.Builder {
    /** Starts an empty builder; {@link Party#builder()} does the same. */
    public Builder() {}
  }
}
