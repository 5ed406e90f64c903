package io.github.slaframework.json;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.internal.spec.SchemaGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;

/**
 * The JSON Schemas (draft 2020-12) of the agreement, framework and profile formats, as shipped in
 * this jar under {@code io/github/slaframework/json/}. They are generated from the same format
 * table the reader and writer use; sections are chosen with {@code if}/{@code then} on {@code
 * area}, so one mistake gives one schema error. {@code x-} fields are allowed wherever the model
 * keeps them.
 *
 * <pre>{@code
 * Files.writeString(Path.of("agreement.schema.json"), SlaSchemas.agreementSchema());
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class SlaSchemas {

  /** The resource name of the agreement schema. */
  public static final String AGREEMENT_RESOURCE = "agreement.schema.json";

  /** The resource name of the framework schema. */
  public static final String FRAMEWORK_RESOURCE = "framework.schema.json";

  /** The resource name of the profile schema. */
  public static final String PROFILE_RESOURCE = "profile.schema.json";

  private SlaSchemas() {}

  /**
   * The agreement schema.
   *
   * @return the schema text (JSON), never null
   */
  public static String agreementSchema() {
    return Holder.AGREEMENT;
  }

  /**
   * The agreement schema as a JSON value: for a program that walks it, such as the validator's
   * check that a framework rule's path can exist in an agreement.
   *
   * @return the schema, never null; the same content as {@link #agreementSchema()}
   * @since 0.2.0
   */
  public static JsonValue.JsonObject agreementSchemaValue() {
    return Holder.AGREEMENT_VALUE;
  }

  /**
   * The framework schema.
   *
   * @return the schema text (JSON), never null
   */
  public static String frameworkSchema() {
    return Holder.FRAMEWORK;
  }

  /**
   * The profile schema (a profile document of its own).
   *
   * @return the schema text (JSON), never null
   */
  public static String profileSchema() {
    return Holder.PROFILE;
  }

  private static String load(String name) {
    try (InputStream in = SlaSchemas.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema resource " + name, e);
    }
  }

  /** Loads the schemas once, on first use. */
  private static final class Holder {
    static final String AGREEMENT = load(AGREEMENT_RESOURCE);
    static final String FRAMEWORK = load(FRAMEWORK_RESOURCE);
    static final String PROFILE = load(PROFILE_RESOURCE);
    static final JsonValue.JsonObject AGREEMENT_VALUE = SchemaGenerator.agreementTree();
  }
}
