package io.github.slaframework.validation.internal;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.constraints.PositivePeriod;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.report.JsonPointer;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

/**
 * Hibernate Validator 9.1, the reference the compiled constraints are held to (a test dependency
 * only): accessor-style properties ({@link ModelPropertySelection}), parameter interpolation only,
 * an empty {@code Optional} as an absent value ({@link PresentOptionalExtractor}), and
 * {@code @PositivePeriod} registered through the programmatic definition API.
 */
final class HibernateValidatorOracle {

  /** The one validator of the tests, built on first use. */
  private static final class Holder {
    static final Validator VALIDATOR = build();
  }

  private HibernateValidatorOracle() {}

  private static Validator build() {
    HibernateValidatorConfiguration configuration =
        Validation.byProvider(HibernateValidator.class)
            .providerResolver(() -> List.of(new HibernateValidator()))
            .configure();
    ConstraintMapping mapping = configuration.createConstraintMapping();
    mapping
        .constraintDefinition(PositivePeriod.class)
        .includeExistingValidators(false)
        .validatedBy(PositivePeriodValidator.class);
    return configuration
        .ignoreXmlConfiguration()
        .locales(Locale.ROOT)
        .defaultLocale(Locale.ROOT)
        .messageInterpolator(new LiteralParameterInterpolator())
        .getterPropertySelectionStrategy(new ModelPropertySelection())
        .addMapping(mapping)
        .addValueExtractor(new PresentOptionalExtractor())
        .buildValidatorFactory()
        .getValidator();
  }

  static Validator validator() {
    return Holder.VALIDATOR;
  }

  /**
   * The constraint violations of an agreement found by Hibernate Validator walking the whole
   * model, as findings made the way {@link BeanConstraints#check} makes them.
   *
   * @param agreement the agreement
   * @param messages the messages
   * @return the findings, in no particular order
   */
  static List<Finding> check(Agreement agreement, Messages messages) {
    List<Finding> findings = new ArrayList<>();
    for (ConstraintViolation<Agreement> v : validator().validate(agreement)) {
      findings.add(
          BeanConstraints.toFinding(
              v.getConstraintDescriptor().getAnnotation(),
              v.getConstraintDescriptor().getAttributes(),
              pointer(v.getPropertyPath()),
              v.getInvalidValue(),
              messages));
    }
    return findings;
  }

  /**
   * A JSON Pointer for a property path: property names (the JSON field names) and the indexes and
   * keys of iterable elements; container-element and bean nodes add no segment.
   */
  private static String pointer(Path path) {
    String pointer = "";
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        pointer = JsonPointer.child(pointer, node.getIndex());
      } else if (node.getKey() != null) {
        pointer = JsonPointer.child(pointer, String.valueOf(node.getKey()));
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        pointer = JsonPointer.child(pointer, node.getName());
      }
    }
    return pointer;
  }
}
