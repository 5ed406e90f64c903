package io.github.slaframework.testkit;

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
import io.github.slaframework.core.Waiver;
import io.github.slaframework.core.WindowType;
import io.github.slaframework.core.imaging.PixelDensityEditions;
import io.github.slaframework.core.section.Camera;
import io.github.slaframework.core.section.Channel;
import io.github.slaframework.core.section.Charge;
import io.github.slaframework.core.section.CommunicationSection;
import io.github.slaframework.core.section.CustomSection;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.section.EvaluationAndReviewSection;
import io.github.slaframework.core.section.EvidenceExport;
import io.github.slaframework.core.section.EvidenceFormat;
import io.github.slaframework.core.section.FeedbackSection;
import io.github.slaframework.core.section.FinanceSection;
import io.github.slaframework.core.section.FutureTechnologySection;
import io.github.slaframework.core.section.GovernanceSection;
import io.github.slaframework.core.section.Indicator;
import io.github.slaframework.core.section.InformationSharingSection;
import io.github.slaframework.core.section.IntegrityAlgorithm;
import io.github.slaframework.core.section.Jurisdiction;
import io.github.slaframework.core.section.LegalBasis;
import io.github.slaframework.core.section.LegalConsiderationsSection;
import io.github.slaframework.core.section.PlannedChange;
import io.github.slaframework.core.section.PrivacyImpactAssessment;
import io.github.slaframework.core.section.Purpose;
import io.github.slaframework.core.section.PurposeAndLegitimacySection;
import io.github.slaframework.core.section.SurveillanceType;
import io.github.slaframework.core.section.SurveillanceTypesSection;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.core.section.TrainingRequirement;
import io.github.slaframework.core.section.TrainingSection;
import io.github.slaframework.core.value.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Realistic sample agreements, built through the public API only. Each call builds a new (equal)
 * instance; all are valid under the built-in {@code uk-cctv-partnership} framework.
 *
 * @since 0.1.0
 */
public final class SampleAgreements {

  /** The built-in framework reference, {@code uk-cctv-partnership} version {@code 2021}. */
  public static final FrameworkRef UK_CCTV_2021 = FrameworkRef.of("uk-cctv-partnership", "2021");

  private SampleAgreements() {}

