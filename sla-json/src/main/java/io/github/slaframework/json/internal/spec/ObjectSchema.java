package io.github.slaframework.json.internal.spec;

import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.internal.schema.SchemaContext;
import io.github.slaframework.json.internal.schema.Schemas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON Schema of an object type, from its table. */
final class ObjectSchema {

  private ObjectSchema() {}

  /** The schema of the object itself (not a reference). */
  static JsonValue.JsonObject definition(ObjectSpec<?, ?> spec, SchemaContext context) {
    Map<String, JsonValue> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (Field<?, ?> f : spec.fields) {
      properties.put(f.name, f.schema(context));
      if (f.formerName != null) {
        Map<String, JsonValue> former = new LinkedHashMap<>();
        former.put("description", JsonValue.of("Format 1.0's name of \"" + f.name + "\"."));
        former.put("deprecated", JsonValue.TRUE);
        former.putAll(((JsonValue.JsonObject) f.schema(context)).members());
        properties.put(f.formerName, new JsonValue.JsonObject(former));
      }
      if (f.required) {
        required.add(f.name);
      }
    }
    Map<String, JsonValue> schema = new LinkedHashMap<>();
    schema.put("type", JsonValue.of("object"));
    if (spec.description != null) {
      schema.put("description", JsonValue.of(spec.description));
    }
    schema.put("properties", new JsonValue.JsonObject(properties));
    if (!required.isEmpty()) {
      schema.put("required", Schemas.strings(required));
    }
    if (spec.extensible()) {
      schema.put("patternProperties", Schemas.object("^x-", Schemas.object()));
    }
    schema.put("additionalProperties", JsonValue.FALSE);
    return new JsonValue.JsonObject(schema);
  }
}
