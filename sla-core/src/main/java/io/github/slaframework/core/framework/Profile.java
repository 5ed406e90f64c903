package io.github.slaframework.core.framework;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.Extensible;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.section.AreaCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A profile tailors a framework to a kind of operator: it changes the levels of areas (a
 * housing-association profile makes {@code FINANCE} mandatory), and may add areas and rules.
 *
 * <p>JSON: {@code { "id", "title"?, "description"?, "framework": { "id", "version" }, "levels"?:
 * { AREA: LEVEL }, "areas"?: [...], "rules"?: [...] }}. A profile is a document of its own or
 * sits inside its framework's {@code profiles}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface Profile extends Extensible, WithProfile {

  /**
   * The profile id, such as {@code housing-association}.
   *
   * @return the id, never null
   */
  @NotBlank
  String id();

  /**
   * A human title.
   *
   * @return the title, or empty
   */
  Optional<String> title();

  /**
   * Who the profile is for.
   *
   * @return the description, or empty
   */
  Optional<String> description();

  /**
   * The framework the profile tailors (without a profile).
   *
   * @return the framework reference, never null
   */
  @Valid
  FrameworkRef framework();

  /**
   * Changed levels of the framework's areas.
   *
   * @return an unmodifiable ordered map, never null
   */
  Map<AreaCode, AreaLevel> levels();

  /**
   * Areas the profile adds.
   *
   * @return the areas in order, never null
   */
  List<@Valid AreaDefinition> areas();

  /**
   * Rules the profile adds.
   *
   * @return the rules in order, never null
   */
  List<@Valid Rule> rules();

  /**
   * Starts a profile.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable Profile with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static Profile copyOf(Profile value) {
    return ImmutableProfile.copyOf(value);
  }

  /**
   * Builds a {@link Profile}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableProfile.Builder {
    /** Starts an empty builder; {@link Profile#builder()} does the same. */
    public Builder() {}
  }
}
