package io.github.slaframework.json.internal.spec;

import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.internal.schema.SchemaContext;
import io.github.slaframework.json.internal.schema.Schemas;
import io.github.slaframework.json.internal.write.JsonText;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates the JSON Schemas (draft 2020-12) of the formats from the format table, so the schema
 * and the reader cannot disagree. The shipped schema resources are this output; a test fails when
 * they drift.
 */
public final class SchemaGenerator {

  /** The base of the schemas' {@code $id}s. */
  public static final String ID_BASE = "https://slaframework.github.io/schema/1.0/";

  private SchemaGenerator() {}

  /** The agreement schema. */
  public static String agreement() {
    return JsonText.write(agreementTree());
  }

  /** The agreement schema as a tree. */
  public static JsonValue.JsonObject agreementTree() {
    return generate(Specs.AGREEMENT, "agreement.schema.json", "Service level agreement, format 1.x");
  }

  /** The framework schema. */
  public static String framework() {
    return JsonText.write(frameworkTree());
  }

  /** The framework schema as a tree. */
  public static JsonValue.JsonObject frameworkTree() {
    return generate(Specs.FRAMEWORK, "framework.schema.json", "Service level agreement framework, format 1.x");
  }

  /** The profile schema. */
  public static String profile() {
    return JsonText.write(profileTree());
  }

  /** The profile schema as a tree. */
  public static JsonValue.JsonObject profileTree() {
    return generate(Specs.PROFILE, "profile.schema.json", "Service level agreement framework profile, format 1.x");
  }

  private static JsonValue.JsonObject generate(
      ObjectSpec<?, ?> root, String file, String title) {
    SchemaContext context = new SchemaContext();
    JsonValue ref = root.schema(context);
    Map<String, JsonValue> schema = new LinkedHashMap<>();
    schema.put("$schema", JsonValue.of("https://json-schema.org/draft/2020-12/schema"));
    schema.put("$id", JsonValue.of(ID_BASE + file));
    schema.put("title", JsonValue.of(title));
    schema.putAll(((JsonValue.JsonObject) ref).members());
    schema.put("$defs", new JsonValue.JsonObject(context.defs()));
    return new JsonValue.JsonObject(schema);
  }
}
