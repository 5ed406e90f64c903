package io.github.slaframework.validation.internal;

import java.util.Locale;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Hibernate Validator's {@link ParameterMessageInterpolator} (parameters only, never Expression
 * Language) that leaves {@code ${...}} terms of the built-in message templates as they are without
 * logging a warning for each: findings take their messages from this module's own bundle, so the
 * interpolated text is never shown.
 */
final class LiteralParameterInterpolator extends ParameterMessageInterpolator {

  LiteralParameterInterpolator() {
    super(Set.of(Locale.ROOT), Locale.ROOT, false);
  }

  @Override
  protected String interpolate(Context context, Locale locale, String term) {
    return term.startsWith("$") ? term : super.interpolate(context, locale, term);
  }
}
