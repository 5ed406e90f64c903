package io.github.slaframework.validation.internal;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.ImmutableAgreement;
import io.github.slaframework.core.ImmutableAppliesTo;
import io.github.slaframework.core.ImmutableApproval;
import io.github.slaframework.core.ImmutableClause;
import io.github.slaframework.core.ImmutableContact;
import io.github.slaframework.core.ImmutableFrameworkRef;
import io.github.slaframework.core.ImmutableMeasurementWindow;
import io.github.slaframework.core.ImmutableObjective;
import io.github.slaframework.core.ImmutableParty;
import io.github.slaframework.core.ImmutableServiceLevel;
import io.github.slaframework.core.ImmutableTerm;
import io.github.slaframework.core.ImmutableWaiver;
import io.github.slaframework.core.constraints.PositivePeriod;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.Severity;
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
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * The model's Jakarta constraints, evaluated by one Hibernate Validator configured once for the
 * whole JVM: predefined scope (the model's classes are known up front, so start-up reads them
 * once), accessor-style properties, parameter interpolation only (no Expression Language), and the
 * model's own constraints registered through the programmatic definition API. Violations become
 * findings with JSON Pointers and messages of the caller's locale.
 */
public final class BeanConstraints {

  /** The model classes validated: what core's builders produce. */
  static final Set<Class<?>> MODEL_CLASSES =
      Set.of(
          ImmutableAgreement.class,
          ImmutableAppliesTo.class,
          ImmutableApproval.class,
          ImmutableClause.class,
          ImmutableContact.class,
          ImmutableFrameworkRef.class,
          ImmutableMeasurementWindow.class,
          ImmutableObjective.class,
          ImmutableParty.class,
          ImmutableServiceLevel.class,
          ImmutableTerm.class,
          ImmutableWaiver.class,
          ImmutableCamera.class,
          ImmutableCharge.class,
          ImmutableCommunicationSection.class,
          ImmutableCustomSection.class,
          ImmutableEvaluationAndReviewSection.class,
          ImmutableEvidenceExport.class,
          ImmutableFeedbackSection.class,
          ImmutableFinanceSection.class,
          ImmutableFutureTechnologySection.class,
          ImmutableGovernanceSection.class,
          ImmutableInformationSharingSection.class,
          ImmutableLegalConsiderationsSection.class,
          ImmutablePlannedChange.class,
          ImmutablePrivacyImpactAssessment.class,
          ImmutablePurposeAndLegitimacySection.class,
          ImmutableSurveillanceTypesSection.class,
          ImmutableTechnicalStandardsSection.class,
          ImmutableTrainingSection.class);

  private static final List<Class<? extends Annotation>> BUILT_IN =
      List.of(
          NotBlank.class,
          NotNull.class,
          NotEmpty.class,
          Pattern.class,
          Size.class,
          Email.class,
          Positive.class,
          PositiveOrZero.class,
          DecimalMin.class,
          DecimalMax.class,
          Min.class,
          Max.class);

  private static final Set<String> REQUIRED_CONSTRAINTS =
      Set.of(NotBlank.class.getName(), NotNull.class.getName(), NotEmpty.class.getName());

  private BeanConstraints() {}

  /** Holds the one validator, built on first use (class initialisation is thread-safe). */
  private static final class Holder {
    static final Validator VALIDATOR = build();
  }

  private static Validator build() {
    PredefinedScopeHibernateValidatorConfiguration configuration =
        Validation.byProvider(PredefinedScopeHibernateValidator.class)
            .providerResolver(() -> List.of(new PredefinedScopeHibernateValidator()))
            .configure();
    Set<String> builtIn = new java.util.HashSet<>();
    for (Class<? extends Annotation> c : BUILT_IN) {
      builtIn.add(c.getName());
    }
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping
        .constraintDefinition(PositivePeriod.class)
        .includeExistingValidators(false)
        .validatedBy(PositivePeriodValidator.class);
    ValidatorFactory factory =
        configuration
            .ignoreXmlConfiguration()
            .builtinConstraints(builtIn)
            .initializeBeanMetaData(MODEL_CLASSES)
            .includeBeansAndConstraintsDefinedOnlyInXml(false)
            .locales(Locale.ROOT)
            .defaultLocale(Locale.ROOT)
            .messageInterpolator(new LiteralParameterInterpolator())
            .getterPropertySelectionStrategy(new ModelPropertySelection())
            .addMapping(mapping)
            .addValueExtractor(new PresentOptionalExtractor())
            .buildValidatorFactory();
    // The factory lives as long as the JVM, like its validator; closing it would invalidate both.
    return factory.getValidator();
  }

  /**
   * Initialises the validator now rather than on first use.
   */
  public static void warmUp() {
    Holder.VALIDATOR.getClass();
  }

  /**
   * The constraint violations of an agreement as findings, without location.
   *
   * @param agreement the agreement
   * @param messages the messages of the caller's locale
   * @return the findings, in no particular order
   */
  public static List<Finding> check(Agreement agreement, Messages messages) {
    Set<ConstraintViolation<Agreement>> violations = Holder.VALIDATOR.validate(agreement);
    List<Finding> findings = new ArrayList<>(violations.size());
    for (ConstraintViolation<Agreement> v : violations) {
      findings.add(toFinding(v, messages));
    }
    return findings;
  }

  static Finding toFinding(ConstraintViolation<?> violation, Messages messages) {
    Annotation annotation = violation.getConstraintDescriptor().getAnnotation();
    String type = annotation.annotationType().getName();
    String simple = annotation.annotationType().getSimpleName();
    boolean required = REQUIRED_CONSTRAINTS.contains(type);
    Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
    String key = "constraint." + simple;
    if (simple.equals("Size") && Integer.valueOf(Integer.MAX_VALUE).equals(attributes.get("max"))) {
      key = "constraint.Size.min";
    }
    if (!messages.has(key)) {
      key = "constraint.other";
    }
    String pointer = pointer(violation.getPropertyPath());
    List<Object> pairs = new ArrayList<>(List.of("field", field(pointer)));
    attributes.forEach(
        (name, value) -> {
          pairs.add(name);
          pairs.add(value);
        });
    String message = messages.get(key, pairs.toArray());
    Object invalid = violation.getInvalidValue();
    if (!required && invalid instanceof CharSequence text) {
      message = message + messages.get("value.found", "excerpt", Excerpt.of(text));
    }
    return Finding.of(
        Severity.ERROR,
        required ? FindingCodes.REQUIRED : FindingCodes.INVALID_VALUE,
        pointer,
        message);
  }

  /** The name of the field a pointer ends in: its last segment that is not an index. */
  static String field(String pointer) {
    List<String> segments = Pointers.segments(pointer);
    for (int i = segments.size() - 1; i >= 0; i--) {
      if (!segments.get(i).chars().allMatch(Character::isDigit)) {
        return segments.get(i);
      }
    }
    return "value";
  }

  /**
   * A JSON Pointer for a property path: property names (the JSON field names) and the indexes and
   * keys of iterable elements; container-element and bean nodes add no segment.
   *
   * @param path a property path
   * @return the pointer
   */
  static String pointer(Path path) {
    String pointer = "";
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        pointer = Pointers.child(pointer, node.getIndex());
      } else if (node.getKey() != null) {
        pointer = Pointers.child(pointer, String.valueOf(node.getKey()));
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        pointer = Pointers.child(pointer, node.getName());
      }
    }
    return pointer;
  }
}
