package io.github.slaframework.validation.internal;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.imaging.PixelDensityEditions;
import io.github.slaframework.json.ReadResult;
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
 * @param json the agreement as the format writes it, converted piece by piece as the checks and
 *     rules of this validation reach it, at most once
 * @param source what the agreement was read from, or null when it was given as a model (which
 *     may have changed since it was read)
 */
public record CheckRun(
    Agreement agreement,
    Rule rule,
    LocalDate asOf,
    PixelDensityEditions editions,
    Locale locale,
    Messages messages,
    Framework framework,
    AgreementJson json,
    ReadResult<?> source)
    implements CheckContext {

  @Override
  public JsonValue.JsonObject document() {
    return json.whole();
  }

  /**
   * Whether a string of the agreement may contain a text: false only when the agreement was
   * read from a file none of whose strings does. Every string of the model comes from the file
   * (the writer adds none), so a check that looks for a mark can then skip the whole tree.
   *
   * @param text the text
   * @return false when no string of the agreement can contain the text
   */
  public boolean mayContain(String text) {
    return source == null || source.containsText(text);
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
