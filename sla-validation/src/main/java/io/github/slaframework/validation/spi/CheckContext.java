package io.github.slaframework.validation.spi;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.framework.Rule;
import io.github.slaframework.core.imaging.PixelDensityEditions;
import io.github.slaframework.core.report.Finding;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.SlaWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What a {@link CheckProvider} check receives: the agreement, the rule that called it and the
 * validator's settings. Implemented by the validator; immutable for the duration of one check.
 *
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public interface CheckContext {

  /**
   * The agreement as the format writes it ({@code SlaWriter.toJsonValue}): the tree whose JSON
   * Pointers are the paths of findings. The validator builds it once per validation and shares it
   * between every check of that validation; this default builds it on each call.
   *
   * @return the document tree, never null
   */
  default JsonValue.JsonObject document() {
    return SlaWriter.defaults().toJsonValue(agreement());
  }

  /**
   * The agreement being validated.
   *
   * @return the agreement, never null
   */
  Agreement agreement();

  /**
   * The rule that called the check (after the agreement's profile was applied).
   *
   * @return the rule, never null
   */
  Rule rule();

  /**
   * The rule's parameters: its {@code x-} fields, in the order of the framework file (a rule
   * {@code { "code": "ACME_LIMIT", "check": "ACME_PARTY_LIMIT", "x-max": 5, ... }} has the
   * parameter {@code x-max}).
   *
   * @return the parameters by name, never null
   */
  default Map<String, JsonValue> parameters() {
    return rule().extensions();
  }

  /**
   * The validation date: the caller's {@code asOf}, or today in the validator's clock.
   *
   * @return the date, never null
   */
  LocalDate asOf();

  /**
   * The pixel-density editions the validator knows.
   *
   * @return the editions, never null
   */
  PixelDensityEditions editions();

  /**
   * The locale of the validator's messages, for a check that translates its own.
   *
   * @return the locale, never null
   */
  Locale locale();

  /**
   * A finding of the rule: its severity, code and message, at a JSON Pointer into the agreement.
   *
   * @param path the RFC 6901 JSON Pointer, never null
   * @return the finding
   */
  default Finding finding(String path) {
    return finding(path, rule().message());
  }

  /**
   * A finding of the rule with its own message: the rule's severity and code, at a JSON Pointer
   * into the agreement.
   *
   * @param path the RFC 6901 JSON Pointer, never null
   * @param message the message, never null; quote at most a short excerpt of the agreement
   * @return the finding
   */
  default Finding finding(String path, String message) {
    return Finding.of(rule().severity(), rule().code(), path, message);
  }
}
