package io.github.slaframework.json.internal.spec;

import static io.github.slaframework.json.internal.spec.Codecs.AREA_CODE;
import static io.github.slaframework.json.internal.spec.Codecs.BOOLEAN;
import static io.github.slaframework.json.internal.spec.Codecs.DATE;
import static io.github.slaframework.json.internal.spec.Codecs.DECIMAL_STRING;
import static io.github.slaframework.json.internal.spec.Codecs.INTEGER;
import static io.github.slaframework.json.internal.spec.Codecs.NUMBER;
import static io.github.slaframework.json.internal.spec.Codecs.PERIOD;
import static io.github.slaframework.json.internal.spec.Codecs.STRING;
import static io.github.slaframework.json.internal.spec.Codecs.enumOf;

import io.github.slaframework.core.Clause;
import io.github.slaframework.core.ImmutableClause;
import io.github.slaframework.core.Obligation;
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
import io.github.slaframework.core.section.ImmutableCamera;
import io.github.slaframework.core.section.ImmutableCharge;
import io.github.slaframework.core.section.ImmutableCommunicationSection;
import io.github.slaframework.core.section.ImmutableCustomSection;
import io.github.slaframework.core.section.ImmutableEvaluationAndReviewSection;
import io.github.slaframework.core.section.ImmutableEvidenceExport;
import io.github.slaframework.core.section.ImmutableFeedbackSection;
import io.github.slaframework.core.section.ImmutableFinanceSection;
import io.github.slaframework.core.section.ImmutableFutureTechnologySection;
import io.github.slaframework.core.section.ImmutableGovernanceSection;
import io.github.slaframework.core.section.ImmutableInformationSharingSection;
import io.github.slaframework.core.section.ImmutableLegalConsiderationsSection;
import io.github.slaframework.core.section.ImmutablePlannedChange;
import io.github.slaframework.core.section.ImmutablePrivacyImpactAssessment;
import io.github.slaframework.core.section.ImmutablePurposeAndLegitimacySection;
import io.github.slaframework.core.section.ImmutableSurveillanceTypesSection;
import io.github.slaframework.core.section.ImmutableTechnicalStandardsSection;
import io.github.slaframework.core.section.ImmutableTrainingSection;
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
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.section.SurveillanceType;
import io.github.slaframework.core.section.SurveillanceTypesSection;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.core.section.TrainingRequirement;
import io.github.slaframework.core.section.TrainingSection;
import io.github.slaframework.core.value.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The format tables of an agreement's sections: a typed table per well-known area, the custom
 * section table for any other area, and the section codec that chooses between them by {@code
 * area}. Part of the format table with {@link Specs}.
 */
public final class SectionSpecs {

  private SectionSpecs() {}

  static final ObjectSpec<Clause, ImmutableClause.Builder> CLAUSE =
      ObjectSpec.of("Clause", Clause.class, Clause::builder, ImmutableClause.Builder::build)
          .required("id", STRING, Clause::id, ImmutableClause.Builder::id)
          .required("text", STRING, Clause::text, ImmutableClause.Builder::text)
          .optional("title", STRING, Clause::title, ImmutableClause.Builder::title)
          .optional("obligation", enumOf(Obligation.class), Clause::obligation,
              ImmutableClause.Builder::obligation)
          .list("responsibleParties", false, STRING, Clause::responsibleParties,
              ImmutableClause.Builder::addResponsibleParties)
          .extensions(Clause::extensions, ImmutableClause.Builder::putAllExtensions)
          .build();


  static final ObjectSpec<PrivacyImpactAssessment, ImmutablePrivacyImpactAssessment.Builder>
      PRIVACY_IMPACT_ASSESSMENT =
          ObjectSpec.of("PrivacyImpactAssessment", PrivacyImpactAssessment.class, PrivacyImpactAssessment::builder,
                  ImmutablePrivacyImpactAssessment.Builder::build)
              .required("reference", STRING, PrivacyImpactAssessment::reference,
                  ImmutablePrivacyImpactAssessment.Builder::reference)
              .required("completedOn", DATE, PrivacyImpactAssessment::completedOn,
                  ImmutablePrivacyImpactAssessment.Builder::completedOn)
              .optional("nextReviewOn", DATE, PrivacyImpactAssessment::nextReviewOn,
                  ImmutablePrivacyImpactAssessment.Builder::nextReviewOn)
              .extensions(PrivacyImpactAssessment::extensions,
                  ImmutablePrivacyImpactAssessment.Builder::putAllExtensions)
              .build();

