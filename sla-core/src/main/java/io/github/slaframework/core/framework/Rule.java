package io.github.slaframework.core.framework;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.Extensible;
import io.github.slaframework.core.report.Severity;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A framework rule: when {@link #when()} holds (or always, when absent), the agreement must
 * satisfy {@link #require()}, or else a finding with {@link #code()}, {@link #severity()} and
 * {@link #message()} is reported. Instead of a declarative {@code require}, a rule may name a
 * {@link #check()} implemented by the validator (such as {@code PIXEL_DENSITY}), for computations
 * a condition cannot express. Nothing in a rule is ever executed as code.
 *
 * <p>JSON: {@code { "code", "severity", "message", "description"?, "when"?, "require"?, "check"?,
 * "at"? }} with exactly one of {@code require} and {@code check}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface Rule extends Extensible, WithRule {

  /**
   * The code of the findings the rule reports.
   *
   * @return the code, never null
   */
  @NotBlank
  String code();

  /**
   * The severity of the findings.
   *
   * @return the severity, never null
   */
  Severity severity();

  /**
   * The message of the findings (plain text; {@code {placeholders}} are never evaluated).
   *
   * @return the message, never null
   */
  @NotBlank
  String message();

  /**
   * What the rule is for, for people reading the framework.
   *
   * @return the description, or empty
   */
  Optional<String> description();

  /**
   * When the rule applies.
   *
   * @return the condition, or empty to apply always
   */
  Optional<Condition> when();

  /**
   * What an agreement must satisfy.
   *
   * @return the condition, or empty when {@link #check()} is given
   */
  Optional<Condition> require();

  /**
   * The name of a check the validator implements, such as {@code PIXEL_DENSITY}.
   *
   * @return the check name, or empty when {@link #require()} is given
   */
  Optional<String> check();

  /**
   * Where a failure of {@link #require()} is reported; by default at the first target of the
   * condition that exists, else at the section of the area, else at the root.
   *
   * @return the target, or empty
   */
  Optional<Target> at();

  /** Exactly one of {@code require} and {@code check}. */
  @Value.Check
  default void checkRequireOrCheck() {
    if (require().isPresent() == check().isPresent()) {
      throw new IllegalStateException(
          "rule " + code() + ": give exactly one of \"require\" and \"check\"");
    }
  }

  /**
   * Starts a rule.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable Rule with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static Rule copyOf(Rule value) {
    return ImmutableRule.copyOf(value);
  }

  /**
   * Builds a {@link Rule}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableRule.Builder {
    /** Starts an empty builder; {@link Rule#builder()} does the same. */
    public Builder() {}
  }
}
