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
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The model's Jakarta constraints, checked by their {@linkplain CompiledConstraints compiled form}
 * (the one Bean Validation engine: docs/adr/0001-constraint-engine.md), and the violations as
 * findings with JSON Pointers and messages of the caller's locale. The findings are those
 * Hibernate Validator would report, which {@code CompiledConstraintsTests} checks.
 */
public final class BeanConstraints {

  /**
   * The model's classes, what core's builders produce: compiled ahead, in the background, by
   * {@link #prepare()}.
   */
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

  /** Compiles the model's classes once: in the background after {@link #prepare()}, else here. */
  private static final FutureTask<Void> COMPILED =
      new FutureTask<>(
          () -> {
            for (Class<?> type : MODEL_CLASSES) {
              CompiledConstraints.MODEL.plan(type);
            }
            return null;
          });

  private static final AtomicBoolean STARTED = new AtomicBoolean();

  /**
   * Starts compiling the model's constraints in a daemon thread, once per JVM, so that the
   * reflection (about 0.1 s of a fresh JVM's first validation) overlaps reading the framework and
   * the first document. A validation that comes first compiles them itself.
   */
  public static void prepare() {
    if (STARTED.compareAndSet(false, true)) {
      try {
        Thread thread = new Thread(COMPILED, "sla-constraints");
        thread.setDaemon(true);
        thread.start();
      } catch (SecurityException | OutOfMemoryError e) {
        // no thread: the first validation compiles them
      }
    }
  }

  private static void awaitCompiled() {
    COMPILED.run(); // here, unless the background thread has started it; then wait for it
    try {
      COMPILED.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the model's constraints could not be compiled", e.getCause());
    }
  }

  /**
   * The constraint violations of an agreement as findings, without location.
   *
   * @param agreement the agreement
   * @param messages the messages of the caller's locale
   * @return the findings, in no particular order
   * @throws IllegalStateException when a hand-written implementation of a model interface
   *     declares constraints the walk does not check (see {@link CompiledConstraints})
   */
  public static List<Finding> check(Agreement agreement, Messages messages) {
    awaitCompiled();
    List<Finding> findings = new ArrayList<>();
    CompiledConstraints.MODEL.validate(
        agreement,
        (constraint, pointer, value) ->
            findings.add(
                toFinding(constraint.annotation(), constraint.attributes(), pointer, value, messages)));
    return findings;
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
}
