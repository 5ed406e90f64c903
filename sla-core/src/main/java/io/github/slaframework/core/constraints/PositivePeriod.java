package io.github.slaframework.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.apiguardian.api.API.Status.INTERNAL;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks an {@link io.github.slaframework.core.IsoPeriod} that must be longer than zero, such as a
 * retention period or a review interval: no part negative and at least one part positive. A null
 * value is valid (absence is another constraint's business).
 *
 * <p>The model only declares the constraint; sla-core depends on no validator. The validation
 * module registers the implementation, so {@code validatedBy} is empty here.
 *
 * @since 0.1.0
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
@API(status = INTERNAL)
public @interface PositivePeriod {

  /**
   * The message template.
   *
   * @return the template key
   */
  String message() default "{io.github.slaframework.core.constraints.PositivePeriod.message}";

  /**
   * The validation groups.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * The payload.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};
}
