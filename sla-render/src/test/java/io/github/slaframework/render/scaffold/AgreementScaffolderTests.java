package io.github.slaframework.render.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.section.Jurisdiction;
import io.github.slaframework.core.section.LegalBasis;
import io.github.slaframework.core.section.LegalConsiderationsSection;
import io.github.slaframework.json.SlaWriter;
import io.github.slaframework.testkit.SampleAgreements;
import io.github.slaframework.testkit.SampleFrameworks;
import io.github.slaframework.validation.AgreementValidator;
import io.github.slaframework.validation.FrameworkRegistry;
import io.github.slaframework.validation.ValidationResult;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.section.Section;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgreementScaffolderTests {

  private final AgreementScaffolder scaffolder = AgreementScaffolder.withClock(
      Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC));

  @Test
  void includesEveryMandatoryAndRecommendedAreaButNoOptionalOne() {
    Agreement draft = scaffolder.scaffold(SampleFrameworks.testFramework(), Optional.empty(),
        SampleAgreements.twoParties()).agreement();
    assertThat(draft.sections()).extracting(Section::area).containsExactly(
        AreaCode.PURPOSE_AND_LEGITIMACY, AreaCode.LEGAL_CONSIDERATIONS, AreaCode.GOVERNANCE,
        AreaCode.INFORMATION_SHARING, AreaCode.COMMUNICATION, AreaCode.EVALUATION_AND_REVIEW);
  }

  @Test
  void appliesTheProfileLevelsAndAreas() {
    Framework framework = SampleFrameworks.testFramework();
    Agreement draft = scaffolder.scaffold(framework, framework.profile("paying"),
        SampleAgreements.twoParties()).agreement();
    assertThat(draft.sections()).extracting(Section::area)
        .contains(AreaCode.FINANCE, AreaCode.of("x-parking"));
    assertThat(draft.framework().key()).isEqualTo("test-framework:1:paying");
  }

  @Test
  void startsEachAreaWithItsGuidanceMarkedToComplete() {
    Agreement draft = scaffolder.scaffold(SampleFrameworks.testFramework(), Optional.empty(),
        SampleAgreements.twoParties()).agreement();
    assertThat(draft.sections().get(2).clauses().get(0).text())
        .isEqualTo("[TO COMPLETE] Guidance for Governance.");
  }

  @Test
  void listsEveryPlaceholderWithItsPointer() {
    Draft draft = scaffolder.scaffold(SampleFrameworks.testFramework(), Optional.empty(),
        SampleAgreements.twoParties());
    assertThat(draft.placeholders()).extracting(Placeholder::path)
        .contains("/title", "/term/effectiveFrom", "/sections/0/clauses/0/text",
            "/sections/3/retentionPeriod", "/sections/5/nextReviewOn");
  }

  @Test
  void fillsInThePartiesTheTermAndADraftStatus() {
    Agreement draft = scaffolder.scaffold(SampleFrameworks.testFramework(), Optional.empty(),
        SampleAgreements.twoParties()).agreement();
    assertThat(draft.parties()).isEqualTo(SampleAgreements.twoParties());
    assertThat(draft.id()).isEqualTo("council-police-draft");
    assertThat(draft.term().effectiveFrom()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(draft.title()).isEqualTo(
        "Service level agreement between Testshire Council and Testshire Police");
  }

  @ParameterizedTest(name = "profile {0}")
  @ValueSource(strings = {"", "housing-association", "scotland", "university-campus"})
  void draftsUnderTheBuiltInFrameworkReadBackWithoutErrors(String profileId) {
    Framework framework = FrameworkRegistry.builtIn().framework("uk-cctv-partnership", "2021")
        .orElseThrow();
    Optional<Profile> profile = profileId.isEmpty() ? Optional.empty()
        : framework.profile(profileId);
    assertThat(profileId.isEmpty() || profile.isPresent()).isTrue();
    Draft draft = scaffolder.scaffold(framework, profile, SampleAgreements.twoParties());

    String json = SlaWriter.defaults().writeAgreement(draft.agreement());
    ValidationResult result = AgreementValidator.builder()
        .clock(Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC)).build()
        .validateJson(json);

    assertThat(result.findings()).isEmpty();
    assertThat(result.agreement()).contains(draft.agreement());
    assertThat(json).contains(AgreementScaffolder.MARK);
    assertThat(draft.placeholders()).allSatisfy(p -> assertThat(
        result.sourceMap().locate(p.path())).as(p.path()).isPresent());
  }

  @Test
  void setsTheJurisdictionForTheScotlandProfile() {
    Framework framework = FrameworkRegistry.builtIn().framework("uk-cctv-partnership", "2021")
        .orElseThrow();
    Agreement draft = scaffolder.scaffold(framework, framework.profile("scotland"),
        SampleAgreements.twoParties()).agreement();
    LegalConsiderationsSection legal = draft.section(LegalConsiderationsSection.class)
        .orElseThrow();
    assertThat(legal.jurisdiction()).contains(Jurisdiction.SCOTLAND);
    assertThat(legal.legalBases()).doesNotContain(LegalBasis.POFA_2012);
  }

  @Test
  void refusesFewerThanTwoParties() {
    assertThatThrownBy(() -> scaffolder.scaffold(SampleFrameworks.testFramework(), Optional.empty(),
        SampleAgreements.twoParties().subList(0, 1))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two parties");
  }
}