  static final ObjectSpec<EvidenceExport, ImmutableEvidenceExport.Builder> EVIDENCE_EXPORT =
      ObjectSpec.of("EvidenceExport", EvidenceExport.class, ImmutableEvidenceExport::builder,
              ImmutableEvidenceExport.Builder::build)
          .required("format", enumOf(EvidenceFormat.class), EvidenceExport::format,
              ImmutableEvidenceExport.Builder::format)
          .optional("integrity", enumOf(IntegrityAlgorithm.class), EvidenceExport::integrity,
              ImmutableEvidenceExport.Builder::integrity)
          .extensions(EvidenceExport::extensions,
              ImmutableEvidenceExport.Builder::putAllExtensions)
          .build();

  static final ObjectSpec<Charge, ImmutableCharge.Builder> CHARGE =
      ObjectSpec.of("Charge", Charge.class, Charge::builder, ImmutableCharge.Builder::build)
          .required("description", STRING, Charge::description,
              ImmutableCharge.Builder::description)
          .required("amount", DECIMAL_STRING, Charge::amount, ImmutableCharge.Builder::amount)
          .required("currency", STRING, Charge::currency, ImmutableCharge.Builder::currency)
          .required("payer", STRING, Charge::payer, ImmutableCharge.Builder::payer)
          .extensions(Charge::extensions, ImmutableCharge.Builder::putAllExtensions)
          .build();

  static final ObjectSpec<PlannedChange, ImmutablePlannedChange.Builder> PLANNED_CHANGE =
      ObjectSpec.of("PlannedChange", PlannedChange.class, PlannedChange::builder, ImmutablePlannedChange.Builder::build)
          .required("description", STRING, PlannedChange::description,
              ImmutablePlannedChange.Builder::description)
          .optional("expectedBy", DATE, PlannedChange::expectedBy,
              ImmutablePlannedChange.Builder::expectedBy)
          .optional("requiresDpia", BOOLEAN, PlannedChange::requiresDpia,
              ImmutablePlannedChange.Builder::requiresDpia)
          .extensions(PlannedChange::extensions, ImmutablePlannedChange.Builder::putAllExtensions)
          .build();

  static final ObjectSpec<Camera, ImmutableCamera.Builder> CAMERA =
      ObjectSpec.of("Camera", Camera.class, Camera::builder, ImmutableCamera.Builder::build)
          .required("id", STRING, Camera::id, ImmutableCamera.Builder::id)
          .optional("location", STRING, Camera::location, ImmutableCamera.Builder::location)
          .required("requiredLevel", STRING, Camera::requiredLevel,
              ImmutableCamera.Builder::requiredLevel)
          .required("horizontalPixels", INTEGER, Camera::horizontalPixels,
              ImmutableCamera.Builder::horizontalPixels)
          .required("sceneWidthMetres", NUMBER, Camera::sceneWidthMetres,
              ImmutableCamera.Builder::sceneWidthMetres)
          .extensions(Camera::extensions, ImmutableCamera.Builder::putAllExtensions)
          .build();

  private static <T extends Section, B> ObjectSpecBuilder<T, B> section(
      AreaCode area, Class<T> type, java.util.function.Supplier<B> builder,
      java.util.function.Function<B, ? extends T> build) {
    return ObjectSpec.of(type.getSimpleName(), type, builder, build).constant("area", area.code());
  }

  private static final Map<AreaCode, ObjectSpec<? extends Section, ?>> TYPED_SECTIONS =
      new LinkedHashMap<>();

