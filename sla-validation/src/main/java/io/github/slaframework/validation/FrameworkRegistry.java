package io.github.slaframework.validation;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.validation.internal.BuiltInFrameworks;
import io.github.slaframework.validation.spi.FrameworkProvider;
import io.github.slaframework.core.framework.AreaDefinition;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.Report;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.report.SourceMap;
import io.github.slaframework.json.ReadResult;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.validation.internal.Checks;
import io.github.slaframework.validation.internal.Excerpt;
import io.github.slaframework.validation.internal.FrameworkLint;
import io.github.slaframework.validation.internal.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * The frameworks and profiles a validator knows, looked up by id, version and profile. Immutable
 * and thread-safe: build one, share it.
 *
 * <pre>{@code
 * FrameworkRegistry registry = FrameworkRegistry.builder()
 *     .addBuiltIn()              // uk-cctv-partnership and its profiles
 *     .read(Path.of("frameworks"))  // framework and profile files, or a directory of them
 *     .add(myFramework)          // a Framework read with SlaReader or built in code
 *     .add(myProfile)
 *     .addServiceProviders()     // every FrameworkProvider found by ServiceLoader
 *     .build();                  // refuses a bad framework: FrameworkException
 * }</pre>
 *
 * <p>Frameworks are checked when the registry is built: a framework with the id and version of
 * another, or a profile with the framework and id of another, is {@code FRAMEWORK_DUPLICATE}; a
 * profile of a framework not registered is {@code FRAMEWORK_UNKNOWN}; a rule path or area no
 * agreement of this format can hold is {@code TARGET_UNKNOWN}. The checks a rule calls are
 * checked when a validator is built over the registry ({@code CHECK_UNKNOWN}), because checks are
 * registered with the validator. The profiles a framework ships in its {@link
 * Framework#profiles()} are registered with it.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class FrameworkRegistry {

  /**
   * The frameworks by {@link #key}: a built-in one is read when first needed, so a program that
   * validates agreements of one version reads that version's document only.
   */
  private final Map<String, KnownFramework> frameworks;
  private final Map<String, KnownProfile> profiles;
  /** Where each {@link KnownFramework} and {@link KnownProfile} came from. */
  private final Map<Known, Origin> origins;

  private FrameworkRegistry(Map<String, KnownFramework> frameworks,
      Map<String, KnownProfile> profiles, Map<Known, Origin> origins) {
    this.frameworks = frameworks;
    this.profiles = profiles;
    this.origins = origins;
  }

  /**
   * Where a framework or profile came from: its file (or {@code id:version}), the source map of
   * that file, and its own pointer in it ({@code ""}, or {@code /profiles/i} for a profile a
   * framework ships).
   */
  private record Origin(String file, SourceMap sourceMap, String pointer) {}

  /**
   * The built-in frameworks: every version of {@code uk-cctv-partnership} with its profiles, read
   * from the framework documents shipped in this module, each the first time a caller needs that
   * version (a program that validates agreements of one version reads one document).
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
   * @throws FrameworkException when a provider's framework is refused
   * @throws IllegalStateException when a provider throws; the message names its class
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
    KnownFramework framework = frameworks.get(key(ref.id(), ref.version()));
    if (framework == null) {
      return Optional.empty();
    }
    if (ref.profile().isEmpty()) {
      return Optional.of(framework.framework());
    }
    KnownProfile profile = profiles.get(profileKey(ref, ref.profile().get()));
    return profile == null
        ? Optional.empty()
        : Optional.of(framework.framework().tailoredBy(profile.profile()));
  }

  /**
   * A framework by id and version, without any profile.
   *
   * @param id the framework id
   * @param version the version
   * @return the framework, or empty
   */
  public Optional<Framework> framework(String id, String version) {
    KnownFramework framework = frameworks.get(key(id, version));
    return framework == null ? Optional.empty() : Optional.of(framework.framework());
  }

  /**
   * Whether any version of a framework is known.
   *
   * @param id the framework id
   * @return {@code true} when some version is registered
   */
  public boolean knows(String id) {
    for (KnownFramework framework : frameworks.values()) {
      if (framework.id.equals(id)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Every framework, in the order added (untailored).
   *
   * @return an unmodifiable list, never null
   */
  public List<Framework> frameworks() {
    List<Framework> list = new ArrayList<>(frameworks.size());
    for (KnownFramework framework : frameworks.values()) {
      list.add(framework.framework());
    }
    return List.copyOf(list);
  }

  /**
   * Every profile, in the order added.
   *
   * @return an unmodifiable list, never null
   */
  public List<Profile> profiles() {
    List<Profile> list = new ArrayList<>(profiles.size());
    for (KnownProfile profile : profiles.values()) {
      list.add(profile.profile());
    }
    return List.copyOf(list);
  }

  /**
   * The profiles of one framework version.
   *
   * @param id the framework id
   * @param version the version
   * @return the profiles in the order added, never null
   */
  public List<Profile> profiles(String id, String version) {
    String framework = key(id, version);
    List<Profile> list = new ArrayList<>();
    for (KnownProfile profile : profiles.values()) {
      if (key(profile.frameworkId, profile.frameworkVersion).equals(framework)) {
        list.add(profile.profile());
      }
    }
    return List.copyOf(list);
  }

  private static String key(String id, String version) {
    return id + "\u0000" + version;
  }

  private static String profileKey(FrameworkRef framework, String id) {
    return key(framework.id(), framework.version()) + "\u0000" + id;
  }

  /**
   * {@code CHECK_UNKNOWN} findings for every rule, of every framework and profile, whose check the
   * given checks do not implement, by document. The built-in frameworks are left out, not read
   * for this: their rules call only the built-in checks, which every validator has ({@code
   * Checks.of}), as {@code FrameworkRegistryTests} checks.
   */
  List<FileReport> unknownChecks(Checks checks, Messages messages) {
    FrameworkLint lint = new FrameworkLint(messages);
    Findings findings = new Findings();
    for (KnownFramework framework : frameworks.values()) {
      if (framework.given != null) {
        Origin origin = origins.get(framework);
        findings.add(origin,
            lint.checks(framework.given.rules(), origin.pointer() + "/rules", checks));
      }
    }
    for (KnownProfile profile : profiles.values()) {
      if (profile.given != null) {
        Origin origin = origins.get(profile);
        findings.add(origin,
            lint.checks(profile.given.rules(), origin.pointer() + "/rules", checks));
      }
    }
    return findings.reports();
  }

  /** Findings gathered per document, located through its source map. */
  private static final class Findings {
    private final Map<String, List<Finding>> byFile = new LinkedHashMap<>();

    void add(Origin origin, List<Finding> findings) {
      for (Finding finding : findings) {
        byFile
            .computeIfAbsent(origin.file(), f -> new ArrayList<>())
            .add(finding.locatedBy(origin.sourceMap()));
      }
    }

    /** One {@code ERROR} about a whole document, at a pointer under its own. */
    void error(Origin origin, String code, String pointer, String message) {
      add(origin, List.of(Finding.of(Severity.ERROR, code, origin.pointer() + pointer, message)));
    }

    void add(String file, Report report) {
      byFile.computeIfAbsent(file, f -> new ArrayList<>()).addAll(report.findings());
    }

    List<FileReport> reports() {
      List<FileReport> out = new ArrayList<>();
      byFile.forEach((file, list) -> out.add(new FileReport(file, Report.of(list), false)));
      return out;
    }
  }

  @Override
  public String toString() {
    List<String> keys = new ArrayList<>();
    frameworks.values().forEach(f -> keys.add(f.refKey()));
    profiles.values().forEach(p -> keys.add(p.frameworkKey + ":" + p.id));
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
  @API(status = STABLE)
  public static final class Builder {

    /** A framework or profile added, with where it came from; checked by {@link #build()}. */
    /**
     * A document added, where it came from, and whether its rule targets are checked when the
     * registry is built: the built-in frameworks are checked by this module's tests instead
     * ({@code FrameworkRegistryTests}), not at every start of every program (checking targets
     * builds the agreement schema's tree).
     */
    private record Added(Known document, Origin origin, boolean checkTargets) {
      Added(Known document, Origin origin) {
        this(document, origin, true);
      }
    }

    private final List<Added> added = new ArrayList<>();
    private final Findings unreadable = new Findings();
    private final SlaReader reader = SlaReader.defaults();

    private Builder() {}

    /**
     * Adds a framework and the profiles it ships (as it is, without its profiles applied).
     *
     * @param framework the framework, never null
     * @return this builder
     */
    public Builder add(Framework framework) {
      Objects.requireNonNull(framework, "framework");
      return add(framework, framework.ref().key(), SourceMap.EMPTY);
    }

    private Builder add(Framework framework, String file, SourceMap sourceMap) {
      return add(framework, file, sourceMap, true);
    }

    private Builder add(Framework framework, String file, SourceMap sourceMap,
        boolean checkTargets) {
      added.add(new Added(KnownFramework.of(framework), new Origin(file, sourceMap, ""),
          checkTargets));
      for (int i = 0; i < framework.profiles().size(); i++) {
        added.add(new Added(KnownProfile.of(framework.profiles().get(i)),
            new Origin(file, sourceMap, "/profiles/" + i), checkTargets));
      }
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
      added.add(new Added(KnownProfile.of(profile),
          new Origin(profile.framework().key() + ":" + profile.id(), SourceMap.EMPTY, "")));
      return this;
    }

    /**
     * Reads framework and profile documents (JSON or YAML, by extension): a file, or every
     * {@code *.json}, {@code *.yaml} and {@code *.yml} file under a directory, in name order. A
     * document that has a {@code formatVersion} is read as a framework, one without as a profile.
     * A document that cannot be read, or is read with an {@code ERROR}, makes {@link #build()}
     * refuse the registry with its findings, located in the file.
     *
     * @param path a file or directory, never null
     * @return this builder
     * @throws IOException when a file or the directory cannot be read
     * @since 0.2.0
     */
    public Builder read(Path path) throws IOException {
      Objects.requireNonNull(path, "path");
      if (!Files.isDirectory(path)) {
        readFile(path);
        return this;
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(path)) {
        files =
            walk.filter(Files::isRegularFile).filter(Builder::isDocument).sorted().toList();
      }
      for (Path file : files) {
        readFile(file);
      }
      return this;
    }

    private static boolean isDocument(Path file) {
      String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
      return name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private void readFile(Path file) throws IOException {
      String name = file.toString();
      ReadResult<Framework> framework = reader.readFramework(file);
      boolean isProfile =
          framework.value().isEmpty()
              && framework.report().findings().stream()
                  .anyMatch(
                      f ->
                          f.code().equals(FindingCodes.FORMAT_VERSION)
                              && f.path().equals("/formatVersion"));
      if (!isProfile) {
        if (framework.value().isEmpty() || !framework.report().isValid()) {
          unreadable.add(name, framework.report());
        } else {
          add(framework.value().get(), name, framework.sourceMap());
        }
        return;
      }
      ReadResult<Profile> profile = reader.readProfile(file);
      if (profile.value().isEmpty() || !profile.report().isValid()) {
        unreadable.add(name, profile.report());
      } else {
        added.add(new Added(KnownProfile.of(profile.value().get()),
            new Origin(name, profile.sourceMap(), "")));
      }
    }

    /**
     * Adds the built-in frameworks (see {@link FrameworkRegistry#builtIn()}). Each document is
     * read when a caller first needs that framework version, not here.
     *
     * @return this builder
     */
    public Builder addBuiltIn() {
      for (BuiltInFrameworks.Entry entry : BuiltInFrameworks.entries()) {
        Origin origin = new Origin(entry.toString(), SourceMap.EMPTY, "");
        added.add(new Added(KnownFramework.of(entry), origin, false));
        for (int i = 0; i < entry.profileIds().size(); i++) {
          added.add(new Added(KnownProfile.of(entry, i),
              new Origin(origin.file(), SourceMap.EMPTY, "/profiles/" + i), false));
        }
      }
      return this;
    }

    /**
     * Adds the frameworks and profiles of every {@link FrameworkProvider} that
     * {@link ServiceLoader} finds for this module (module path) or the thread's context class
     * loader (class path).
     *
     * @return this builder
     * @throws IllegalStateException when a provider cannot be created or throws; the message names
     *     its class
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
     * @throws IllegalStateException when a provider cannot be created or throws; the message names
     *     its class
     */
    public Builder addServiceProviders(ClassLoader loader) {
      return addProviders(
          ServiceLoader.load(FrameworkProvider.class, Objects.requireNonNull(loader, "loader")));
    }

    private Builder addProviders(ServiceLoader<FrameworkProvider> loader) {
      for (ServiceLoader.Provider<FrameworkProvider> provider : loader.stream().toList()) {
        String name = provider.type().getName();
        List<Framework> frameworks;
        List<Profile> profiles;
        try {
          FrameworkProvider instance = provider.get();
          frameworks = List.copyOf(instance.frameworks());
          profiles = List.copyOf(instance.profiles());
        } catch (RuntimeException | ServiceConfigurationError e) {
          throw new IllegalStateException("framework provider " + name + " failed: " + e, e);
        }
        frameworks.forEach(this::add);
        profiles.forEach(this::add);
      }
      return this;
    }

    /**
     * Builds the registry, checking every framework and profile added.
     *
     * @return a new immutable registry
     * @throws FrameworkException when a document is refused (see {@link FrameworkRegistry}); its
     *     findings are located in the document
     */
    public FrameworkRegistry build() {
      Messages messages = Messages.of(Locale.ENGLISH);
      FrameworkLint lint = new FrameworkLint(messages);
      Map<String, KnownFramework> frameworks = new LinkedHashMap<>();
      Map<String, KnownProfile> profiles = new LinkedHashMap<>();
      Map<Known, Origin> origins = new IdentityHashMap<>();
      Findings findings = new Findings();
      for (Added a : added) {
        if (a.document() instanceof KnownFramework document) {
          Origin origin = a.origin();
          if (frameworks.putIfAbsent(key(document.id, document.version), document) != null) {
            findings.error(
                origin,
                FindingCodes.FRAMEWORK_DUPLICATE,
                "/version",
                messages.get("framework.duplicate", "framework", document.refKey()));
            continue;
          }
          origins.put(document, origin);
          if (a.checkTargets() && document.given != null) {
            Framework framework = document.given;
            findings.add(
                origin,
                lint.targets(
                    framework.rules(),
                    origin.pointer() + "/rules",
                    FrameworkLint.defined(framework.areas())));
          }
        }
      }
      for (Added a : added) {
        if (a.document() instanceof KnownProfile document) {
          Origin origin = a.origin();
          String id = document.id;
          String frameworkKey = document.frameworkKey;
          KnownFramework framework =
              frameworks.get(key(document.frameworkId, document.frameworkVersion));
          if (framework == null) {
            findings.error(
                origin,
                FindingCodes.FRAMEWORK_UNKNOWN,
                "/framework",
                messages.get(
                    "framework.profileOfUnknown",
                    "profile",
                    Excerpt.of(id),
                    "framework",
                    Excerpt.of(frameworkKey)));
            continue;
          }
          if (profiles.putIfAbsent(key(framework.id, framework.version) + "\u0000" + id,
              document) != null) {
            findings.error(
                origin,
                FindingCodes.FRAMEWORK_DUPLICATE,
                "/id",
                messages.get(
                    "framework.profileDuplicate",
                    "profile",
                    Excerpt.of(id),
                    "framework",
                    framework.refKey()));
            continue;
          }
          origins.put(document, origin);
          if (a.checkTargets() && document.given != null) {
            Profile profile = document.given;
            List<AreaDefinition> areas = new ArrayList<>(framework.framework().areas());
            areas.addAll(profile.areas());
            findings.add(
                origin,
                lint.targets(
                    profile.rules(), origin.pointer() + "/rules", FrameworkLint.defined(areas)));
          }
        }
      }
      List<FileReport> refused = new ArrayList<>(unreadable.reports());
      refused.addAll(findings.reports());
      if (!refused.isEmpty()) {
        throw new FrameworkException(refused);
      }
      return new FrameworkRegistry(
          Collections.unmodifiableMap(frameworks),
          Collections.unmodifiableMap(profiles),
          Collections.unmodifiableMap(origins));
    }
  }
}
