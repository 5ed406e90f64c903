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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * The model's Jakarta constraints. The model's own classes are checked by their {@linkplain
 * CompiledConstraints compiled constraints}, a plain walk with the same findings as Hibernate
 * Validator's (several times faster, a seventh of the allocation: docs/PERFORMANCE.md). What that
 * leaves over (an e-mail address that is not plain, hand-written implementations of model
 * interfaces) goes to one Hibernate Validator, built on first need and configured once for the
 * whole JVM: accessor-style properties, parameter interpolation only (no Expression Language), the
 * model's own constraints registered through the programmatic definition API. Violations become
 * findings with JSON Pointers and messages of the caller's locale.
 *
 * <p>A typical agreement never starts Hibernate Validator, which saves its bootstrap (about 0.3 s
 * and a second core's worth of class loading) in a command-line run. Not the predefined-scope
 * bootstrap ({@code PredefinedScopeHibernateValidator}): it silently skips the constraints of any
 * class outside its scope, such as a hand-written implementation of {@code Party}, which is
 * exactly what is left to Hibernate Validator here.
 */
public final class BeanConstraints {

  /** The model classes whose constraints are compiled: what core's builders produce. */
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

  private static final Set<String> REQUIRED_CONSTRAINTS =
      Set.of(NotBlank.class.getName(), NotNull.class.getName(), NotEmpty.class.getName());

  private BeanConstraints() {}

  /**
   * The one Hibernate Validator, built by the first caller that needs it (about 0.3 s of
   * bootstrap, which validating the model's own classes never waits for). A {@link FutureTask}
   * runs at most once and hands every waiting thread the same validator, or the same failure.
   */
  private static final FutureTask<Validator> VALIDATOR = new FutureTask<>(BeanConstraints::build);

  /**
   * Hibernate Validator's version banner ({@code HV000001}, INFO), which would otherwise reach the
   * standard error of every command-line run through JBoss Logging's java.util.logging backend.
   * Held strongly so that its level stays set; left alone when an application configured it.
   */
  private static final Logger VERSION_LOGGER =
      Logger.getLogger("org.hibernate.validator.internal.util.Version");

  private static Validator build() {
    if (VERSION_LOGGER.getLevel() == null) {
      VERSION_LOGGER.setLevel(Level.WARNING);
    }
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class)
            .providerResolver(() -> List.of(new HibernateValidator()))
            .configure();
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping
        .constraintDefinition(PositivePeriod.class)
        .includeExistingValidators(false)
        .validatedBy(PositivePeriodValidator.class);
    ValidatorFactory factory =
        configuration
            .ignoreXmlConfiguration()
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

  static Validator validator() {
    // Builds here the first time; waits when another thread is building.
    VALIDATOR.run();
    try {
      return VALIDATOR.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while Hibernate Validator started", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("Hibernate Validator could not start", e.getCause());
    }
  }

  /** The model's constraints, compiled on first use (a few milliseconds of reflection). */
  private static final class Compiled {
    static final CompiledConstraints CONSTRAINTS = CompiledConstraints.compile(MODEL_CLASSES);
  }

  /**
   * The constraint violations of an agreement as findings, without location: the model's
   * constraints checked by their {@linkplain CompiledConstraints compiled form}, and what that
   * leaves to Hibernate Validator (other constraints, objects of other classes) by Hibernate
   * Validator. The findings are the same as {@link #checkWithHibernateValidator}'s.
   *
   * @param agreement the agreement
   * @param messages the messages of the caller's locale
   * @return the findings, in no particular order
   */
  public static List<Finding> check(Agreement agreement, Messages messages) {
    List<Finding> findings = new ArrayList<>();
    Compiled.CONSTRAINTS.validate(
        agreement,
        new CompiledConstraints.Sink() {
          @Override
          public void violation(
              CompiledConstraints.CompiledConstraint constraint, String pointer, Object value) {
            findings.add(
                toFinding(constraint.annotation(), constraint.attributes(), pointer, value, messages));
          }

          @Override
          public void bean(Object bean, String pointer) {
            addAll(validator().validate(bean), pointer, messages, findings);
          }

          @Override
          public void property(Object bean, String property, String pointer) {
            addAll(validator().validateProperty(bean, property), pointer, messages, findings);
          }
        });
    return findings;
  }

  /**
   * The constraint violations of an agreement found by Hibernate Validator alone, walking the
   * whole model: what {@link #check} must equal.
   *
   * @param agreement the agreement
   * @param messages the messages of the caller's locale
   * @return the findings, in no particular order
   */
  public static List<Finding> checkWithHibernateValidator(Agreement agreement, Messages messages) {
    List<Finding> findings = new ArrayList<>();
    addAll(validator().validate(agreement), "", messages, findings);
    return findings;
  }

  private static <T> void addAll(
      Set<ConstraintViolation<T>> violations, String base, Messages messages, List<Finding> out) {
    for (ConstraintViolation<T> v : violations) {
      out.add(
          toFinding(
              v.getConstraintDescriptor().getAnnotation(),
              v.getConstraintDescriptor().getAttributes(),
              base + pointer(v.getPropertyPath()),
              v.getInvalidValue(),
              messages));
    }
  }

  static Finding toFinding(
      Annotation annotation,
      Map<String, Object> attributes,
      String pointer,
      Object invalid,
      Messages messages) {
    String type = annotation.annotationType().getName();
    String simple = annotation.annotationType().getSimpleName();
    boolean required = REQUIRED_CONSTRAINTS.contains(type);
    String key = "constraint." + simple;
    if (simple.equals("Size") && Integer.valueOf(Integer.MAX_VALUE).equals(attributes.get("max"))) {
      key = "constraint.Size.min";
    }
    if (!messages.has(key)) {
      key = "constraint.other";
    }
    List<Object> pairs = new ArrayList<>(List.of("field", field(pointer)));
    attributes.forEach(
        (name, value) -> {
          pairs.add(name);
          pairs.add(value);
        });
    String message = messages.get(key, pairs.toArray());
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