  static {
    TYPED_SECTIONS.put(AreaCode.PURPOSE_AND_LEGITIMACY,
        section(AreaCode.PURPOSE_AND_LEGITIMACY, PurposeAndLegitimacySection.class,
                PurposeAndLegitimacySection::builder,
                ImmutablePurposeAndLegitimacySection.Builder::build)
            .list("purposes", false, enumOf(Purpose.class),
                PurposeAndLegitimacySection::purposes,
                ImmutablePurposeAndLegitimacySection.Builder::addPurposes)
            .optional("pressingNeed", STRING, PurposeAndLegitimacySection::pressingNeed,
                ImmutablePurposeAndLegitimacySection.Builder::pressingNeed)
            .optional("privacyImpactAssessment", PRIVACY_IMPACT_ASSESSMENT,
                PurposeAndLegitimacySection::privacyImpactAssessment,
                ImmutablePurposeAndLegitimacySection.Builder::privacyImpactAssessment)
            .list("clauses", true, CLAUSE, Section::clauses,
                ImmutablePurposeAndLegitimacySection.Builder::addClauses)
            .extensions(Section::extensions,
                ImmutablePurposeAndLegitimacySection.Builder::putAllExtensions)
            .build());
    TYPED_SECTIONS.put(AreaCode.LEGAL_CONSIDERATIONS,
        section(AreaCode.LEGAL_CONSIDERATIONS, LegalConsiderationsSection.class,
                LegalConsiderationsSection::builder,
                ImmutableLegalConsiderationsSection.Builder::build)
            .optional("jurisdiction", enumOf(Jurisdiction.class),
                LegalConsiderationsSection::jurisdiction,
                ImmutableLegalConsiderationsSection.Builder::jurisdiction)
            .list("legalBases", false, enumOf(LegalBasis.class),
                LegalConsiderationsSection::legalBases,
                ImmutableLegalConsiderationsSection.Builder::addLegalBases)
            .list("clauses", true, CLAUSE, Section::clauses,
                ImmutableLegalConsiderationsSection.Builder::addClauses)
            .extensions(Section::extensions,
                ImmutableLegalConsiderationsSection.Builder::putAllExtensions)
            .build());
    TYPED_SECTIONS.put(AreaCode.GOVERNANCE,
        section(AreaCode.GOVERNANCE, GovernanceSection.class, GovernanceSection::builder,
                ImmutableGovernanceSection.Builder::build)
            .optional("meetingFrequency", PERIOD, GovernanceSection::meetingFrequency,
                ImmutableGovernanceSection.Builder::meetingFrequency)
            .optional("escalation", STRING, GovernanceSection::escalation,
                ImmutableGovernanceSection.Builder::escalation)
            .list("clauses", true, CLAUSE, Section::clauses,
                ImmutableGovernanceSection.Builder::addClauses)
            .extensions(Section::extensions, ImmutableGovernanceSection.Builder::putAllExtensions)
            .build());
    TYPED_SECTIONS.put(AreaCode.INFORMATION_SHARING,
        section(AreaCode.INFORMATION_SHARING, InformationSharingSection.class,
                InformationSharingSection::builder,
                ImmutableInformationSharingSection.Builder::build)
            .required("retentionPeriod", PERIOD, InformationSharingSection::retentionPeriod,
                ImmutableInformationSharingSection.Builder::retentionPeriod)
            .optional("evidenceExport", EVIDENCE_EXPORT, InformationSharingSection::evidenceExport,
                ImmutableInformationSharingSection.Builder::evidenceExport)
            .list("clauses", true, CLAUSE, Section::clauses,
                ImmutableInformationSharingSection.Builder::addClauses)
            .extensions(Section::extensions,
                ImmutableInformationSharingSection.Builder::putAllExtensions)
            .build());
    TYPED_SECTIONS.put(AreaCode.COMMUNICATION,
        section(AreaCode.COMMUNICATION, CommunicationSection.class, CommunicationSection::builder,
                ImmutableCommunicationSection.Builder::build)
            .optional("liveIncidentSupport", BOOLEAN, CommunicationSection::liveIncidentSupport,
                ImmutableCommunicationSection.Builder::liveIncidentSupport)
            .list("channels", false, enumOf(Channel.class), CommunicationSection::channels,
                ImmutableCommunicationSection.Builder::addChannels)
            .optional("hours", STRING, CommunicationSection::hours,
                ImmutableCommunicationSection.Builder::hours)
            .list("clauses", true, CLAUSE, Section::clauses,
                ImmutableCommunicationSection.Builder::addClauses)
            .extensions(Section::extensions,
                ImmutableCommunicationSection.Builder::putAllExtensions)
            .build());
    TYPED_SECTIONS.put(AreaCode.TRAINING,
        section(AreaCode.TRAINING, TrainingSection.class, TrainingSection::builder,
                ImmutableTrainingSection.Builder::build)
            .list("requirements", false, enumOf(TrainingRequirement.class),
                TrainingSection::requirements, ImmutableTrainingSection.Builder::addRequirements)
            .optional("refresherEvery", PERIOD, TrainingSection::refresherEvery,
                ImmutableTrainingSection.Builder::refresherEvery)
            .list("clauses", true, CLAUSE, Section::clauses,
                ImmutableTrainingSection.Builder::addClauses)
            .extensions(Section::extensions, ImmutableTrainingSection.Builder::putAllExtensions)
            .build());
    TYPED_SECTIONS.put(AreaCode.SURVEILLANCE_TYPES,
        section(AreaCode.SURVEILLANCE_TYPES, SurveillanceTypesSection.class,
                SurveillanceTypesSection::builder,
                ImmutableSurveillanceTypesSection.Builder::build)
            .list("types", false, enumOf(SurveillanceType.class), SurveillanceTypesSection::types,
                ImmutableSurveillanceTypesSection.Builder::addTypes)
            .list("clauses", true, CLAUSE, Section::clauses,
                ImmutableSurveillanceTypesSection.Builder::addClauses)
            .extensions(Section::extensions,
                ImmutableSurveillanceTypesSection.Builder::putAllExtensions)
            .build());
    TYPED_SECTIONS.put(AreaCode.FINANCE,
        section(AreaCode.FINANCE, FinanceSection.class, FinanceSection::builder,
                ImmutableFinanceSection.Builder::build)
            .list("charges", false, CHARGE, FinanceSection::charges,
                ImmutableFinanceSection.Builder::addCharges)
            .list("clauses", true, CLAUSE, Section::clauses,
                ImmutableFinanceSection.Builder::addClauses)
            .extensions(Section::extensions, ImmutableFinanceSection.Builder::putAllExtensions)
            .build());
    TYPED_SECTIONS.put(AreaCode.FEEDBACK,
        section(AreaCode.FEEDBACK, FeedbackSection.class, FeedbackSection::builder,
                ImmutableFeedbackSection.Builder::build)
            .optional("reportingFrequency", PERIOD, FeedbackSection::reportingFrequency,
                ImmutableFeedbackSection.Builder::reportingFrequency)
            .list("indicators", false, enumOf(Indicator.class), FeedbackSection::indicators,
                ImmutableFeedbackSection.Builder::addIndicators)
            .list("clauses", true, CLAUSE, Section::clauses,
                ImmutableFeedbackSection.Builder::addClauses)
            .extensions(Section::extensions, ImmutableFeedbackSection.Builder::putAllExtensions)
            .build());
    TYPED_SECTIONS.put(AreaCode.FUTURE_TECHNOLOGY,
        section(AreaCode.FUTURE_TECHNOLOGY, FutureTechnologySection.class,
                FutureTechnologySection::builder, ImmutableFutureTechnologySection.Builder::build)
            .list("plannedChanges", false, PLANNED_CHANGE, FutureTechnologySection::plannedChanges,
                ImmutableFutureTechnologySection.Builder::addPlannedChanges)
            .list("clauses", true, CLAUSE, Section::clauses,
                ImmutableFutureTechnologySection.Builder::addClauses)
            .extensions(Section::extensions,
                ImmutableFutureTechnologySection.Builder::putAllExtensions)
            .build());
    TYPED_SECTIONS.put(AreaCode.EVALUATION_AND_REVIEW,
        section(AreaCode.EVALUATION_AND_REVIEW, EvaluationAndReviewSection.class,
                EvaluationAndReviewSection::builder,
                ImmutableEvaluationAndReviewSection.Builder::build)
            .optional("reviewFrequency", PERIOD, EvaluationAndReviewSection::reviewFrequency,
                ImmutableEvaluationAndReviewSection.Builder::reviewFrequency)
            .optional("nextReviewOn", DATE, EvaluationAndReviewSection::nextReviewOn,
                ImmutableEvaluationAndReviewSection.Builder::nextReviewOn)
            .optional("publishAnnualReport", BOOLEAN,
                EvaluationAndReviewSection::publishAnnualReport,
                ImmutableEvaluationAndReviewSection.Builder::publishAnnualReport)
            .list("clauses", true, CLAUSE, Section::clauses,
                ImmutableEvaluationAndReviewSection.Builder::addClauses)
            .extensions(Section::extensions,
                ImmutableEvaluationAndReviewSection.Builder::putAllExtensions)
            .build());
    TYPED_SECTIONS.put(AreaCode.TECHNICAL_STANDARDS,
        section(AreaCode.TECHNICAL_STANDARDS, TechnicalStandardsSection.class,
                TechnicalStandardsSection::builder,
                ImmutableTechnicalStandardsSection.Builder::build)
            .optional("pixelDensityStandard", STRING,
                TechnicalStandardsSection::pixelDensityStandard,
                ImmutableTechnicalStandardsSection.Builder::pixelDensityStandard)
            .list("cameras", false, CAMERA, TechnicalStandardsSection::cameras,
                ImmutableTechnicalStandardsSection.Builder::addCameras)
            .list("clauses", true, CLAUSE, Section::clauses,
                ImmutableTechnicalStandardsSection.Builder::addClauses)
            .extensions(Section::extensions,
                ImmutableTechnicalStandardsSection.Builder::putAllExtensions)
            .build());
  }

