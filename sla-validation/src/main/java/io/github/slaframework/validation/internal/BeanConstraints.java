package io.github.slaframework.validation.internal;

import io.github.slaframework.core.Agreement;
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

/**
 * The model's Jakarta constraints, checked by their {@linkplain CompiledConstraints compiled form}
 * (the one Bean Validation engine: docs/adr/0001-constraint-engine.md), and the violations as
 * findings with JSON Pointers and messages of the caller's locale. The findings are those
 * Hibernate Validator would report, which {@code CompiledConstraintsTests} checks.
 */
public final class BeanConstraints {

  private static final Set<String> REQUIRED_CONSTRAINTS =
      Set.of(NotBlank.class.getName(), NotNull.class.getName(), NotEmpty.class.getName());

  private BeanConstraints() {}

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
