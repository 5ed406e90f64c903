package io.github.slaframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slaframework.core.framework.Condition;
import io.github.slaframework.core.framework.Target;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.section.CustomSection;
import io.github.slaframework.core.section.EvidenceExport;
import io.github.slaframework.core.section.EvidenceFormat;
import io.github.slaframework.core.section.GovernanceSection;
import io.github.slaframework.core.section.InformationSharingSection;
import io.github.slaframework.core.section.IntegrityAlgorithm;
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.value.JsonValue;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The public face of the model: builders on the abstract types, generated classes hidden. */
class BuilderApiTests {

  /** Every class Immutables generated for sla-core, found beside the compiled model. */
  private static List<Class<?>> generatedClasses() throws IOException, URISyntaxException {
    Path classes = Path.of(Agreement.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .map(f -> classes.relativize(f).toString().replace('\\', '/'))
          .filter(f -> f.matches(".*/Immutable[A-Za-z]+\\.class"))
          .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .<Class<?>>map(BuilderApiTests::load)
          .toList();
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, Agreement.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void everyModelTypeHasAPublicBuilderAndHidesItsGeneratedClass() throws Exception {
    List<Class<?>> generated = generatedClasses();
    assertThat(generated).hasSizeGreaterThanOrEqualTo(35);
    for (Class<?> implementation : generated) {
      String name = implementation.getName();
      Class<?> type = load(name.substring(0, name.lastIndexOf('.') + 1)
          + implementation.getSimpleName().substring("Immutable".length()));
      assertThat(Modifier.isPublic(implementation.getModifiers())).as(name).isFalse();
      Class<?> builder = load(type.getName() + "$Builder");
      assertThat(Modifier.isPublic(builder.getModifiers())).as("%s.Builder", type).isTrue();
      Method factory = type.getMethod("builder");
      assertThat(factory.getReturnType()).as("%s.builder()", type).isEqualTo(builder);
      Method copyOf = type.getMethod("copyOf", type);
      assertThat(copyOf.getReturnType()).as("%s.copyOf", type).isEqualTo(type);
      assertThat(builder.getMethod("build").getReturnType()).as("%s build()", type).isEqualTo(type);
      // no public method of the abstract type or its builder names the generated class
      for (Method m : Stream.concat(Stream.of(type.getMethods()), Stream.of(builder.getMethods()))
          .toList()) {
        assertThat(m.getReturnType().getSimpleName()).as(m.toString()).doesNotStartWith("Immutable");
      }
    }
  }

  @Test
  void buildsTypesThatHadNoBuilder() {
    AppliesTo appliesTo = AppliesTo.builder().priority(Priority.URGENT).build();
    assertThat(appliesTo).isEqualTo(AppliesTo.priority(Priority.URGENT));
    EvidenceExport export =
        EvidenceExport.builder().format(EvidenceFormat.NATIVE).integrity(IntegrityAlgorithm.SHA_256)
            .build();
    assertThat(export).isEqualTo(EvidenceExport.of(EvidenceFormat.NATIVE, IntegrityAlgorithm.SHA_256));
    assertThat(new Objective.Builder().operator(ObjectiveOperator.AT_MOST)
            .threshold(Threshold.of(IsoPeriod.parse("PT4H"))).build())
        .isEqualTo(Objective.atMost(IsoPeriod.parse("PT4H")));
  }

  @Test
  void copiesWithTheAbstractType() {
    Agreement agreement = agreement(List.of());
    Agreement renamed = Agreement.copyOf(agreement).withTitle("Renamed");
    assertThat(renamed.title()).isEqualTo("Renamed");
    assertThat(agreement.withTitle("Renamed")).isEqualTo(renamed);
    assertThat(Agreement.copyOf(agreement)).isSameAs(agreement);
    assertThat(Agreement.builder().from(agreement).title("Renamed").build()).isEqualTo(renamed);
  }

  @Test
  void withSectionReplacesTheSectionOfTheSameAreaInPlace() {
    Section governance = GovernanceSection.builder().addClauses(Clause.of("g1", "Old")).build();
    Section sharing = InformationSharingSection.builder().retentionPeriod(IsoPeriod.parse("P31D")).build();
    Section custom = CustomSection.builder().area(AreaCode.of("x-tenants")).build();
    Agreement agreement = agreement(List.of(governance, sharing, custom));
    Section newGovernance = GovernanceSection.builder().addClauses(Clause.of("g2", "New")).build();

    Agreement changed = agreement.withSection(newGovernance);

    assertThat(changed.sections()).containsExactly(newGovernance, sharing, custom);
    assertThat(changed.section(AreaCode.GOVERNANCE)).contains(newGovernance);
    assertThat(agreement.sections()).containsExactly(governance, sharing, custom);
    Section newCustom = CustomSection.builder().area(AreaCode.of("x-tenants"))
        .addClauses(Clause.of("t", "Tenants")).build();
    assertThat(changed.withSection(newCustom).sections())
        .containsExactly(newGovernance, sharing, newCustom);
  }

  @Test
  void withSectionAppendsASectionOfANewArea() {
    Section sharing = InformationSharingSection.builder().retentionPeriod(IsoPeriod.parse("P31D")).build();
    Section governance = GovernanceSection.builder().build();
    Agreement agreement = agreement(List.of(sharing));
    assertThat(agreement.withSection(governance).sections()).containsExactly(sharing, governance);
    assertThat(agreement(List.of()).withSection(governance).sections()).containsExactly(governance);
    assertThatThrownBy(() -> agreement.withSection(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void withSectionReplacesOnlyTheFirstOfDuplicateAreas() {
    Section first = GovernanceSection.builder().addClauses(Clause.of("a", "A")).build();
    Section second = GovernanceSection.builder().addClauses(Clause.of("b", "B")).build();
    Section replacement = GovernanceSection.builder().build();
    assertThat(agreement(List.of(first, second)).withSection(replacement).sections())
        .containsExactly(replacement, second);
  }

  @Test
  void objectivesAtMostAPeriodAndAtLeastANumber() {
    Objective atMost = Objective.atMost(IsoPeriod.parse("PT4H"));
    assertThat(atMost.operator()).isEqualTo(ObjectiveOperator.AT_MOST);
    assertThat(atMost.threshold().period()).contains(IsoPeriod.parse("PT4H"));
    Objective atLeast = Objective.atLeast(new BigDecimal("99.5"));
    assertThat(atLeast.operator()).isEqualTo(ObjectiveOperator.AT_LEAST);
    assertThat(atLeast.threshold().number()).contains(new BigDecimal("99.5"));
    assertThatThrownBy(() -> Objective.atMost(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void conditionsExistsAndContainsFromTheRoot() {
    assertThat(Condition.exists("/term/expiresOn"))
        .isEqualTo(new Condition.Exists(Target.root("/term/expiresOn")));
    assertThat(Condition.contains("/parties/0/roles", "POLICE"))
        .isEqualTo(new Condition.Contains(Target.root("/parties/0/roles"), JsonValue.of("POLICE")));
    assertThat(Condition.contains("/serviceLevels/0/x-tags", JsonValue.of(3)))
        .isEqualTo(new Condition.Contains(Target.root("/serviceLevels/0/x-tags"), JsonValue.of(3)));
    assertThatThrownBy(() -> Condition.exists("term")).isInstanceOf(IllegalArgumentException.class);
  }

  private static Agreement agreement(List<Section> sections) {
    return Agreement.builder()
        .id("a")
        .title("An agreement")
        .framework(FrameworkRef.of("uk-cctv-partnership", "2021"))
        .addParties(
            Party.builder().id("lcc").name("Leeds").type(PartyType.LOCAL_AUTHORITY).build(),
            Party.builder().id("wyp").name("WYP").type(PartyType.POLICE_FORCE).build())
        .term(Term.builder().effectiveFrom(LocalDate.of(2026, 4, 1)).build())
        .sections(sections)
        .build();
  }
}
