package io.github.slaframework.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slaframework.core.framework.AreaDefinition;
import io.github.slaframework.core.framework.AreaLevel;
import io.github.slaframework.core.framework.Condition;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.framework.Target;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.section.CustomSection;
import io.github.slaframework.core.section.GovernanceSection;
import io.github.slaframework.core.value.JsonValue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelContractTests {

  @Test
  void refusesExtensionFieldsWithoutThePrefix() {
    assertThatThrownBy(() -> Clause.builder().id("c").text("t").putExtensions("vendor", JsonValue.NULL).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("x-");
    assertThat(Clause.builder().id("c").text("t").putExtensions("x-vendor", JsonValue.NULL).build()
        .extensions()).containsKey("x-vendor");
  }

  @Test
  void aBarePrefixIsNoExtensionName() {
    assertThatThrownBy(() -> Clause.builder().id("c").text("t").putExtensions("x-", JsonValue.NULL)
        .build()).isInstanceOf(IllegalStateException.class).hasMessageContaining("\"x-\"");
  }

  @Test
  void keepsExtensionFieldsInTheOrderAdded() {
    Clause clause = Clause.builder().id("c").text("t")
        .putExtensions("x-b", JsonValue.of(1)).putExtensions("x-a", JsonValue.of(2)).build();
    assertThat(clause.extensions().keySet()).containsExactly("x-b", "x-a");
  }

  @Test
  void refusesMissingRequiredAttributes() {
    assertThatThrownBy(() -> Party.builder().id("p").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("name");
  }

  @Test
  void typedSectionsNameTheirArea() {
    assertThat(GovernanceSection.builder().build().area()).isEqualTo(AreaCode.GOVERNANCE);
    assertThat(AreaCode.of("GOVERNANCE")).isSameAs(AreaCode.GOVERNANCE);
    assertThat(AreaCode.of("x-tenants").isExtension()).isTrue();
  }

  @Test
  void customSectionsRefuseWellKnownAreas() {
    assertThatThrownBy(() -> CustomSection.builder().area(AreaCode.FINANCE).build())
        .isInstanceOf(IllegalStateException.class);
    assertThat(CustomSection.builder().area(AreaCode.of("DATA_CENTRE_ACCESS")).build().area().isWellKnown())
        .isFalse();
  }

  @Test
  void defaultsAreVisibleButNotInvented() {
    Clause clause = Clause.of("c", "t");
    assertThat(clause.obligation()).isEmpty();
    assertThat(clause.effectiveObligation()).isEqualTo(Obligation.MUST);
    assertThat(MeasurementWindow.of(WindowType.CALENDAR_MONTH).effectiveTimeZone()).isEqualTo("Europe/London");
  }

  @Test
  void aRuleHasExactlyOneOfRequireAndCheck() {
    Condition exists = new Condition.Exists(Target.root("/title"));
    assertThatThrownBy(() -> Rule.builder().code("X").severity(Severity.ERROR).message("m").build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Rule.builder().code("X").severity(Severity.ERROR).message("m")
        .require(exists).check("PIXEL_DENSITY").build())
        .isInstanceOf(IllegalStateException.class);
    assertThat(Rule.builder().code("X").severity(Severity.ERROR).message("m").check("PIXEL_DENSITY").build()
        .check()).contains("PIXEL_DENSITY");
  }

  @Test
  void aProfileChangesLevelsAndAddsAreas() {
    Framework framework = Framework.builder().id("f").version("1").title("F")
        .addAreas(AreaDefinition.of(AreaCode.FINANCE, "Finance", AreaLevel.OPTIONAL),
            AreaDefinition.of(AreaCode.TRAINING, "Training", AreaLevel.RECOMMENDED))
        .build();
    Profile profile = Profile.builder().id("p").framework(framework.ref())
        .levels(Map.of(AreaCode.FINANCE, AreaLevel.MANDATORY, AreaCode.TRAINING, AreaLevel.OPTIONAL))
        .addAreas(AreaDefinition.of(AreaCode.of("TENANTS"), "Tenants", AreaLevel.RECOMMENDED))
        .build();

    Framework tailored = framework.tailoredBy(profile);

    assertThat(tailored.area(AreaCode.FINANCE).orElseThrow().level()).isEqualTo(AreaLevel.MANDATORY);
    assertThat(tailored.area(AreaCode.TRAINING).orElseThrow().level()).isEqualTo(AreaLevel.OPTIONAL);
    assertThat(tailored.areas()).extracting(AreaDefinition::code)
        .containsExactly(AreaCode.FINANCE, AreaCode.TRAINING, AreaCode.of("TENANTS"));
    assertThat(framework.area(AreaCode.FINANCE).orElseThrow().level()).isEqualTo(AreaLevel.OPTIONAL);
  }

  @Test
  void refusesAProfileOfAnotherFramework() {
    Framework framework = Framework.builder().id("f").version("1").title("F").build();
    Profile other = Profile.builder().id("p").framework(FrameworkRef.of("g", "1")).build();
    assertThatThrownBy(() -> framework.tailoredBy(other)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void conditionsRefuseEmptyOperands() {
    assertThatThrownBy(() -> new Condition.AnyOf(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Target.root("title")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonObjectsKeepMemberOrderAndCompareByValue() {
    JsonValue.JsonObject a = JsonValue.object(new java.util.LinkedHashMap<>(Map.of("k", JsonValue.of("v"))));
    assertThat(a).isEqualTo(new JsonValue.JsonObject(Map.of("k", JsonValue.of("v"))));
    assertThat(JsonValue.of(new java.math.BigDecimal("1.50")).toString()).isEqualTo("1.50");
  }

  @Test
  void agreementLooksUpPartiesAndSections() {
    Agreement agreement = CoreSmoke.agreement();
    assertThat(agreement.party("police")).isPresent();
    assertThat(agreement.party("nobody")).isEmpty();
    assertThat(agreement.section(AreaCode.GOVERNANCE)).isPresent();
    assertThat(agreement.section(GovernanceSection.class)).isPresent();
    assertThat(agreement.effectiveStatus()).isEqualTo(AgreementStatus.DRAFT);
    assertThat(agreement.term().effectiveFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
  }
}
