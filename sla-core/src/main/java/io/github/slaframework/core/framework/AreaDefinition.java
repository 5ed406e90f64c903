package io.github.slaframework.core.framework;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.Extensible;
import io.github.slaframework.core.section.AreaCode;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An area a framework defines: its code, title, level and guidance for the people writing an
 * agreement. JSON: {@code { "code", "title", "level", "guidance"? }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface AreaDefinition extends Extensible, WithAreaDefinition {

  /**
   * The area code sections name.
   *
   * @return the code, never null
   */
  AreaCode code();

  /**
   * The area's title, such as "Information sharing".
   *
   * @return the title, never null
   */
  @NotBlank
  String title();

  /**
   * How strongly the framework asks for the area.
   *
   * @return the level, never null
   */
  AreaLevel level();

  /**
   * What the area is for and what a good agreement states there.
   *
   * @return the guidance, or empty
   */
  Optional<String> guidance();

  /**
   * This area at another level.
   *
   * @param level the new level
   * @return the changed definition
   */
  default AreaDefinition atLevel(AreaLevel level) {
    return this.withLevel(level);
  }

  /**
   * An area.
   *
   * @param code the code
   * @param title the title
   * @param level the level
   * @return the definition
   */
  static AreaDefinition of(AreaCode code, String title, AreaLevel level) {
    return builder().code(code).title(title).level(level).build();
  }

  /**
   * Starts an area definition.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable AreaDefinition with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static AreaDefinition copyOf(AreaDefinition value) {
    return ImmutableAreaDefinition.copyOf(value);
  }

  /**
   * Builds an {@link AreaDefinition}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableAreaDefinition.Builder {
    /** Starts an empty builder; {@link AreaDefinition#builder()} does the same. */
    public Builder() {}
  }
}
