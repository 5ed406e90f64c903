package io.github.slaframework.validation.internal;

import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.constraints.PositivePeriod;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Implements {@link PositivePeriod}: null is valid, otherwise the period must be positive. */
public final class PositivePeriodValidator implements ConstraintValidator<PositivePeriod, IsoPeriod> {

  /** Creates the validator (instantiated by Hibernate Validator). */
  public PositivePeriodValidator() {}

  @Override
  public boolean isValid(IsoPeriod value, ConstraintValidatorContext context) {
    return value == null || value.isPositive();
  }
}
