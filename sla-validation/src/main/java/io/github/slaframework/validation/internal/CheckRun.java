package io.github.slaframework.validation.internal;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.imaging.PixelDensityEditions;
import io.github.slaframework.validation.spi.CheckContext;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The validator's {@link CheckContext}: one rule's call of a named check.
 *
 * @param agreement the agreement
 * @param rule the rule that calls the check
 * @param asOf the validation date
 * @param editions the pixel-density editions
 * @param locale the locale of the messages
 * @param messages the validator's messages (for the built-in checks)
 * @param framework the framework the rule belongs to, tailored by the agreement's profile
 * @param tree the agreement as the format writes it, built at most once per validation
 */
public record CheckRun(
    Agreement agreement,
    Rule rule,
    LocalDate asOf,
    PixelDensityEditions editions,
    Locale locale,
    Messages messages,
    Framework framework,
    java.util.function.Supplier<JsonValue.JsonObject> tree)
    implements CheckContext {

  @Override
  public JsonValue.JsonObject document() {
    return tree.get();
  }

  /**
   * The messages of a check's context: the validator's, or the bundle for its locale when the
   * context is someone else's (a test's).
   *
   * @param context the context
   * @return the messages
   */
  static Messages messages(CheckContext context) {
    return context instanceof CheckRun run ? run.messages() : Messages.of(context.locale());
  }
}
