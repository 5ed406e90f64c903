package io.github.slaframework.json;

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
import io.github.slaframework.core.framework.AreaDefinition;
import io.github.slaframework.core.framework.AreaLevel;
import io.github.slaframework.core.framework.ComparisonOperator;
import io.github.slaframework.core.framework.Condition;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.framework.Target;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.section.Camera;
import io.github.slaframework.core.section.Channel;
import io.github.slaframework.core.section.Charge;
import io.github.slaframework.core.section.CommunicationSection;
import io.github.slaframework.core.section.CustomSection;
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
import java.util.Map;
import java.util.Optional;

/** Models that use every type, field and section kind of the format, for round-trip tests. */
final class Fixtures {

  private Fixtures() {}

  /** A small valid agreement on one line: two parties, a typed and a custom section. */
  static final String ONE_LINE_AGREEMENT =
      "{\"formatVersion\":\"1.0\",\"id\":\"leeds-wyp-2026\",\"title\":\"Public space CCTV\","
          + "\"framework\":{\"id\":\"uk-cctv-partnership\",\"version\":\"2021\"},"
          + "\"parties\":[{\"id\":\"council\",\"name\":\"Leeds City Council\","
          + "\"type\":\"LOCAL_AUTHORITY\"},{\"id\":\"wyp\",\"name\":\"West Yorkshire Police\","
          + "\"type\":\"POLICE_FORCE\"}],\"term\":{\"effectiveFrom\":\"2026-04-01\"},"
          + "\"sections\":[{\"area\":\"INFORMATION_SHARING\",\"retentionPeriod\":\"P31D\","
          + "\"clauses\":[]},{\"area\":\"x-drones\",\"clauses\":[],\"x-max-altitude\":120}]}";

  static Agreement everything() {
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
        .addParties(
            Party.builder()
                .id("council")
                .name("Leeds City Council")
                .type(PartyType.LOCAL_AUTHORITY)
                .addRoles(PartyRole.SYSTEM_OWNER, PartyRole.DATA_CONTROLLER)
                .putIdentifiers("gss", "E08000035")
                .addContacts(
                    Contact.builder().name("A. Manager").role("CCTV Manager")
                        .email("cctv@leeds.gov.uk").phone("0113 000 0000").build())
                .build(),
            Party.builder()
                .id("wyp")
                .name("West Yorkshire Police")
                .type(PartyType.POLICE_FORCE)
                .addRoles(PartyRole.POLICE)
                .putIdentifiers("forceCode", "13")
                .build())
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
                .pressingNeed("Night-time economy disorder")
                .privacyImpactAssessment(
                    PrivacyImpactAssessment.builder().reference("DPIA-7")
                        .completedOn(LocalDate.of(2026, 1, 10))
                        .nextReviewOn(LocalDate.of(2027, 1, 10)).build())
                .addClauses(clause)
                .build(),
            LegalConsiderationsSection.builder()
                .jurisdiction(Jurisdiction.ENGLAND_AND_WALES)
                .addLegalBases(LegalBasis.DPA_2018_PART_3, LegalBasis.UK_GDPR)
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
                .addTypes(SurveillanceType.OVERT, SurveillanceType.ANPR).build(),
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
                .description("Footage within 7 days")
                .objective(Objective.of(ObjectiveOperator.AT_MOST,
                    Threshold.of(IsoPeriod.parse("P7D"))))
                .attainment(new BigDecimal("95.0"))
                .window(MeasurementWindow.builder().type(WindowType.ROLLING)
                    .length(IsoPeriod.parse("P28D")).timeZone("Europe/London").build())
                .appliesTo(AppliesTo.priority(Priority.URGENT))
                .build(),
            ServiceLevel.builder()
                .id("sl-availability")
                .metric(ServiceMetric.CAMERA_AVAILABILITY)
                .obligatedParty("council")
                .objective(Objective.of(ObjectiveOperator.AT_LEAST,
                    Threshold.of(new BigDecimal("99.0"))))
                .cameraCount(40)
                .build())
        .addApprovals(
            Approval.builder().party("council").name("B. Signer").position("Director")
                .date(LocalDate.of(2026, 3, 1)).build())
        .addWaivers(
            Waiver.builder().code("RETENTION_LONG").path("/sections/3/retentionPeriod")
                .area("INFORMATION_SHARING").reason("Agreed with the ICO").build())
        .putExtensions(
            "x-vendor",
            JsonValue.object(Map.of("nested", JsonValue.array(
                java.util.List.of(JsonValue.of(1), JsonValue.NULL, JsonValue.TRUE,
                    JsonValue.of(new BigDecimal("1.50")), JsonValue.of("s"))))))
        .build();
  }

  static Framework framework() {
    Rule retention =
        Rule.builder()
            .code("RETENTION_LONG")
            .severity(Severity.WARNING)
            .message("Retention is longer than 31 days")
            .description("Footage is kept no longer than needed.")
            .when(new Condition.Exists(Target.area(AreaCode.INFORMATION_SHARING, "")))
            .require(new Condition.Compare(Target.area(AreaCode.INFORMATION_SHARING,
                "/retentionPeriod"), ComparisonOperator.LE, JsonValue.of("P31D")))
            .at(Target.area(AreaCode.INFORMATION_SHARING, "/retentionPeriod"))
            .build();
    Rule parties =
        Rule.builder()
            .code("PARTY_COMPOSITION")
            .severity(Severity.ERROR)
            .message("Needs a police force and another party")
            .require(new Condition.AllOf(java.util.List.of(
                new Condition.Count(Target.root("/parties"),
                    Optional.of(new Condition.Equals(Target.root("/type"),
                        JsonValue.of("POLICE_FORCE"))), Optional.of(1), Optional.empty()),
                new Condition.AnyOf(java.util.List.of(
                    new Condition.Contains(Target.root("/parties/*/roles"),
                        JsonValue.of("POLICE")),
                    new Condition.Not(new Condition.Exists(Target.root("/waivers"))))))))
            .build();
    Rule pixels =
        Rule.builder().code("PIXEL_DENSITY").severity(Severity.ERROR)
            .message("Pixel density too low").check("PIXEL_DENSITY").build();
    return Framework.builder()
        .id("uk-cctv-partnership")
        .version("2021")
        .title("UK public-space CCTV partnership")
        .publisher("Example")
        .description("Areas and rules")
        .addAreas(
            AreaDefinition.builder().code(AreaCode.INFORMATION_SHARING)
                .title("Information sharing").level(AreaLevel.MANDATORY)
                .guidance("Say how long footage is kept.").build(),
            AreaDefinition.of(AreaCode.FINANCE, "Finance", AreaLevel.OPTIONAL))
        .addRules(retention, parties, pixels)
        .addProfiles(profile())
        .putExtensions("x-source", JsonValue.of("test"))
        .build();
  }

  static Profile profile() {
    return Profile.builder()
        .id("housing-association")
        .title("Housing associations")
        .description("For housing associations")
        .framework(FrameworkRef.of("uk-cctv-partnership", "2021"))
        .putLevels(AreaCode.FINANCE, AreaLevel.MANDATORY)
        .putLevels(AreaCode.of("x-tenancy"), AreaLevel.RECOMMENDED)
        .addAreas(AreaDefinition.of(AreaCode.of("x-tenancy"), "Tenancy", AreaLevel.RECOMMENDED))
        .build();
  }
}