  static final ObjectSpec<CustomSection, ImmutableCustomSection.Builder> CUSTOM_SECTION =
      ObjectSpec.of("CustomSection", CustomSection.class, CustomSection::builder, ImmutableCustomSection.Builder::build)
          .required("area", AREA_CODE, CustomSection::area, ImmutableCustomSection.Builder::area)
          .list("clauses", true, CLAUSE, CustomSection::clauses,
              ImmutableCustomSection.Builder::addClauses)
          .extensions(CustomSection::extensions, ImmutableCustomSection.Builder::putAllExtensions)
          .description("A section of an area without typed fields, such as an x- area.")
          .build();

  static final SectionCodec SECTION = new SectionCodec(TYPED_SECTIONS, CUSTOM_SECTION);

  /**
   * The typed section tables by area, in format order.
   *
   * @return the tables
   */
  public static Map<String, ObjectSpec<? extends Section, ?>> typedSections() {
    return SECTION.typed();
  }

  /**
   * The custom section table.
   *
   * @return the table
   */
  public static ObjectSpec<CustomSection, ?> customSection() {
    return SECTION.custom();
  }

  /**
   * A section as a JSON object, exactly as it stands in an agreement's {@code sections}.
   *
   * @param section the section
   * @return the object
   */
  public static JsonValue section(Section section) {
    return SECTION.write(section);
  }

  /**
   * One member of a section's JSON object, converting only that member.
   *
   * @param section the section
   * @param member a field or {@code x-} field name
   * @return the member, or empty when the object has none of that name
   */
  public static Optional<JsonValue> sectionMember(Section section, String member) {
    return SECTION.writeMember(section, member);
  }

  /**
   * Whether a section's JSON object has a member, without converting it.
   *
   * @param section the section
   * @param member a field or {@code x-} field name
   * @return {@code true} when the object has a member of that name
   */
  public static boolean sectionHasMember(Section section, String member) {
    return SECTION.hasMember(section, member);
  }
}
