package io.github.slaframework.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.framework.AreaDefinition;
import io.github.slaframework.core.framework.AreaLevel;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.json.SlaReader;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.validation.spi.FrameworkProvider;
import io.github.slaframework.validation.testprovider.AcmeFrameworkProvider;
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
  void shipsTheFrameworkAsACanonicalDocumentThatRoundTrips() throws IOException {
    String text;
    try (InputStream in =
        FrameworkRegistry.class.getResourceAsStream(
            "/io/github/slaframework/validation/frameworks/uk-cctv-partnership-2021.json")) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Framework read = SlaReader.defaults().readFramework(text).value().orElseThrow();
    assertThat(SlaWriter.defaults().writeFramework(read)).isEqualTo(text);
    assertThat(FrameworkRegistry.builtIn().frameworks()).containsExactly(read);
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
                AreaCode.TECHNICAL_STANDARDS, AreaLevel.RECOMMENDED)));
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
  void buildsRegistriesInCodeWhereLaterAdditionsReplaceEarlierOnes() {
    Framework first = Framework.builder().id("f").version("1").title("First").build();
    Framework second = Framework.builder().id("f").version("1").title("Second").build();
    Profile profile =
        Profile.builder()
            .id("p")
            .framework(FrameworkRef.of("f", "1"))
            .addAreas(AreaDefinition.of(AreaCode.of("LOCAL"), "Local", AreaLevel.MANDATORY))
            .build();
    FrameworkRegistry registry =
        FrameworkRegistry.builder().add(profile).add(first).add(second).build();
    assertThat(registry.frameworks()).extracting(Framework::title).containsExactly("Second");
    assertThat(registry.resolve(FrameworkRef.builder().id("f").version("1").profile("p").build()))
        .hasValueSatisfying(f -> assertThat(f.area(AreaCode.of("LOCAL"))).isPresent());
    assertThat(registry.profiles("f", "1")).containsExactly(profile);
    assertThat(registry.toString()).isEqualTo("FrameworkRegistry[f:1, f:1:p]");
  }

  @Test
  void findsVendorFrameworksThroughServiceLoader(@TempDir Path dir) throws IOException {
    ClassLoader loader = new ProviderLoader(getClass().getClassLoader(), dir);
    FrameworkRegistry registry =
        FrameworkRegistry.builder().addBuiltIn().addServiceProviders(loader).build();
    assertThat(registry.frameworks())
        .extracting(Framework::id)
        .containsExactly("uk-cctv-partnership", "acme-retail");
    assertThat(registry.resolve(FrameworkRef.builder().from(UK).profile("acme-small-site").build()))
        .hasValueSatisfying(
            f -> assertThat(f.area(AreaCode.GOVERNANCE).orElseThrow().level()).isEqualTo(AreaLevel.RECOMMENDED));
  }

  @Test
  void declaresTheServiceAndItsApiInTheModuleDescriptor() throws IOException {
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(Path.of("target/classes/module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertThat(descriptor.name()).isEqualTo("io.github.slaframework.validation");
    assertThat(descriptor.uses()).containsExactly(FrameworkProvider.class.getName());
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
    private static final String PROVIDER = AcmeFrameworkProvider.class.getName();
    private final URL services;

    ProviderLoader(ClassLoader parent, Path dir) throws IOException {
      super(parent);
      Path file = dir.resolve("services");
      Files.writeString(file, PROVIDER + "\n");
      this.services = file.toUri().toURL();
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.equals(PROVIDER)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          try (InputStream in = AcmeFrameworkProvider.class.getResourceAsStream("AcmeFrameworkProvider.class")) {
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
