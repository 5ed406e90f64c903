package io.github.slaframework.validation.internal;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.AppliesTo;
import io.github.slaframework.core.Approval;
import io.github.slaframework.core.Clause;
import io.github.slaframework.core.Contact;
import io.github.slaframework.core.FrameworkRef;
import io.github.slaframework.core.MeasurementWindow;
import io.github.slaframework.core.Objective;
import io.github.slaframework.core.Party;
import io.github.slaframework.core.ServiceLevel;
import io.github.slaframework.core.Term;
import io.github.slaframework.core.Waiver;
import io.github.slaframework.core.report.JsonPointer;
import io.github.slaframework.core.section.Camera;
import io.github.slaframework.core.section.Charge;
import io.github.slaframework.core.section.CommunicationSection;
import io.github.slaframework.core.section.CustomSection;
import io.github.slaframework.core.section.EvaluationAndReviewSection;
import io.github.slaframework.core.section.EvidenceExport;
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
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.Severity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
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
   * {@link #prepare()}. Core's generated classes are not public; they are found by the name its
   * Immutables style gives them, beside each model interface.
   */
  static final Set<Class<?>> MODEL_CLASSES =
      implementations(
          Agreement.class,
          AppliesTo.class,
          Approval.class,
          Clause.class,
          Contact.class,
          FrameworkRef.class,
          MeasurementWindow.class,
          Objective.class,
          Party.class,
          ServiceLevel.class,
          Term.class,
          Waiver.class,
          Camera.class,
          Charge.class,
          CommunicationSection.class,
          CustomSection.class,
          EvaluationAndReviewSection.class,
          EvidenceExport.class,
          FeedbackSection.class,
          FinanceSection.class,
          FutureTechnologySection.class,
          GovernanceSection.class,
          InformationSharingSection.class,
          LegalConsiderationsSection.class,
          PlannedChange.class,
          PrivacyImpactAssessment.class,
          PurposeAndLegitimacySection.class,
          SurveillanceTypesSection.class,
          TechnicalStandardsSection.class,
          TrainingSection.class);

  private static final Set<String> REQUIRED_CONSTRAINTS =
      Set.of(NotBlank.class.getName(), NotNull.class.getName(), NotEmpty.class.getName());

  private BeanConstraints() {}

  private static Set<Class<?>> implementations(Class<?>... types) {
    Set<Class<?>> classes = new LinkedHashSet<>();
    for (Class<?> type : types) {
      String name = type.getPackageName() + ".Immutable" + type.getSimpleName();
      try {
        classes.add(Class.forName(name, false, type.getClassLoader()));
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("no generated class " + name + " for " + type, e);
      }
    }
    return Collections.unmodifiableSet(classes);
  }

  /** Compiles the model's classes once: in the background after {@link #prepare()}, else here. */
  private static final FutureTask<Void> COMPILED =
      new FutureTask<>(
          () -> {
            CompiledConstraints.MODEL.compile(MODEL_CLASSES);
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
    for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
      pairs.add(attribute.getKey());
      pairs.add(attribute.getValue());
    }
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
    List<String> segments = JsonPointer.tokens(pointer).orElse(List.of());
    for (int i = segments.size() - 1; i >= 0; i--) {
      if (!FindingAreas.digits(segments.get(i))) {
        return segments.get(i);
      }
    }
    return "value";
  }
}