  /**
   * A metropolitan council and its police force, with all twelve areas filled as a real agreement
   * would be: purposes and a privacy impact assessment, legal bases, a 31-day retention, SHA-256
   * native evidence export, Airwave and telephone channels, an SIA licence requirement, charges,
   * indicators, a camera at {@code IDENTIFY} level, service levels, approvals and an {@code x-}
   * extension field.
   *
   * @return the agreement
   */
  public static Agreement councilAndForce() {
    Party council =
        Party.builder()
            .id("council")
            .name("Northbridge Metropolitan Borough Council")
            .type(PartyType.LOCAL_AUTHORITY)
            .addRoles(PartyRole.SYSTEM_OWNER, PartyRole.DATA_CONTROLLER, PartyRole.MONITORING_CENTRE)
            .putIdentifiers("gss", "E08000025")
            .addContacts(
                Contact.builder()
                    .name("Priya Shah")
                    .role("CCTV Manager")
                    .email("cctv@northbridge.gov.uk")
                    .phone("0121 496 0000")
                    .build())
            .build();
    Party force =
        Party.builder()
            .id("police")
            .name("Northbridge Police")
            .type(PartyType.POLICE_FORCE)
            .addRoles(PartyRole.POLICE)
            .putIdentifiers("forceCode", "20")
            .addContacts(Contact.builder().name("Insp. Tom Reilly").role("Partnership lead").build())
            .build();
    return Agreement.builder()
        .id("northbridge-police-cctv-2026")
        .title("Public space CCTV: Northbridge Council and Northbridge Police")
        .framework(UK_CCTV_2021)
        .status(AgreementStatus.AGREED)
        .addParties(council, force)
        .term(
            Term.builder()
                .effectiveFrom(LocalDate.of(2026, 4, 1))
                .expiresOn(LocalDate.of(2029, 3, 31))
                .reviewEvery(IsoPeriod.parse("P1Y"))
                .noticePeriod(IsoPeriod.parse("P3M"))
                .build())
        .addSections(
            PurposeAndLegitimacySection.builder()
                .addPurposes(Purpose.CRIME_PREVENTION_AND_DETECTION, Purpose.PUBLIC_SAFETY)
                .pressingNeed("Violent crime and anti-social behaviour in the town centre at night.")
                .privacyImpactAssessment(
                    PrivacyImpactAssessment.builder()
                        .reference("DPIA-2026-014")
                        .completedOn(LocalDate.of(2026, 2, 12))
                        .nextReviewOn(LocalDate.of(2027, 2, 12))
                        .build())
                .addClauses(
                    Clause.builder()
                        .id("purpose-1")
                        .text("The system is used only for the purposes stated in this section.")
                        .responsibleParties(List.of("council", "police"))
                        .build())
                .build(),
            LegalConsiderationsSection.builder()
                .jurisdiction(Jurisdiction.ENGLAND_AND_WALES)
                .addLegalBases(
                    LegalBasis.DPA_2018_PART_3,
                    LegalBasis.UK_GDPR,
                    LegalBasis.DPA_2018_SCHEDULE_2,
                    LegalBasis.POFA_2012,
                    LegalBasis.RIPA_2000_PART_2,
                    LegalBasis.HRA_1998)
                .addClauses(
                    Clause.builder()
                        .id("legal-1")
                        .title("Directed surveillance")
                        .text(
                            "Pre-planned police use of council cameras needs a RIPA authorisation;"
                                + " the control room keeps a copy.")
                        .responsibleParties(List.of("police"))
                        .build())
                .build(),
            GovernanceSection.builder()
                .meetingFrequency(IsoPeriod.parse("P3M"))
                .escalation("CCTV Manager, then Head of Community Safety and the Superintendent.")
                .addClauses(Clause.of("gov-1", "The parties meet every quarter."))
                .build(),
            InformationSharingSection.builder()
                .retentionPeriod(IsoPeriod.ofDays(31))
                .evidenceExport(EvidenceExport.of(EvidenceFormat.NATIVE, IntegrityAlgorithm.SHA_256))
                .addClauses(
                    Clause.builder()
                        .id("share-1")
                        .text("Requested footage is exported in native format with a SHA-256 hash.")
                        .obligation(Obligation.MUST)
                        .responsibleParties(List.of("council"))
                        .putExtensions("x-audit-log", JsonValue.of("locker-register-v2"))
                        .build())
                .build(),
            CommunicationSection.builder()
                .liveIncidentSupport(true)
                .addChannels(Channel.AIRWAVE_RADIO, Channel.TELEPHONE)
                .hours("24/7")
                .addClauses(Clause.of("comms-1", "The control room is staffed 24 hours a day."))
                .build(),
            TrainingSection.builder()
                .addRequirements(
                    TrainingRequirement.SIA_PUBLIC_SPACE_SURVEILLANCE_LICENCE,
                    TrainingRequirement.DATA_PROTECTION)
                .refresherEvery(IsoPeriod.parse("P1Y"))
                .addClauses(Clause.of("train-1", "Every operator holds an SIA CCTV licence."))
                .build(),
            SurveillanceTypesSection.builder()
                .addTypes(SurveillanceType.OVERT, SurveillanceType.COVERT, SurveillanceType.REDEPLOYABLE)
                .addClauses(
                    Clause.of("types-1", "Covert use needs a RIPA Part II authorisation."))
                .build(),
            FinanceSection.builder()
                .addCharges(
                    Charge.builder()
                        .description("Footage request by an insurer or solicitor")
                        .amount(new BigDecimal("100.00"))
                        .currency("GBP")
                        .payer("council")
                        .build())
                .addClauses(Clause.of("fin-1", "The council charges the police nothing."))
                .build(),
            FeedbackSection.builder()
                .reportingFrequency(IsoPeriod.parse("P1M"))
                .addIndicators(
                    Indicator.INCIDENTS_MONITORED,
                    Indicator.ARRESTS_ASSISTED,
                    Indicator.EVIDENCE_PACKAGES)
                .addClauses(Clause.of("feedback-1", "The police report arrests assisted monthly."))
                .build(),
            FutureTechnologySection.builder()
                .addPlannedChanges(
                    PlannedChange.builder()
                        .description("Replace analogue cameras in the bus station")
                        .expectedBy(LocalDate.of(2027, 3, 31))
                        .requiresDpia(true)
                        .build())
                .addClauses(Clause.of("future-1", "New technology is assessed before use."))
                .build(),
            EvaluationAndReviewSection.builder()
                .reviewFrequency(IsoPeriod.parse("P1Y"))
                .nextReviewOn(LocalDate.of(2027, 4, 1))
                .publishAnnualReport(true)
                .addClauses(Clause.of("review-1", "An annual report is published."))
                .build(),
            TechnicalStandardsSection.builder()
                .pixelDensityStandard(PixelDensityEditions.IEC_62676_4_2014)
                .addCameras(
                    Camera.builder()
                        .id("cam-001")
                        .location("Market Square, facing the taxi rank")
                        .requiredLevel("IDENTIFY")
                        .horizontalPixels(1920)
                        .sceneWidthMetres(new BigDecimal("7.5"))
                        .build())
                .addClauses(Clause.of("tech-1", "Cameras meet their required level."))
                .build())
        .addServiceLevels(
            ServiceLevel.builder()
                .id("evidence-turnaround")
                .metric(ServiceMetric.FOOTAGE_REQUEST_TURNAROUND)
                .obligatedParty("council")
                .description("Evidence to the police within 7 days of a written request.")
                .objective(Objective.of(ObjectiveOperator.AT_MOST, Threshold.of(IsoPeriod.ofDays(7))))
                .attainment(new BigDecimal("100"))
                .window(MeasurementWindow.of(WindowType.CALENDAR_MONTH))
                .build(),
            ServiceLevel.builder()
                .id("live-response")
                .metric(ServiceMetric.LIVE_INCIDENT_RESPONSE)
                .obligatedParty("council")
                .objective(
                    Objective.of(ObjectiveOperator.AT_MOST, Threshold.of(IsoPeriod.parse("PT5M"))))
                .attainment(new BigDecimal("90"))
                .appliesTo(AppliesTo.priority(Priority.URGENT))
                .build(),
            ServiceLevel.builder()
                .id("camera-availability")
                .metric(ServiceMetric.CAMERA_AVAILABILITY)
                .obligatedParty("council")
                .objective(
                    Objective.of(ObjectiveOperator.AT_LEAST, Threshold.of(new BigDecimal("99.0"))))
                .build())
        .addApprovals(
            Approval.builder()
                .party("council")
                .name("Helen Marsh")
                .position("Director of Communities")
                .date(LocalDate.of(2026, 3, 20))
                .build(),
            Approval.builder()
                .party("police")
                .name("Ch. Supt. Dev Patel")
                .position("Area Commander")
                .date(LocalDate.of(2026, 3, 24))
                .build())
        .putExtensions("x-vendor", JsonValue.object(Map.of("system", JsonValue.of("ControlRoom 9"))))
        .build();
  }

