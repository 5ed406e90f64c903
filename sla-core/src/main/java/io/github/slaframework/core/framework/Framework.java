package io.github.slaframework.core.framework;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.Extensible;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.section.AreaCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A framework: the areas an agreement written under it should cover, each with a level and
 * guidance, and the rules it checks. Frameworks are data: read from a framework document or built
 * in code, never hard-coded in a validator.
 *
 * <p>JSON: {@code { "formatVersion", "id", "version", "title", "publisher"?, "description"?,
 * "areas": [...], "rules"?: [...], "profiles"?: [...] }}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface Framework extends Extensible, WithFramework {

  /** The format version written by this library. */
  String FORMAT_VERSION = "1.0";

  /**
   * The format version of the framework document.
   *
   * @return the version, {@value #FORMAT_VERSION} unless read otherwise
   */
  @Value.Default
  default String formatVersion() {
    return FORMAT_VERSION;
  }

  /**
   * The framework id, such as {@code uk-cctv-partnership}.
   *
   * @return the id, never null
   */
  @NotBlank
  String id();

  /**
   * The version, such as {@code 2021}.
   *
   * @return the version, never null
   */
  @NotBlank
  String version();

  /**
   * The title.
   *
   * @return the title, never null
   */
  @NotBlank
  String title();

  /**
   * Who publishes the framework.
   *
   * @return the publisher, or empty
   */
  Optional<String> publisher();

  /**
   * What the framework is for.
   *
   * @return the description, or empty
   */
  Optional<String> description();

  /**
   * The areas, in the order agreements present them.
   *
   * @return the areas, never null
   */
  List<@Valid AreaDefinition> areas();

  /**
   * The rules.
   *
   * @return the rules in order, never null
   */
  List<@Valid Rule> rules();

  /**
   * Profiles shipped with the framework.
   *
   * @return the profiles in order, never null
   */
  List<@Valid Profile> profiles();

  /**
   * The area with a code.
   *
   * @param code the area code
   * @return the definition, or empty when the framework does not define it
   */
  default Optional<AreaDefinition> area(AreaCode code) {
    return areas().stream().filter(a -> a.code().equals(code)).findFirst();
  }

  /**
   * A shipped profile by id.
   *
   * @param id the profile id
   * @return the profile, or empty
   */
  default Optional<Profile> profile(String id) {
    return profiles().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * A reference to this framework.
   *
   * @return {@code { id, version }}
   */
  default FrameworkRef ref() {
    return FrameworkRef.of(id(), version());
  }

  /**
   * This framework as a profile tailors it: levels changed, the profile's areas and rules added.
   * The result has no profiles of its own.
   *
   * @param profile a profile of this framework
   * @return the tailored framework
   * @throws IllegalArgumentException when the profile is for another framework
   */
  default Framework tailoredBy(Profile profile) {
    if (!profile.framework().id().equals(id())
        || !profile.framework().version().equals(version())) {
      throw new IllegalArgumentException(
          "profile " + profile.id() + " tailors " + profile.framework().key() + ", not "
              + ref().key());
    }
    List<AreaDefinition> areas = new ArrayList<>();
    for (AreaDefinition area : areas()) {
      AreaLevel level = profile.levels().get(area.code());
      areas.add(level == null ? area : area.atLevel(level));
    }
    for (AreaDefinition added : profile.areas()) {
      areas.removeIf(a -> a.code().equals(added.code()));
      areas.add(added);
    }
    List<Rule> rules = new ArrayList<>(rules());
    rules.addAll(profile.rules());
    return Framework.copyOf(this)
        .withAreas(areas)
        .withRules(rules)
        .withProfiles(List.of());
  }

  /**
   * Starts a framework.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * An immutable Framework with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static Framework copyOf(Framework value) {
    return ImmutableFramework.copyOf(value);
  }

  /**
   * Builds a {@link Framework}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableFramework.Builder {
    /** Starts an empty builder; {@link Framework#builder()} does the same. */
    public Builder() {}
  }
}
