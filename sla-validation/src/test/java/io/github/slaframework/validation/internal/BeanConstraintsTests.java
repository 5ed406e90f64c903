package io.github.slaframework.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.Contact;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.ObjectiveOperator;
import io.github.slaframework.core.Objective;
import io.github.slaframework.core.Party;
import io.github.slaframework.core.PartyType;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.Threshold;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.section.Camera;
import io.github.slaframework.core.section.Charge;
import io.github.slaframework.core.section.FinanceSection;
import io.github.slaframework.core.section.GovernanceSection;
import io.github.slaframework.core.section.InformationSharingSection;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.testkit.SampleAgreements;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BeanConstraintsTests {

  private static final Messages ENGLISH = Messages.of(Locale.ENGLISH);

  private static List<Finding> check(Agreement agreement) {
    return BeanConstraints.check(agreement, ENGLISH);
  }

  /** A builder holding the sample agreement (12 sections, 3 service levels), to change. */
  private static Agreement.Builder sample() {
    return Agreement.builder().from(SampleAgreements.councilAndForce());
  }

  @Test
  void acceptsValidAgreement() {
    assertThat(check(sample().build())).isEmpty();
  }

  @Test
  void runsWithoutAnyExpressionLanguageOnThePath() {
    assertThat(ModuleLayer.boot().findModule("jakarta.el")).isEmpty();
    assertThat(BeanConstraints.class.getClassLoader().getResource("jakarta/el/ExpressionFactory.class"))
        .isNull();
  }

  @Test
  void reportsBlankNameAsRequiredAtJsonPointer() {
    Agreement agreement =
        sample()
            .parties(
                List.of(
                    Party.builder().id("lcc").name("Leeds").type(PartyType.LOCAL_AUTHORITY).build(),
                    Party.builder().id("wyp").name("  ").type(PartyType.POLICE_FORCE).build()))
            .build();
    assertThat(check(agreement))
        .extracting(Finding::code, Finding::path)
        .containsExactly(tuple("REQUIRED", "/parties/1/name"));
  }

  @Test
  void checksConstraintsOfModelObjectsImplementedByHand() {
    Agreement agreement =
        sample()
            .parties(
                List.of(
                    new HandWrittenParty("lcc", "Leeds", PartyType.LOCAL_AUTHORITY),
                    new HandWrittenParty("wyp", "", PartyType.POLICE_FORCE)))
            .build();
    assertThat(check(agreement))
        .extracting(Finding::code, Finding::path)
        .containsExactly(tuple("REQUIRED", "/parties/1/name"));
  }

  @Test
  void reportsPatternViolationAndEchoesTheValueLiterally() {
    List<Finding> findings = check(sample().id("${1+1}#{2*3}").build());
    assertThat(findings).extracting(Finding::code, Finding::path)
        .containsExactly(tuple("INVALID_VALUE", "/id"));
    assertThat(findings.get(0).message()).contains("\"${1+1}#{2*3}\"").doesNotContain("\"2\"");
  }

  @Test
  void reportsTooFewPartiesAsSize() {
    Agreement agreement =
        sample()
            .parties(List.of(Party.builder().id("wyp").name("WYP").type(PartyType.POLICE_FORCE).build()))
            .build();
    assertThat(check(agreement))
        .extracting(Finding::code, Finding::path, Finding::message)
        .containsExactly(tuple("INVALID_VALUE", "/parties", "parties must have at least 2 elements"));
  }

  @Test
  void reportsInvalidEmailInsideOptional() {
    Agreement agreement =
        sample()
            .parties(
                List.of(
                    Party.builder()
                        .id("lcc")
                        .name("Leeds")
                        .type(PartyType.LOCAL_AUTHORITY)
                        .addContacts(Contact.builder().name("Ann").email("not an address").build())
                        .build(),
                    Party.builder().id("wyp").name("WYP").type(PartyType.POLICE_FORCE).build()))
            .build();
    assertThat(check(agreement))
        .extracting(Finding::code, Finding::path)
        .containsExactly(tuple("INVALID_VALUE", "/parties/0/contacts/0/email"));
  }

  @Test
  void reportsPositiveAndPositiveOrZeroAndDecimalBounds() {
    Agreement agreement =
        sample()
            .addSections(
                FinanceSection.builder()
                    .addCharges(
                        Charge.builder()
                            .description("Footage")
                            .amount(new BigDecimal("-1"))
                            .currency("GBP")
                            .payer("council")
                            .build())
                    .build(),
                TechnicalStandardsSection.builder()
                    .pixelDensityStandard("IEC_62676_4_2014")
                    .addCameras(
                        Camera.builder()
                            .id("cam-1")
                            .requiredLevel("IDENTIFY")
                            .horizontalPixels(0)
                            .sceneWidthMetres(BigDecimal.ONE)
                            .build())
                    .build())
            .addServiceLevels(
                ServiceLevel.builder()
                    .id("availability")
                    .metric(ServiceMetric.CAMERA_AVAILABILITY)
                    .obligatedParty("council")
                    .objective(Objective.of(ObjectiveOperator.AT_LEAST, Threshold.of(new BigDecimal("99"))))
                    .attainment(new BigDecimal("101"))
                    .cameraCount(0)
                    .build(),
                ServiceLevel.builder()
                    .id("turnaround")
                    .metric(ServiceMetric.FOOTAGE_REQUEST_TURNAROUND)
                    .obligatedParty("council")
                    .attainment(new BigDecimal("-0.5"))
                    .build())
            .build();
    assertThat(check(agreement))
        .extracting(Finding::code, Finding::path)
        .containsExactlyInAnyOrder(
            tuple("INVALID_VALUE", "/sections/12/charges/0/amount"),
            tuple("INVALID_VALUE", "/sections/13/cameras/0/horizontalPixels"),
            tuple("INVALID_VALUE", "/serviceLevels/3/attainment"),
            tuple("INVALID_VALUE", "/serviceLevels/3/cameraCount"),
            tuple("INVALID_VALUE", "/serviceLevels/4/attainment"));
  }

  @Test
  void reportsCustomPositivePeriodOnRequiredAndOptionalPeriods() {
    Agreement agreement =
        sample()
            .sections(
                List.of(
                    GovernanceSection.builder().meetingFrequency(IsoPeriod.ZERO).build(),
                    InformationSharingSection.builder().retentionPeriod(IsoPeriod.parse("P-1D")).build()))
            .build();
    assertThat(check(agreement))
        .extracting(Finding::code, Finding::path, Finding::message)
        .containsExactlyInAnyOrder(
            tuple("INVALID_VALUE", "/sections/0/meetingFrequency", "meetingFrequency must be a period longer than zero"),
            tuple("INVALID_VALUE", "/sections/1/retentionPeriod", "retentionPeriod must be a period longer than zero"));
  }
}
