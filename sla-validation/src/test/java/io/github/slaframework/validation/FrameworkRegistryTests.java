package io.github.slaframework.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.framework.AreaDefinition;
import io.github.slaframework.core.framework.AreaLevel;
import io.github.slaframework.core.framework.Condition;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.framework.Target;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.validation.spi.FrameworkProvider;
import io.github.slaframework.validation.testprovider.AcmeFrameworkProvider;
import io.github.slaframework.validation.testprovider.BrokenFrameworkProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameworkRegistryTests {

  private static final FrameworkRef UK = FrameworkRef.of("uk-cctv-partnership", "2021");

  @Test
  void theBuiltInFrameworksPassTheChecksTheRegistrySkipsForThemAtRunTime() {
    // addBuiltIn() does not check rule targets at every start; added as any other framework
    // they are checked, and must pass.
    FrameworkRegistry.Builder checked = FrameworkRegistry.builder();
    FrameworkRegistry.builtIn().frameworks().forEach(f -> checked.add(
        Framework.copyOf(f).withProfiles(List.of())));
    FrameworkRegistry.builtIn().profiles().forEach(checked::add);

    FrameworkRegistry registry = checked.build();

    assertThat(registry.frameworks()).hasSameSizeAs(FrameworkRegistry.builtIn().frameworks());
    assertThat(registry.profiles()).hasSameSizeAs(FrameworkRegistry.builtIn().profiles());
    // Nor are their checks looked up when a validator is built (CHECK_UNKNOWN): every validator
    // has the built-in checks. Added as any other framework they are looked up, and found.
    assertThat(AgreementValidator.builder().registry(registry).build().registry())
        .isSameAs(registry);
  }

  @Test
  void listsTheBuiltInFrameworksAndTheirProfilesInTheOrderOfTheirDocuments() {
    FrameworkRegistry registry = FrameworkRegistry.builder().addBuiltIn().build();
    assertThat(registry.toString())
        .isEqualTo("FrameworkRegistry[uk-cctv-partnership:2021, uk-cctv-partnership:2026, "
            + "uk-cctv-partnership:2021:housing-association, uk-cctv-partnership:2021:scotland, "
            + "uk-cctv-partnership:2021:university-campus, "
            + "uk-cctv-partnership:2026:housing-association, uk-cctv-partnership:2026:scotland, "
            + "uk-cctv-partnership:2026:university-campus, uk-cctv-partnership:2026:nhs-trust, "
            + "uk-cctv-partnership:2026:retail-bid, uk-cctv-partnership:2026:wales, "
            + "uk-cctv-partnership:2026:northern-ireland]");
    assertThat(registry.frameworks()).extracting(Framework::version)
        .containsExactly("2021", "2026");
    assertThat(registry.profiles("uk-cctv-partnership", "2026")).extracting(Profile::id)
        .containsExactly("housing-association", "scotland", "university-campus", "nhs-trust",
            "retail-bid", "wales", "northern-ireland");
    assertThat(registry.profiles("uk-cctv-partnership", "2026"))
        .allSatisfy(p -> assertThat(p.framework().version()).isEqualTo("2026"));
    assertThat(registry.framework("uk-cctv-partnership", "2026")).isPresent();
    assertThat(registry.framework("uk-cctv-partnership", "2025")).isEmpty();
  }

  @Test
  void refusesAFrameworkOrProfileThatABuiltInOneAlreadyHas() {
    Framework again = Framework.builder().id("uk-cctv-partnership").version("2026").title("Again")
        .build();
    Profile scotland =
        Profile.builder().id("scotland").framework(FrameworkRef.of("uk-cctv-partnership", "2021"))
            .build();
    assertThat(refusals(FrameworkRegistry.builder().addBuiltIn().add(again).add(scotland)))
        .containsExactly(
            "uk-cctv-partnership:2026 FRAMEWORK_DUPLICATE /version",
            "uk-cctv-partnership:2021:scotland FRAMEWORK_DUPLICATE /id");
    // Added before the built-in ones, the user's come first and the built-in one is refused.
    assertThat(refusals(FrameworkRegistry.builder().add(again).addBuiltIn()))
        .containsExactly("uk-cctv-partnership:2026 FRAMEWORK_DUPLICATE /version");
  }

  /** The findings of a registry that is refused, each as {@code file CODE pointer}. */
  private static List<String> refusals(FrameworkRegistry.Builder builder) {
    try {
      builder.build();
    } catch (FrameworkException e) {
      List<String> findings = new java.util.ArrayList<>();
      e.reports().forEach(r -> r.report().findings()
          .forEach(f -> findings.add(r.file() + " " + f.code() + " " + f.path())));
      return findings;
    }
    throw new AssertionError("the registry was not refused");
  }

  @Test
  void tailorsABuiltInFrameworkByAProfileAddedBesideIt() {
    Profile local =
        Profile.builder()
            .id("local")
            .framework(FrameworkRef.of("uk-cctv-partnership", "2021"))
            .addAreas(AreaDefinition.of(AreaCode.of("LOCAL"), "Local", AreaLevel.MANDATORY))
            .build();
    FrameworkRegistry registry = FrameworkRegistry.builder().addBuiltIn().add(local).build();
    FrameworkRef ref = FrameworkRef.builder().from(UK).profile("local").build();
    assertThat(registry.resolve(ref))
        .hasValueSatisfying(f -> assertThat(f.area(AreaCode.of("LOCAL"))).isPresent());
    assertThat(registry.profiles("uk-cctv-partnership", "2021")).extracting(Profile::id)
        .containsExactly("housing-association", "scotland", "university-campus", "local");
  }

  @Test
  void shipsTheBuiltInFrameworkWithExactlyTheAreasAndLevelsOfTheFormat() {
    Framework framework = FrameworkRegistry.builtIn().resolve(UK).orElseThrow();
    assertThat(framework.areas())
        .extracting(a -> a.code().code(), AreaDefinition::level)
        .containsExactly(
            tuple("PURPOSE_AND_LEGITIMACY", AreaLevel.MANDATORY),
            tuple("LEGAL_CONSIDERATIONS", AreaLevel.MANDATORY),
            tuple("GOVERNANCE", AreaLevel.MANDATORY),
            tuple("INFORMATION_SHARING", AreaLevel.MANDATORY),
            tuple("COMMUNICATION", AreaLevel.RECOMMENDED),
            tuple("TRAINING", AreaLevel.RECOMMENDED),
            tuple("SURVEILLANCE_TYPES", AreaLevel.RECOMMENDED),
            tuple("FINANCE", AreaLevel.OPTIONAL),
            tuple("FEEDBACK", AreaLevel.RECOMMENDED),
            tuple("FUTURE_TECHNOLOGY", AreaLevel.OPTIONAL),
            tuple("EVALUATION_AND_REVIEW", AreaLevel.MANDATORY),
            tuple("TECHNICAL_STANDARDS", AreaLevel.OPTIONAL));
    assertThat(framework.areas()).allSatisfy(a -> assertThat(a.guidance()).isPresent());
    assertThat(framework.rules())
        .extracting(Rule::code, Rule::severity, r -> r.check().isPresent())
        .containsExactly(
            tuple("PARTY_COMPOSITION", Severity.ERROR, false),
            tuple("DATA_PROTECTION_BASIS", Severity.ERROR, false),
            tuple("COVERT_AUTHORISATION", Severity.ERROR, false),
            tuple("RETENTION_LONG", Severity.WARNING, false),
            tuple("PIXEL_DENSITY", Severity.ERROR, true),
            tuple("PIXEL_DENSITY_LEVEL", Severity.ERROR, true),
            tuple("REVIEW_OVERDUE", Severity.WARNING, true));
  }

  @Test
  void shipsTheFrameworksAsCanonicalDocumentsThatRoundTrip() throws IOException {
    List<Framework> shipped = new java.util.ArrayList<>();
    for (String version : List.of("2021", "2026")) {
      String text;
      try (InputStream in =
          FrameworkRegistry.class.getResourceAsStream(
              "/io/github/slaframework/validation/frameworks/uk-cctv-partnership-" + version
                  + ".json")) {
        text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      }
      Framework read = SlaReader.defaults().readFramework(text).value().orElseThrow();
      assertThat(SlaWriter.defaults().writeFramework(read)).as(version).isEqualTo(text);
      shipped.add(read);
    }
    assertThat(FrameworkRegistry.builtIn().frameworks()).containsExactlyElementsOf(shipped);
  }

  @Test
  void resolvesTheHousingAssociationProfileWithFinanceMandatory() {
    FrameworkRef ref = FrameworkRef.builder().from(UK).profile("housing-association").build();
    Framework tailored = FrameworkRegistry.builtIn().resolve(ref).orElseThrow();
    assertThat(tailored.area(AreaCode.FINANCE).orElseThrow().level()).isEqualTo(AreaLevel.MANDATORY);
    assertThat(tailored.area(AreaCode.TRAINING).orElseThrow().level()).isEqualTo(AreaLevel.RECOMMENDED);
    assertThat(FrameworkRegistry.builtIn().profiles())
        .extracting(Profile::id, Profile::levels)
        .containsExactly(
            tuple("housing-association", java.util.Map.of(AreaCode.FINANCE, AreaLevel.MANDATORY)),
            tuple("scotland", java.util.Map.of(AreaCode.SURVEILLANCE_TYPES, AreaLevel.MANDATORY)),
            tuple("university-campus", java.util.Map.of(AreaCode.COMMUNICATION, AreaLevel.MANDATORY,
                AreaCode.TECHNICAL_STANDARDS, AreaLevel.RECOMMENDED)),
            // Version 2026 (format 1.1 section 3): SURVEILLANCE_TYPES is mandatory in the
            // framework itself, so the 2026 scotland profile changes no level.
            tuple("housing-association", java.util.Map.of(AreaCode.FINANCE, AreaLevel.MANDATORY)),
            tuple("scotland", java.util.Map.of()),
            tuple("university-campus", java.util.Map.of(AreaCode.COMMUNICATION, AreaLevel.MANDATORY,
                AreaCode.TECHNICAL_STANDARDS, AreaLevel.RECOMMENDED)),
            tuple("nhs-trust", java.util.Map.of(AreaCode.TECHNICAL_STANDARDS, AreaLevel.RECOMMENDED)),
            tuple("retail-bid", java.util.Map.of(AreaCode.FINANCE, AreaLevel.MANDATORY)),
            tuple("wales", java.util.Map.of()),
            tuple("northern-ireland", java.util.Map.of()));
  }

  @Test
  void resolvesNothingForAnUnknownIdVersionOrProfile() {
    FrameworkRegistry registry = FrameworkRegistry.builtIn();
    assertThat(registry.resolve(FrameworkRef.of("other", "2021"))).isEmpty();
    assertThat(registry.resolve(FrameworkRef.of("uk-cctv-partnership", "2020"))).isEmpty();
    assertThat(registry.resolve(FrameworkRef.builder().from(UK).profile("nhs").build())).isEmpty();
    assertThat(registry.knows("uk-cctv-partnership")).isTrue();
    assertThat(registry.knows("other")).isFalse();
  }

  @Test
  void buildsRegistriesInCodeAndRefusesTheSameIdAndVersionTwice() {
    Framework first = Framework.builder().id("f").version("1").title("First").build();
    Framework second = Framework.builder().id("f").version("1").title("Second").build();
    Profile profile =
        Profile.builder()
            .id("p")
            .framework(FrameworkRef.of("f", "1"))
            .addAreas(AreaDefinition.of(AreaCode.of("LOCAL"), "Local", AreaLevel.MANDATORY))
            .build();
    FrameworkRegistry registry = FrameworkRegistry.builder().add(profile).add(first).build();
    assertThat(registry.frameworks()).extracting(Framework::title).containsExactly("First");
    assertThat(registry.resolve(FrameworkRef.builder().id("f").version("1").profile("p").build()))
        .hasValueSatisfying(f -> assertThat(f.area(AreaCode.of("LOCAL"))).isPresent());
    assertThat(registry.profiles("f", "1")).containsExactly(profile);
    assertThat(registry.toString()).isEqualTo("FrameworkRegistry[f:1, f:1:p]");

    assertThatThrownBy(
            () -> FrameworkRegistry.builder().add(profile).add(first).add(second).add(profile).build())
        .isInstanceOfSatisfying(
            FrameworkException.class,
            e ->
                assertThat(e.reports())
                    .flatExtracting(
                        r -> r.report().findings().stream()
                            .map(f -> r.file() + " " + f.code() + " " + f.path())
                            .toList())
                    .containsExactly(
                        "f:1 FRAMEWORK_DUPLICATE /version", "f:1:p FRAMEWORK_DUPLICATE /id"));
  }

  @Test
  void refusesAProfileOfAFrameworkThatIsNotRegistered() {
    Profile orphan = Profile.builder().id("p").framework(FrameworkRef.of("nowhere", "1")).build();
    assertThatThrownBy(() -> FrameworkRegistry.builder().addBuiltIn().add(orphan).build())
        .isInstanceOf(FrameworkException.class)
        .hasMessageContaining("nowhere:1:p: ERROR FRAMEWORK_UNKNOWN /framework");
  }

  @Test
  void readsFrameworkAndProfileFilesAndDirectories(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("set"));
    Files.writeString(dir.resolve("set/acme.json"), ACME);
    Files.writeString(
        dir.resolve("set/acme-small.yaml"),
        "id: small\nframework: { id: acme, version: \"1\" }\nlevels: { FINANCE: MANDATORY }\n");
    FrameworkRegistry registry = FrameworkRegistry.builder().read(dir.resolve("set")).build();
    assertThat(registry.frameworks()).extracting(Framework::id).containsExactly("acme");
    assertThat(registry.profiles("acme", "1")).extracting(Profile::id).containsExactly("small");
    FrameworkRegistry one = FrameworkRegistry.builder().read(dir.resolve("set/acme.json")).build();
    assertThat(one.profiles()).isEmpty();
  }

  @Test
  void refusesRulesWhosePathOrAreaNoAgreementCanHoldLocatedInTheirFile(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("typo.json");
    Files.writeString(
        file,
        ACME.replace("\"path\": \"/title\"", "\"path\": \"/titel\"")
            .replace("\"area\": \"GOVERNANCE\", \"path\": \"/escalation\"",
                "\"area\": \"GOVERNANCE\", \"path\": \"/cameras/*/id\"")
            .replace("\"area\": \"FINANCE\"", "\"area\": \"FINANSE\""));
    assertThatThrownBy(() -> FrameworkRegistry.builder().read(file).build())
        .isInstanceOfSatisfying(
            FrameworkException.class,
            e -> {
              assertThat(e.reports()).extracting(FileReport::file).containsExactly(file.toString());
              assertThat(e.reports().get(0).report().findings())
                  .extracting(f -> f.code() + " " + f.path() + " " + f.location().orElseThrow())
                  .containsExactly(
                      "TARGET_UNKNOWN /rules/0/require/exists/path 13:40",
                      "TARGET_UNKNOWN /rules/1/require/exists/path 17:62",
                      "TARGET_UNKNOWN /rules/2/require/count/area 21:39");
            });
  }

  @Test
  void refusesAFileThatCannotBeReadWithItsFindings(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{ \"formatVersion\": \"1.0\", \"id\": ");
    assertThatThrownBy(() -> FrameworkRegistry.builder().read(file).build())
        .isInstanceOf(FrameworkException.class)
        .hasMessageContaining(file + ":1:")
        .hasMessageContaining("SYNTAX");
  }

  @Test
  void acceptsRulePathsEveryAgreementCanHold() {
    // Every rule of the built-in frameworks passes the load check (paths into typed sections,
    // arrays with *, x- fields, counted elements with where).
    assertThat(FrameworkRegistry.builder().addBuiltIn().build().frameworks()).isNotEmpty();
    Rule deep =
        Rule.builder()
            .code("DEEP")
            .severity(Severity.INFO)
            .message("m")
            .require(
                new Condition.Count(
                    Target.area(AreaCode.TECHNICAL_STANDARDS, "/cameras/*"),
                    java.util.Optional.of(
                        new Condition.Compare(
                            Target.root("/horizontalPixels"),
                            io.github.slaframework.core.framework.ComparisonOperator.GE,
                            io.github.slaframework.core.value.JsonValue.of(1920))),
                    java.util.Optional.of(1),
                    java.util.Optional.empty()))
            .build();
    Rule extension =
        Rule.builder()
            .code("EXT")
            .severity(Severity.INFO)
            .message("m")
            .require(new Condition.Exists(Target.area(AreaCode.of("x-local"), "/x-anything/deep/0")))
            .build();
    Framework framework =
        Framework.builder().id("ok").version("1").title("OK").addRules(deep, extension).build();
    assertThat(FrameworkRegistry.builder().add(framework).build().frameworks()).hasSize(1);
    Rule wrongWhere =
        Rule.builder().from(deep).require(
            new Condition.Count(
                Target.area(AreaCode.TECHNICAL_STANDARDS, "/cameras/*"),
                java.util.Optional.of(new Condition.Exists(Target.root("/escalation"))),
                java.util.Optional.of(1),
                java.util.Optional.empty())).build();
    Framework bad = Framework.builder().id("bad").version("1").title("Bad").addRules(wrongWhere).build();
    assertThatThrownBy(() -> FrameworkRegistry.builder().add(bad).build())
        .hasMessageContaining("bad:1: ERROR TARGET_UNKNOWN /rules/0/require/count/where/exists/path");
  }

  /** A small framework file: the conditions of its rules on lines 13, 17 and 21. */
  static final String ACME =
      """
      {
        "formatVersion": "1.0",
        "id": "acme",
        "version": "1",
        "title": "Acme",
        "areas": [
          { "code": "GOVERNANCE", "title": "Governance", "level": "MANDATORY" },
          { "code": "FINANCE", "title": "Finance", "level": "OPTIONAL" }
        ],
        "rules": [
          {
            "code": "ACME_TITLE", "severity": "ERROR", "message": "m",
            "require": { "exists": { "path": "/title" } }
          },
          {
            "code": "ACME_ESCALATION", "severity": "WARNING", "message": "m",
            "require": { "exists": { "area": "GOVERNANCE", "path": "/escalation" } }
          },
          {
            "code": "ACME_CHARGES", "severity": "WARNING", "message": "m",
            "require": { "count": { "area": "FINANCE", "path": "/charges/*", "min": 1 } }
          }
        ]
      }
      """;

  @Test
  void findsVendorFrameworksThroughServiceLoader(@TempDir Path dir) throws IOException {
    ClassLoader loader = new ProviderLoader(getClass().getClassLoader(), dir);
    FrameworkRegistry registry =
        FrameworkRegistry.builder().addBuiltIn().addServiceProviders(loader).build();
    assertThat(registry.frameworks())
        .extracting(Framework::id)
        .containsExactly("uk-cctv-partnership", "uk-cctv-partnership", "acme-retail");
    assertThat(registry.resolve(FrameworkRef.builder().from(UK).profile("acme-small-site").build()))
        .hasValueSatisfying(
            f -> assertThat(f.area(AreaCode.GOVERNANCE).orElseThrow().level()).isEqualTo(AreaLevel.RECOMMENDED));
  }

  @Test
  void namesAFrameworkProviderThatThrows(@TempDir Path dir) throws IOException {
    ClassLoader loader =
        new ProviderLoader(getClass().getClassLoader(), dir, BrokenFrameworkProvider.class);
    assertThatThrownBy(() -> FrameworkRegistry.builder().addServiceProviders(loader))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("framework provider " + BrokenFrameworkProvider.class.getName())
        .hasMessageContaining("acme-2026.json is missing from the jar");
  }

  @Test
  void declaresTheServiceAndItsApiInTheModuleDescriptor() throws IOException {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertThat(descriptor.name()).isEqualTo("io.github.slaframework.validation");
    assertThat(descriptor.uses())
        .containsExactlyInAnyOrder(
            FrameworkProvider.class.getName(),
            io.github.slaframework.validation.spi.CheckProvider.class.getName());
    assertThat(descriptor.exports())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder("io.github.slaframework.validation", "io.github.slaframework.validation.spi");
    assertThat(descriptor.requires())
        .extracting(ModuleDescriptor.Requires::name)
        .contains("io.github.slaframework.json")
        .doesNotContain("org.hibernate.validator", "jakarta.el");
  }

  /**
   * Loads {@link AcmeFrameworkProvider} in an unnamed module of its own and lists it in a
   * {@code META-INF/services} file, as a vendor jar on the class path would: the tests run in this
   * module, whose own services only a module descriptor can declare.
   */
  private static final class ProviderLoader extends ClassLoader {

    private static final String SERVICES = "META-INF/services/" + FrameworkProvider.class.getName();
    private final String provider;
    private final URL services;

    ProviderLoader(ClassLoader parent, Path dir) throws IOException {
      this(parent, dir, AcmeFrameworkProvider.class);
    }

    ProviderLoader(ClassLoader parent, Path dir, Class<? extends FrameworkProvider> provider)
        throws IOException {
      super(parent);
      this.provider = provider.getName();
      Path file = dir.resolve("services");
      Files.writeString(file, this.provider + "\n");
      this.services = file.toUri().toURL();
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.equals(provider)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          String resource = name.substring(name.lastIndexOf('.') + 1) + ".class";
          try (InputStream in = AcmeFrameworkProvider.class.getResourceAsStream(resource)) {
            byte[] bytes = in.readAllBytes();
            loaded = defineClass(name, bytes, 0, bytes.length);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return loaded;
      }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return name.equals(SERVICES)
          ? Collections.enumeration(List.of(services))
          : super.getResources(name);
    }
  }
}