  /**
   * A housing association whose estates span two police forces, under the
   * {@code housing-association} profile (finance mandatory), with a waiver and an extension area.
   *
   * @return the agreement
   */
  public static Agreement housingAssociationWithTwoForces() {
    List<Party> parties = new ArrayList<>();
    parties.add(
        Party.builder()
            .id("ha")
            .name("Riverside Homes Housing Association")
            .type(PartyType.HOUSING_ASSOCIATION)
            .addRoles(PartyRole.SYSTEM_OWNER, PartyRole.DATA_CONTROLLER)
            .build());
    parties.add(
        Party.builder()
            .id("force-a")
            .name("Westshire Police")
            .type(PartyType.POLICE_FORCE)
            .addRoles(PartyRole.POLICE)
            .build());
    parties.add(
        Party.builder()
            .id("force-b")
            .name("Eastshire Constabulary")
            .type(PartyType.POLICE_FORCE)
            .addRoles(PartyRole.POLICE)
            .build());
    return Agreement.builder()
        .id("riverside-homes-two-forces")
        .title("CCTV on Riverside Homes estates: information sharing with two forces")
        .framework(
            FrameworkRef.builder().from(UK_CCTV_2021).profile("housing-association").build())
        .addAllParties(parties)
        .term(Term.builder().effectiveFrom(LocalDate.of(2026, 1, 1)).build())
        .addSections(
            PurposeAndLegitimacySection.builder()
                .addPurposes(Purpose.CRIME_PREVENTION_AND_DETECTION, Purpose.SAFEGUARDING)
                .build(),
            LegalConsiderationsSection.builder()
                .jurisdiction(Jurisdiction.ENGLAND_AND_WALES)
                .addLegalBases(LegalBasis.UK_GDPR, LegalBasis.DPA_2018_SCHEDULE_2)
                .build(),
            GovernanceSection.builder()
                .meetingFrequency(IsoPeriod.parse("P6M"))
                .addClauses(
                    Clause.builder()
                        .id("gov-1")
                        .text("Each force names a single point of contact for the association.")
                        .responsibleParties(List.of("force-a", "force-b"))
                        .build())
                .build(),
            InformationSharingSection.builder()
                .retentionPeriod(IsoPeriod.ofDays(45))
                .evidenceExport(EvidenceExport.of(EvidenceFormat.NATIVE, IntegrityAlgorithm.SHA_256))
                .build(),
            FinanceSection.builder()
                .addCharges(
                    Charge.builder()
                        .description("Footage search, per request")
                        .amount(new BigDecimal("10.00"))
                        .currency("GBP")
                        .payer("force-a")
                        .build(),
                    Charge.builder()
                        .description("Footage search, per request")
                        .amount(new BigDecimal("10.00"))
                        .currency("GBP")
                        .payer("force-b")
                        .build())
                .build(),
            EvaluationAndReviewSection.builder()
                .reviewFrequency(IsoPeriod.parse("P1Y"))
                .nextReviewOn(LocalDate.of(2027, 1, 1))
                .build(),
            CustomSection.builder()
                .area(AreaCode.of("x-tenant-engagement"))
                .addClauses(Clause.of("tenants-1", "Tenants are told where cameras are."))
                .build())
        .addWaivers(
            Waiver.builder()
                .code("RETENTION_LONG")
                .area("INFORMATION_SHARING")
                .reason("Estates staff review footage weekly; 45 days covers two review cycles.")
                .build())
        .build();
  }
}
