package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One clause of a section, in plain English. Clause ids are unique across the whole agreement.
 *
 * <p>JSON: {@code { "id", "text", "title"?, "obligation"?, "responsibleParties"? }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface Clause extends Extensible, WithClause {

  /**
   * The clause id, unique in the agreement.
   *
   * @return the id, never null
   */
  @NotBlank
  String id();

  /**
   * The clause text.
   *
   * @return the text, never null
   */
  @NotBlank
  String text();

  /**
   * A short title.
   *
   * @return the title, or empty
   */
  Optional<String> title();

  /**
   * How binding the clause is, as written in the file.
   *
   * @return the obligation, or empty (meaning {@link Obligation#MUST})
   * @see #effectiveObligation()
   */
  Optional<Obligation> obligation();

  /**
   * How binding the clause is: {@link #obligation()} or its default {@link Obligation#MUST}.
   *
   * @return the obligation, never null
   */
  default Obligation effectiveObligation() {
    return obligation().orElse(Obligation.MUST);
  }

  /**
   * The ids of the parties responsible for the clause.
   *
   * @return party ids in order, never null
   */
  List<String> responsibleParties();

  /**
   * A clause of an id and text.
   *
   * @param id the id
   * @param text the text
   * @return the clause
   */
  static Clause of(String id, String text) {
    return builder().id(id).text(text).build();
  }

  /**
   * Starts a clause.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable Clause with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static Clause copyOf(Clause value) {
    return ImmutableClause.copyOf(value);
  }

  /**
   * Builds a {@link Clause}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableClause.Builder {
    /** Starts an empty builder; {@link Clause#builder()} does the same. */
    public Builder() {}
  }
}
