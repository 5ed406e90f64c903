package io.github.slaframework.validation;

import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.validation.internal.BuiltInFrameworks;
import io.github.slaframework.validation.spi.FrameworkProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The frameworks and profiles a validator knows, looked up by id, version and profile. Immutable
 * and thread-safe: build one, share it.
 *
 * <pre>{@code
 * FrameworkRegistry registry = FrameworkRegistry.builder()
 *     .addBuiltIn()              // uk-cctv-partnership 2021 and its housing-association profile
 *     .add(myFramework)          // a Framework read with SlaReader or built in code
 *     .add(myProfile)
 *     .addServiceProviders()     // every FrameworkProvider found by ServiceLoader
 *     .build();
 * }</pre>
 *
 * <p>A framework added later replaces one added earlier with the same id and version; likewise a
 * profile with the same framework and id. The profiles a framework ships in its
 * {@link Framework#profiles()} are registered with it.
 *
 * @since 0.1.0
 */
public final class FrameworkRegistry {

  private final Map<String, Framework> frameworks;
  private final Map<String, Profile> profiles;

  private FrameworkRegistry(Map<String, Framework> frameworks, Map<String, Profile> profiles) {
    this.frameworks = frameworks;
    this.profiles = profiles;
  }

  /**
   * The built-in frameworks: {@code uk-cctv-partnership} version {@code 2021} with its profile
   * {@code housing-association}, read from the framework document shipped in this module.
   *
   * @return the shared registry
   */
  public static FrameworkRegistry builtIn() {
    return BuiltIn.REGISTRY;
  }

  /**
   * The built-in frameworks and those of every {@link FrameworkProvider} found by
   * {@link ServiceLoader}: what {@link AgreementValidator#standard()} and the command line use.
   *
   * @return a new registry
   */
  public static FrameworkRegistry installed() {
    return builder().addBuiltIn().addServiceProviders().build();
  }

  /**
   * Starts an empty registry.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The framework an agreement names, tailored by its profile when it names one.
   *
   * @param ref the reference, never null
   * @return the framework, or empty when the id, version or profile is unknown
   */
  public Optional<Framework> resolve(FrameworkRef ref) {
    Framework framework = frameworks.get(key(ref.id(), ref.version()));
    if (framework == null) {
      return Optional.empty();
    }
    if (ref.profile().isEmpty()) {
      return Optional.of(framework);
    }
    Profile profile = profiles.get(key(ref.id(), ref.version()) + "\u0000" + ref.profile().get());
    return profile == null ? Optional.empty() : Optional.of(framework.tailoredBy(profile));
  }

  /**
   * A framework by id and version, without any profile.
   *
   * @param id the framework id
   * @param version the version
   * @return the framework, or empty
   */
  public Optional<Framework> framework(String id, String version) {
    return Optional.ofNullable(frameworks.get(key(id, version)));
  }

  /**
   * Whether any version of a framework is known.
   *
   * @param id the framework id
   * @return {@code true} when some version is registered
   */
  public boolean knows(String id) {
    return frameworks.values().stream().anyMatch(f -> f.id().equals(id));
  }

  /**
   * Every framework, in the order added (untailored).
   *
   * @return an unmodifiable list, never null
   */
  public List<Framework> frameworks() {
    return List.copyOf(frameworks.values());
  }

  /**
   * Every profile, in the order added.
   *
   * @return an unmodifiable list, never null
   */
  public List<Profile> profiles() {
    return List.copyOf(profiles.values());
  }

  /**
   * The profiles of one framework version.
   *
   * @param id the framework id
   * @param version the version
   * @return the profiles in the order added, never null
   */
  public List<Profile> profiles(String id, String version) {
    return profiles.values().stream()
        .filter(p -> p.framework().id().equals(id) && p.framework().version().equals(version))
        .toList();
  }

  private static String key(String id, String version) {
    return id + "\u0000" + version;
  }

  @Override
  public String toString() {
    List<String> keys = new ArrayList<>();
    frameworks.values().forEach(f -> keys.add(f.ref().key()));
    profiles.values().forEach(p -> keys.add(p.framework().key() + ":" + p.id()));
    return "FrameworkRegistry" + keys;
  }

  /** Holds the built-in registry, read once on first use. */
  private static final class BuiltIn {
    static final FrameworkRegistry REGISTRY = builder().addBuiltIn().build();
  }

  /**
   * Builds a {@link FrameworkRegistry}. Not thread-safe; the registry it builds is.
   *
   * @since 0.1.0
   */
  public static final class Builder {

    private final Map<String, Framework> frameworks = new LinkedHashMap<>();
    private final Map<String, Profile> profiles = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a framework and the profiles it ships (as it is, without its profiles applied).
     *
     * @param framework the framework, never null
     * @return this builder
     */
    public Builder add(Framework framework) {
      Objects.requireNonNull(framework, "framework");
      frameworks.put(key(framework.id(), framework.version()), framework);
      framework.profiles().forEach(this::add);
      return this;
    }

    /**
     * Adds a profile for a framework (added before or after it).
     *
     * @param profile the profile, never null
     * @return this builder
     */
    public Builder add(Profile profile) {
      Objects.requireNonNull(profile, "profile");
      profiles.put(
          key(profile.framework().id(), profile.framework().version()) + "\u0000" + profile.id(),
          profile);
      return this;
    }

    /**
     * Adds the built-in frameworks (see {@link FrameworkRegistry#builtIn()}).
     *
     * @return this builder
     */
    public Builder addBuiltIn() {
      BuiltInFrameworks.frameworks().forEach(this::add);
      return this;
    }

    /**
     * Adds the frameworks and profiles of every {@link FrameworkProvider} that
     * {@link ServiceLoader} finds for this module (module path) or the thread's context class
     * loader (class path).
     *
     * @return this builder
     */
    public Builder addServiceProviders() {
      return addProviders(ServiceLoader.load(FrameworkProvider.class));
    }

    /**
     * Adds the frameworks and profiles of every {@link FrameworkProvider} visible to a class
     * loader.
     *
     * @param loader the class loader, never null
     * @return this builder
     */
    public Builder addServiceProviders(ClassLoader loader) {
      return addProviders(ServiceLoader.load(FrameworkProvider.class, Objects.requireNonNull(loader)));
    }

    private Builder addProviders(ServiceLoader<FrameworkProvider> loader) {
      for (FrameworkProvider provider : loader) {
        provider.frameworks().forEach(this::add);
        provider.profiles().forEach(this::add);
      }
      return this;
    }

    /**
     * Builds the registry.
     *
     * @return a new immutable registry
     */
    public FrameworkRegistry build() {
      return new FrameworkRegistry(
          java.util.Collections.unmodifiableMap(new LinkedHashMap<>(frameworks)),
          java.util.Collections.unmodifiableMap(new LinkedHashMap<>(profiles)));
    }
  }
}
