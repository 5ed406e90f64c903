package io.github.slaframework.testkit;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.AgreementStatus;
import io.github.slaframework.core.AppliesTo;
import io.github.slaframework.core.Approval;
import io.github.slaframework.core.Clause;
import io.github.slaframework.core.Contact;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.MeasurementWindow;
import io.github.slaframework.core.LawfulBasis;
import io.github.slaframework.core.Objective;
import io.github.slaframework.core.ObjectiveCalendar;
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
import org.apiguardian.api.API;

/**
 * Sample agreements, built through the public API only. Each call builds a new (equal) instance.
 * {@link #councilAndForce()} and {@link #housingAssociationWithTwoForces()} are realistic and
 * valid under the built-in {@code uk-cctv-partnership} framework; {@link #everyField()} is meant to
 * set every optional field; {@link #hostileTextOutOfOrder()} is built to break careless output.
 * For measuring, see {@link MeasurementSamples}; for frameworks, {@link SampleFrameworks}.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL)
public final class SampleAgreements {

  /** The built-in framework reference, {@code uk-cctv-partnership} version {@code 2021}. */
  public static final FrameworkRef UK_CCTV_2021 = FrameworkRef.of("uk-cctv-partnership", "2021");

  /**
   * A small valid agreement as one line of JSON text: two parties, a typed section and a custom
   * {@code x-drones} section with an extension member. For tests that need a document, not a model.
   */
  public static final String ONE_LINE_JSON =
      "{\"formatVersion\":\"1.0\",\"id\":\"leeds-wyp-2026\",\"title\":\"Public space CCTV\","
          + "\"framework\":{\"id\":\"uk-cctv-partnership\",\"version\":\"2021\"},"
          + "\"parties\":[{\"id\":\"council\",\"name\":\"Leeds City Council\","
          + "\"type\":\"LOCAL_AUTHORITY\"},{\"id\":\"wyp\",\"name\":\"West Yorkshire Police\","
          + "\"type\":\"POLICE_FORCE\"}],\"term\":{\"effectiveFrom\":\"2026-04-01\"},"
          + "\"sections\":[{\"area\":\"INFORMATION_SHARING\",\"retentionPeriod\":\"P31D\","
          + "\"clauses\":[]},{\"area\":\"x-drones\",\"clauses\":[],\"x-max-altitude\":120}]}";

  /**
   * A small agreement (three parties, one section of two clauses, one service level) as JSON
   * text: the earlier version of a round, for tests that compare two versions (diff, render
   * since a previous version).
   *
   * @since 0.2.0
   */
  public static final String PREVIOUS_VERSION_JSON = """
      {"formatVersion": "1.1", "id": "a", "title": "T",
       "framework": {"id": "uk-cctv-partnership", "version": "2021"},
       "parties": [
         {"id": "council", "name": "C", "type": "LOCAL_AUTHORITY", "roles": ["SYSTEM_OWNER"]},
         {"id": "police", "name": "P", "type": "POLICE_FORCE", "roles": ["POLICE"]},
         {"id": "ngo", "name": "N", "type": "OTHER"}],
       "term": {"effectiveFrom": "2026-01-01"},
       "sections": [{"area": "GOVERNANCE", "clauses": [
         {"id": "gov-1", "text": "Meet monthly."}, {"id": "gov-2", "text": "Minutes kept."}]}],
       "serviceLevels": [
         {"id": "sl-1", "metric": "FOOTAGE_REQUEST_TURNAROUND", "obligatedParty": "council"}]}
      """;

  private SampleAgreements() {}

  /**
   * Every sample agreement of this module, {@link MeasurementSamples}' included: for tests that
   * should hold for any agreement, such as a round trip through the reader and writer.
   *
   * @return new instances, in a fixed order
   */
  public static List<Agreement> all() {
    return List.of(
        councilAndForce(),
        housingAssociationWithTwoForces(),
        everyField(),
        hostileTextOutOfOrder(),
        MeasurementSamples.standardAgreement(),
        MeasurementSamples.metropolitanCouncil());
  }

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
        .term(threeYearsFromApril2026())
        .addSections(
            PurposeAndLegitimacySection.builder()
                .addPurposes(Purpose.CRIME_PREVENTION_AND_DETECTION, Purpose.PUBLIC_SAFETY)
                .pressingNeed("Violent crime and anti-social behaviour in the town centre at night.")
                .dpia(
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

  /**
   * An agreement meant to set every optional field of the format, and the sample to extend when a
   * field is added (a test of this module fails while no sample sets it): all twelve areas plus a
   * custom one, a profile, a rolling window, a waiver with a path, nested extension values and a
   * clause text with quotes and a line break. For round trips through the reader and writer.
   *
   * @return the agreement
   */
  public static Agreement everyField() {
    Clause clause =
        Clause.builder()
            .id("c-1")
            .text("The council \"operates\" the cameras.\nSecond line.")
            .title("Operation")
            .obligation(Obligation.SHOULD)
            .addResponsibleParties("council")
            .putExtensions("x-note", JsonValue.of("kept"))
            .build();
    return Agreement.builder()
        .id("leeds-wyp-2026")
        .title("Public space CCTV: Leeds City Council and West Yorkshire Police")
        .framework(
            FrameworkRef.builder().id("uk-cctv-partnership").version("2021")
                .profile("council").build())
        .status(AgreementStatus.AGREED)
        .addLanguages("en", "cy-GB")
        .addParties(
            Party.builder()
                .id("council")
                .name("Leeds City Council")
                .type(PartyType.LOCAL_AUTHORITY)
                .addRoles(PartyRole.SYSTEM_OWNER, PartyRole.JOINT_CONTROLLER)
                .addLawfulBases(LawfulBasis.UK_GDPR_ART_6_1_E, LawfulBasis.DPA_2018_SCH_1_PARA_10)
                .putIdentifiers("gss", "E08000035")
                .addContacts(
                    Contact.builder().name("A. Manager").role("CCTV Manager")
                        .email("cctv@leeds.gov.uk").phone("0113 000 0000").build())
                .build(),
            Party.builder()
                .id("wyp")
                .name("West Yorkshire Police")
                .type(PartyType.POLICE_FORCE)
                .addRoles(PartyRole.POLICE, PartyRole.JOINT_CONTROLLER)
                .addLawfulBases(LawfulBasis.DPA_2018_PART_3)
                .putIdentifiers("forceCode", "13")
                .build(),
            Party.builder()
                .id("pcc")
                .name("West Yorkshire Mayor (PCC functions)")
                .type(PartyType.POLICE_AND_CRIME_COMMISSIONER)
                .addRoles(PartyRole.of("x-FUNDER"))
                .build(),
            Party.builder()
                .id("bid")
                .name("Leeds BID")
                .type(PartyType.BUSINESS_IMPROVEMENT_DISTRICT)
                .addRoles(PartyRole.PROCESSOR)
                .addLawfulBases(LawfulBasis.UK_GDPR_ART_6_1_F, LawfulBasis.of("x-LIA-2026"))
                .build())
        .term(threeYearsFromApril2026())
        .addSections(
            PurposeAndLegitimacySection.builder()
                .addPurposes(Purpose.CRIME_PREVENTION_AND_DETECTION, Purpose.PUBLIC_SAFETY)
                .pressingNeed("Night-time economy disorder")
                .dpia(
                    PrivacyImpactAssessment.builder().reference("DPIA-7")
                        .completedOn(LocalDate.of(2026, 1, 10))
                        .nextReviewOn(LocalDate.of(2027, 1, 10)).build())
                .addClauses(clause)
                .build(),
            LegalConsiderationsSection.builder()
                .jurisdiction(Jurisdiction.ENGLAND_AND_WALES)
                .addLegalBases(LegalBasis.DPA_2018_PART_3, LegalBasis.UK_GDPR,
                    LegalBasis.CRIME_AND_DISORDER_ACT_1998, LegalBasis.DUAA_2025)
                .build(),
            GovernanceSection.builder().meetingFrequency(IsoPeriod.parse("P3M"))
                .escalation("Chief Inspector").build(),
            InformationSharingSection.builder()
                .retentionPeriod(IsoPeriod.ofDays(31))
                .evidenceExport(EvidenceExport.of(EvidenceFormat.NATIVE, IntegrityAlgorithm.SHA_256))
                .addClauses(Clause.of("c-2", "Evidence is exported natively."))
                .build(),
            CommunicationSection.builder().liveIncidentSupport(true)
                .addChannels(Channel.AIRWAVE_RADIO, Channel.TELEPHONE).hours("24/7").build(),
            TrainingSection.builder()
                .addRequirements(TrainingRequirement.SIA_PUBLIC_SPACE_SURVEILLANCE_LICENCE)
                .refresherEvery(IsoPeriod.parse("P2Y")).build(),
            SurveillanceTypesSection.builder()
                .addTypes(SurveillanceType.OVERT, SurveillanceType.ANPR, SurveillanceType.DRONE)
                .build(),
            FinanceSection.builder()
                .addCharges(
                    Charge.builder().description("Monitoring").amount(new BigDecimal("12500.00"))
                        .currency("GBP").payer("wyp").build())
                .build(),
            FeedbackSection.builder().reportingFrequency(IsoPeriod.parse("P1M"))
                .addIndicators(Indicator.ARRESTS_ASSISTED).build(),
            FutureTechnologySection.builder()
                .addPlannedChanges(
                    PlannedChange.builder().description("4K cameras")
                        .expectedBy(LocalDate.of(2027, 6, 1)).requiresDpia(true).build())
                .build(),
            EvaluationAndReviewSection.builder().reviewFrequency(IsoPeriod.parse("P1Y"))
                .nextReviewOn(LocalDate.of(2027, 4, 1)).publishAnnualReport(true).build(),
            TechnicalStandardsSection.builder()
                .pixelDensityStandard("IEC_62676_4_2025")
                .addCameras(
                    Camera.builder().id("cam-1").location("Briggate").requiredLevel("DISCERN")
                        .horizontalPixels(3840).sceneWidthMetres(new BigDecimal("12.5")).build())
                .build(),
            CustomSection.builder()
                .area(AreaCode.of("x-drones"))
                .addClauses(Clause.of("c-3", "No drones."))
                .putExtensions("x-max-altitude", JsonValue.of(120))
                .build())
        .addServiceLevels(
            ServiceLevel.builder()
                .id("sl-footage")
                .metric(ServiceMetric.FOOTAGE_REQUEST_TURNAROUND)
                .obligatedParty("council")
                .description("Footage within 5 working days")
                .objective(Objective.builder().operator(ObjectiveOperator.AT_MOST)
                    .threshold(Threshold.of(IsoPeriod.parse("P5D")))
                    .calendar(ObjectiveCalendar.WORKING_DAYS).build())
                .attainment(new BigDecimal("95.0"))
                .window(MeasurementWindow.builder().type(WindowType.ROLLING)
                    .length(IsoPeriod.parse("P28D")).timeZone("Europe/London").build())
                .appliesTo(AppliesTo.priority(Priority.URGENT))
                .build(),
            ServiceLevel.builder()
                .id("sl-threat-to-life")
                .metric(ServiceMetric.REQUEST_ACKNOWLEDGEMENT)
                .obligatedParty("council")
                .objective(Objective.builder().operator(ObjectiveOperator.AT_MOST)
                    .threshold(Threshold.of(IsoPeriod.parse("PT15M")))
                    .calendar(ObjectiveCalendar.ELAPSED).build())
                .appliesTo(AppliesTo.priority(Priority.THREAT_TO_LIFE))
                .build(),
            MeasurementSamples.availability("sl-availability", "99.0", 40))
        .addApprovals(
            Approval.builder().party("council").name("B. Signer").position("Director")
                .date(LocalDate.of(2026, 3, 1))
                .documentHash("sha256:" + "0123456789abcdef".repeat(4)).build())
        .addWaivers(
            Waiver.builder().code("RETENTION_LONG").path("/sections/3/retentionPeriod")
                .area("INFORMATION_SHARING").reason("Agreed with the ICO")
                .approvedBy("council").approvedOn(LocalDate.of(2026, 2, 20))
                .expiresOn(LocalDate.of(2027, 3, 31)).build())
        .putExtensions(
            "x-vendor",
            JsonValue.object(Map.of("nested", JsonValue.array(
                List.of(JsonValue.of(1), JsonValue.NULL, JsonValue.TRUE,
                    JsonValue.of(new BigDecimal("1.50")), JsonValue.of("s"))))))
        .build();
  }

  /**
   * A council and a force under {@link SampleFrameworks#TEST_FRAMEWORK}, with its sections
   * deliberately out of framework order, text holding markup and Markdown characters ({@code <},
   * {@code &}, {@code "}, {@code *}, {@code |}), and three cameras: one at a level it reaches, one
   * below its level, one at an unknown level. For renderers and other output that must escape.
   *
   * @return the agreement
   */
  public static Agreement hostileTextOutOfOrder() {
    return Agreement.builder()
        .id("fixture-1")
        .title("Test <Council> & \"Force\" agreement")
        .framework(SampleFrameworks.TEST_FRAMEWORK)
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

  /** Three years from 1 April 2026, reviewed yearly, with three months' notice. */
  private static Term threeYearsFromApril2026() {
    return Term.builder()
        .effectiveFrom(LocalDate.of(2026, 4, 1))
        .expiresOn(LocalDate.of(2029, 3, 31))
        .reviewEvery(IsoPeriod.parse("P1Y"))
        .noticePeriod(IsoPeriod.parse("P3M"))
        .build();
  }

  private static Camera camera(String id, String level, int pixels, String width) {
    return Camera.builder().id(id).location("Loc " + id).requiredLevel(level)
        .horizontalPixels(pixels).sceneWidthMetres(new BigDecimal(width)).build();
  }

  /**
   * Two parties, a council and a police force, with no roles or contacts: what a user gives
   * {@code sla new}.
   *
   * @return the parties
   */
  public static List<Party> twoParties() {
    return List.of(
        Party.builder().id("council").name("Testshire Council").type(PartyType.LOCAL_AUTHORITY)
            .build(),
        Party.builder().id("police").name("Testshire Police").type(PartyType.POLICE_FORCE)
            .build());
  }
}
