package io.github.slaframework.cli;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.AgreementStatus;
import io.github.slaframework.core.AppliesTo;
import io.github.slaframework.core.Approval;
import io.github.slaframework.core.Clause;
import io.github.slaframework.core.Contact;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.MeasurementWindow;
import io.github.slaframework.core.Objective;
import io.github.slaframework.core.ObjectiveOperator;
import io.github.slaframework.core.Obligation;
import io.github.slaframework.core.Party;
import io.github.slaframework.core.PartyRole;
import io.github.slaframework.core.PartyType;
import io.github.slaframework.core.Priority;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.ServiceMetric;
import io.github.slaframework.core.Term;
import io.github.slaframework.core.Threshold;
import io.github.slaframework.core.WindowType;
import io.github.slaframework.core.framework.AreaDefinition;
import io.github.slaframework.core.framework.AreaLevel;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.section.Camera;
import io.github.slaframework.core.section.Channel;
import io.github.slaframework.core.section.Charge;
import io.github.slaframework.core.section.CommunicationSection;
import io.github.slaframework.core.section.CustomSection;
import io.github.slaframework.core.section.EvaluationAndReviewSection;
import io.github.slaframework.core.section.EvidenceExport;
import io.github.slaframework.core.section.EvidenceFormat;
import io.github.slaframework.core.section.FinanceSection;
import io.github.slaframework.core.section.FutureTechnologySection;
import io.github.slaframework.core.section.InformationSharingSection;
import io.github.slaframework.core.section.IntegrityAlgorithm;
import io.github.slaframework.core.section.LegalBasis;
import io.github.slaframework.core.section.LegalConsiderationsSection;
import io.github.slaframework.core.section.PlannedChange;
import io.github.slaframework.core.section.Purpose;
import io.github.slaframework.core.section.PurposeAndLegitimacySection;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Small model values built in code, for tests that must not depend on reading JSON. */
public final class Fixtures {

  private Fixtures() {}

  /** A council and a force; sections deliberately out of framework order; hostile text. */
  public static Agreement councilAndForce() {
    return Agreement.builder()
        .id("fixture-1")
        .title("Test <Council> & \"Force\" agreement")
        .framework(FrameworkRef.of("test-framework", "1"))
        .status(AgreementStatus.AGREED)
        .addParties(Party.builder().id("council").name("Testshire Council")
            .type(PartyType.LOCAL_AUTHORITY).addRoles(PartyRole.SYSTEM_OWNER)
            .putIdentifiers("gss", "E07000999")
            .addContacts(Contact.builder().name("A. Manager").role("CCTV manager")
                .email("cctv@test.example").phone("01632 960000").build())
            .build())
        .addParties(Party.builder().id("police").name("Testshire Police")
            .type(PartyType.POLICE_FORCE).addRoles(PartyRole.POLICE).build())
        .term(Term.builder().effectiveFrom(LocalDate.of(2026, 4, 1))
            .expiresOn(LocalDate.of(2028, 3, 31)).reviewEvery(IsoPeriod.parse("P1Y"))
            .noticePeriod(IsoPeriod.parse("P3M")).build())
        .addSections(InformationSharingSection.builder()
            .retentionPeriod(IsoPeriod.ofDays(31))
            .evidenceExport(EvidenceExport.of(EvidenceFormat.NATIVE, IntegrityAlgorithm.SHA_256))
            .addClauses(Clause.builder().id("is-1").title("Retention")
                .text("Footage is kept for 31 days *then* overwritten | <b>unless</b> requested.")
                .addResponsibleParties("council").build())
            .build())
        .addSections(PurposeAndLegitimacySection.builder()
            .addPurposes(Purpose.CRIME_PREVENTION_AND_DETECTION, Purpose.PUBLIC_SAFETY)
            .pressingNeed("Town centre disorder.")
            .addClauses(Clause.of("p-1", "To prevent and detect crime."))
            .addClauses(Clause.builder().id("p-2").text("Signs are displayed.")
                .obligation(Obligation.SHOULD).addResponsibleParties("council", "police").build())
            .build())
        .addSections(LegalConsiderationsSection.builder()
            .addLegalBases(LegalBasis.UK_GDPR, LegalBasis.RIPA_2000_PART_2).build())
        .addSections(CommunicationSection.builder().liveIncidentSupport(true)
            .addChannels(Channel.AIRWAVE_RADIO, Channel.TELEPHONE).hours("24/7").build())
        .addSections(FinanceSection.builder()
            .addCharges(Charge.builder().description("Footage for legal claims")
                .amount(new BigDecimal("100")).currency("GBP").payer("police").build())
            .build())
        .addSections(FutureTechnologySection.builder()
            .addPlannedChanges(PlannedChange.builder().description("ANPR")
                .expectedBy(LocalDate.of(2027, 1, 31)).requiresDpia(true).build())
            .build())
        .addSections(EvaluationAndReviewSection.builder().reviewFrequency(IsoPeriod.parse("P1Y"))
            .nextReviewOn(LocalDate.of(2027, 4, 1)).publishAnnualReport(true).build())
        .addSections(TechnicalStandardsSection.builder().pixelDensityStandard("IEC_62676_4_2014")
            .addCameras(camera("cam-1", "RECOGNISE", 1920, "12"))
            .addCameras(camera("cam-2", "IDENTIFY", 1920, "12"))
            .addCameras(camera("cam-3", "NOT_A_LEVEL", 1280, "200"))
            .build())
        .addSections(CustomSection.builder().area(AreaCode.of("x-parking"))
            .addClauses(Clause.of("x-1", "Car park cameras are covered too.")).build())
        .addServiceLevels(ServiceLevel.builder().id("evidence").metric(
                ServiceMetric.FOOTAGE_REQUEST_TURNAROUND).obligatedParty("council")
            .objective(Objective.of(ObjectiveOperator.AT_MOST, Threshold.of(IsoPeriod.ofDays(7))))
            .attainment(new BigDecimal("100")).window(MeasurementWindow.of(WindowType.CALENDAR_MONTH))
            .build())
        .addServiceLevels(ServiceLevel.builder().id("live").metric(
                ServiceMetric.LIVE_INCIDENT_RESPONSE).obligatedParty("council")
            .objective(Objective.of(ObjectiveOperator.AT_MOST, Threshold.of(IsoPeriod.parse("PT5M"))))
            .attainment(new BigDecimal("90")).appliesTo(AppliesTo.priority(Priority.URGENT))
            .build())
        .addServiceLevels(ServiceLevel.builder().id("availability").metric(
                ServiceMetric.CAMERA_AVAILABILITY).obligatedParty("council")
            .objective(Objective.of(ObjectiveOperator.AT_LEAST, Threshold.of(new BigDecimal("99.0"))))
            .build())
        .addApprovals(Approval.builder().party("council").name("B. Director")
            .position("Director").date(LocalDate.of(2026, 3, 20)).build())
        .build();
  }

