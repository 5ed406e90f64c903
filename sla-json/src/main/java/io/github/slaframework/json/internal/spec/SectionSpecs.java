package io.github.slaframework.json.internal.spec;

import static io.github.slaframework.json.internal.spec.Codecs.AREA_CODE;
import static io.github.slaframework.json.internal.spec.Codecs.BOOLEAN;
import static io.github.slaframework.json.internal.spec.Codecs.DATE;
import static io.github.slaframework.json.internal.spec.Codecs.DECIMAL_STRING;
import static io.github.slaframework.json.internal.spec.Codecs.PERIOD;
import static io.github.slaframework.json.internal.spec.Codecs.STRING;
import static io.github.slaframework.json.internal.spec.Codecs.enumOf;
import static io.github.slaframework.json.internal.spec.Codecs.openCode;

import io.github.slaframework.core.Clause;
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
import io.github.slaframework.core.section.InformationSharingSection;
import io.github.slaframework.core.section.LegalConsiderationsSection;
import io.github.slaframework.core.section.PlannedChange;
import io.github.slaframework.core.section.PrivacyImpactAssessment;
import io.github.slaframework.core.section.PurposeAndLegitimacySection;
import io.github.slaframework.core.section.SurveillanceTypesSection;
import io.github.slaframework.core.section.TechnicalStandardsSection;
import io.github.slaframework.core.section.TrainingSection;
import io.github.slaframework.core.section.Indicator;
import io.github.slaframework.core.section.IntegrityAlgorithm;
import io.github.slaframework.core.section.Jurisdiction;
import io.github.slaframework.core.section.LegalBasis;
import io.github.slaframework.core.section.Purpose;
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.section.SurveillanceType;
import io.github.slaframework.core.section.TrainingRequirement;
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

  static final ObjectSpec<Clause, Clause.Builder> CLAUSE =
      ObjectSpec.of("Clause", Clause.class, Clause.Builder.class)
          .required("id", STRING)
          .required("text", STRING)
          .optional("title", STRING)
          .optional("obligation", enumOf(Obligation.class))
          .list("responsibleParties", false, STRING)
          .extensions()
          .build();


  static final ObjectSpec<PrivacyImpactAssessment, PrivacyImpactAssessment.Builder>
      PRIVACY_IMPACT_ASSESSMENT =
          ObjectSpec.of("PrivacyImpactAssessment", PrivacyImpactAssessment.class,
                  PrivacyImpactAssessment.Builder.class)
              .required("reference", STRING)
              .required("completedOn", DATE)
              .optional("nextReviewOn", DATE)
              .extensions()
              .build();

  static final ObjectSpec<EvidenceExport, EvidenceExport.Builder> EVIDENCE_EXPORT =
      ObjectSpec.of("EvidenceExport", EvidenceExport.class, EvidenceExport.Builder.class)
          .required("format", enumOf(EvidenceFormat.class))
          .optional("integrity", enumOf(IntegrityAlgorithm.class))
          .extensions()
          .build();

  static final ObjectSpec<Charge, Charge.Builder> CHARGE =
      ObjectSpec.of("Charge", Charge.class, Charge.Builder.class)
          .required("description", STRING)
          .required("amount", DECIMAL_STRING)
          .required("currency", STRING)
          .required("payer", STRING)
          .extensions()
          .build();

  static final ObjectSpec<PlannedChange, PlannedChange.Builder> PLANNED_CHANGE =
      ObjectSpec.of("PlannedChange", PlannedChange.class, PlannedChange.Builder.class)
          .required("description", STRING)
          .optional("expectedBy", DATE)
          .optional("requiresDpia", BOOLEAN)
          .extensions()
          .build();

  static final ObjectSpec<Camera, Camera.Builder> CAMERA =
      ObjectSpec.of("Camera", Camera.class, Camera.Builder.class)
          .required("id", STRING)
          .optional("location", STRING)
          .required("requiredLevel", STRING)
          .required("horizontalPixels", Codecs.PIXELS)
          .required("sceneWidthMetres", Codecs.METRES)
          .extensions()
          .build();

  private static <T extends Section, B> ObjectSpecBuilder<T, B> section(
      AreaCode area, Class<T> type, Class<B> builder) {
    return ObjectSpec.of(type.getSimpleName(), type, builder).constant("area", area.code());
  }

  private static final Map<AreaCode, ObjectSpec<? extends Section, ?>> TYPED_SECTIONS =
      new LinkedHashMap<>();

  static {
    TYPED_SECTIONS.put(AreaCode.PURPOSE_AND_LEGITIMACY,
        section(AreaCode.PURPOSE_AND_LEGITIMACY, PurposeAndLegitimacySection.class,
                PurposeAndLegitimacySection.Builder.class)
            .list("purposes", false, openCode(Purpose.class))
            .optional("pressingNeed", STRING)
            .optional("dpia", PRIVACY_IMPACT_ASSESSMENT)
            .addedIn11()
            .formerName("privacyImpactAssessment")
            .list("clauses", true, CLAUSE)
            .extensions()
            .build());
    TYPED_SECTIONS.put(AreaCode.LEGAL_CONSIDERATIONS,
        section(AreaCode.LEGAL_CONSIDERATIONS, LegalConsiderationsSection.class,
                LegalConsiderationsSection.Builder.class)
            .optional("jurisdiction", enumOf(Jurisdiction.class))
            .list("legalBases", false, openCode(LegalBasis.class, "FOISA_2002",
                "CJLSA_2010_PART_6", "CRIME_AND_DISORDER_ACT_1998", "DUAA_2025",
                "WELSH_LANGUAGE_MEASURE_2011"))
            .list("clauses", true, CLAUSE)
            .extensions()
            .build());
    TYPED_SECTIONS.put(AreaCode.GOVERNANCE,
        section(AreaCode.GOVERNANCE, GovernanceSection.class,
                GovernanceSection.Builder.class)
            .optional("meetingFrequency", PERIOD)
            .optional("escalation", STRING)
            .list("clauses", true, CLAUSE)
            .extensions()
            .build());
    TYPED_SECTIONS.put(AreaCode.INFORMATION_SHARING,
        section(AreaCode.INFORMATION_SHARING, InformationSharingSection.class,
                InformationSharingSection.Builder.class)
            .required("retentionPeriod", PERIOD)
            .optional("evidenceExport", EVIDENCE_EXPORT)
            .list("clauses", true, CLAUSE)
            .extensions()
            .build());
    TYPED_SECTIONS.put(AreaCode.COMMUNICATION,
        section(AreaCode.COMMUNICATION, CommunicationSection.class,
                CommunicationSection.Builder.class)
            .optional("liveIncidentSupport", BOOLEAN)
            .list("channels", false, openCode(Channel.class))
            .optional("hours", STRING)
            .list("clauses", true, CLAUSE)
            .extensions()
            .build());
    TYPED_SECTIONS.put(AreaCode.TRAINING,
        section(AreaCode.TRAINING, TrainingSection.class, TrainingSection.Builder.class)
            .list("requirements", false,
                openCode(TrainingRequirement.class, "RIPSA_AWARENESS"))
            .optional("refresherEvery", PERIOD)
            .list("clauses", true, CLAUSE)
            .extensions()
            .build());
    TYPED_SECTIONS.put(AreaCode.SURVEILLANCE_TYPES,
        section(AreaCode.SURVEILLANCE_TYPES, SurveillanceTypesSection.class,
                SurveillanceTypesSection.Builder.class)
            .list("types", false, openCode(SurveillanceType.class,
                "FACIAL_RECOGNITION_LIVE", "FACIAL_RECOGNITION_RETROSPECTIVE", "DRONE", "AUDIO"))
            .list("clauses", true, CLAUSE)
            .extensions()
            .build());
    TYPED_SECTIONS.put(AreaCode.FINANCE,
        section(AreaCode.FINANCE, FinanceSection.class, FinanceSection.Builder.class)
            .list("charges", false, CHARGE)
            .list("clauses", true, CLAUSE)
            .extensions()
            .build());
    TYPED_SECTIONS.put(AreaCode.FEEDBACK,
        section(AreaCode.FEEDBACK, FeedbackSection.class, FeedbackSection.Builder.class)
            .optional("reportingFrequency", PERIOD)
            .list("indicators", false, openCode(Indicator.class))
            .list("clauses", true, CLAUSE)
            .extensions()
            .build());
    TYPED_SECTIONS.put(AreaCode.FUTURE_TECHNOLOGY,
        section(AreaCode.FUTURE_TECHNOLOGY, FutureTechnologySection.class,
                FutureTechnologySection.Builder.class)
            .list("plannedChanges", false, PLANNED_CHANGE)
            .list("clauses", true, CLAUSE)
            .extensions()
            .build());
    TYPED_SECTIONS.put(AreaCode.EVALUATION_AND_REVIEW,
        section(AreaCode.EVALUATION_AND_REVIEW, EvaluationAndReviewSection.class,
                EvaluationAndReviewSection.Builder.class)
            .optional("reviewFrequency", PERIOD)
            .optional("nextReviewOn", DATE)
            .optional("publishAnnualReport", BOOLEAN)
            .list("clauses", true, CLAUSE)
            .extensions()
            .build());
    TYPED_SECTIONS.put(AreaCode.TECHNICAL_STANDARDS,
        section(AreaCode.TECHNICAL_STANDARDS, TechnicalStandardsSection.class,
                TechnicalStandardsSection.Builder.class)
            .optional("pixelDensityStandard", STRING)
            .list("cameras", false, CAMERA)
            .list("clauses", true, CLAUSE)
            .extensions()
            .build());
  }

  static final ObjectSpec<CustomSection, CustomSection.Builder> CUSTOM_SECTION =
      ObjectSpec.of("CustomSection", CustomSection.class, CustomSection.Builder.class)
          .required("area", AREA_CODE)
          .list("clauses", true, CLAUSE)
          .extensions()
          .description("A section of an area without typed fields, such as an x- area.")
          .build();

  static final SectionCodec SECTION = new SectionCodec(TYPED_SECTIONS, CUSTOM_SECTION);

  /** The typed section tables by area, in format order. */
  public static Map<String, ObjectSpec<? extends Section, ?>> typedSections() {
    return SECTION.typed();
  }

  /** The custom section table. */
  public static ObjectSpec<CustomSection, ?> customSection() {
    return SECTION.custom();
  }

  /** A section as a JSON object, exactly as it stands in an agreement's {@code sections}. */
  public static JsonValue section(Section section) {
    return SECTION.write(section);
  }

  /**
   * One member of a section's JSON object, converting only that member.
   *
   * @param member a field or {@code x-} field name
   * @return the member, or empty when the object has none of that name
   */
  public static Optional<JsonValue> sectionMember(Section section, String member) {
    return SECTION.writeMember(section, member);
  }

  /**
   * Whether a section's JSON object has a member, without converting it.
   *
   * @param member a field or {@code x-} field name
   * @return {@code true} when the object has a member of that name
   */
  public static boolean sectionHasMember(Section section, String member) {
    return SECTION.hasMember(section, member);
  }
}