  private static Camera camera(String id, String level, int pixels, String width) {
    return Camera.builder().id(id).location("Loc " + id).requiredLevel(level)
        .horizontalPixels(pixels).sceneWidthMetres(new BigDecimal(width)).build();
  }

  /** A framework in the shape of the built-in one, with a profile that makes FINANCE mandatory. */
  public static Framework framework() {
    FrameworkRef ref = FrameworkRef.of("test-framework", "1");
    return Framework.builder()
        .id("test-framework").version("1").title("Test framework")
        .addAreas(area(AreaCode.PURPOSE_AND_LEGITIMACY, "Purpose and legitimacy",
            AreaLevel.MANDATORY))
        .addAreas(area(AreaCode.LEGAL_CONSIDERATIONS, "Legal considerations", AreaLevel.MANDATORY))
        .addAreas(area(AreaCode.GOVERNANCE, "Governance", AreaLevel.MANDATORY))
        .addAreas(area(AreaCode.INFORMATION_SHARING, "Information sharing", AreaLevel.MANDATORY))
        .addAreas(area(AreaCode.COMMUNICATION, "Communication", AreaLevel.RECOMMENDED))
        .addAreas(area(AreaCode.FINANCE, "Finance", AreaLevel.OPTIONAL))
        .addAreas(area(AreaCode.FUTURE_TECHNOLOGY, "Future technology", AreaLevel.OPTIONAL))
        .addAreas(area(AreaCode.EVALUATION_AND_REVIEW, "Evaluation and review",
            AreaLevel.MANDATORY))
        .addAreas(area(AreaCode.TECHNICAL_STANDARDS, "Technical standards", AreaLevel.OPTIONAL))
        .addProfiles(Profile.builder().id("paying").framework(ref)
            .putLevels(AreaCode.FINANCE, AreaLevel.MANDATORY)
            .addAreas(AreaDefinition.builder().code(AreaCode.of("x-parking")).title("Car parks")
                .level(AreaLevel.RECOMMENDED).build())
            .build())
        .build();
  }

  private static AreaDefinition area(AreaCode code, String title, AreaLevel level) {
    return AreaDefinition.builder().code(code).title(title).level(level)
        .guidance("Guidance for " + title + ".").build();
  }

  /** Two parties for scaffolding. */
  public static List<Party> parties() {
    return List.of(
        Party.builder().id("council").name("Testshire Council").type(PartyType.LOCAL_AUTHORITY)
            .build(),
        Party.builder().id("police").name("Testshire Police").type(PartyType.POLICE_FORCE)
            .build());
  }
}
