package io.github.slaframework.validation.internal;

import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.SlaSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an agreement of this format can hold, walked from its JSON Schema (generated from the same
 * format table the reader uses): whether a rule's JSON Pointer can ever name a value.
 */
public final class AgreementShape {

  /** A schema that holds anything: an {@code x-} member, a free JSON value. */
  private static final JsonValue ANY = JsonValue.object(Map.of());

  private static final AgreementShape INSTANCE = new AgreementShape(SlaSchemas.agreementSchemaValue());

  private final Map<String, JsonValue> defs;

  private AgreementShape(JsonValue.JsonObject schema) {
    this.defs = ((JsonValue.JsonObject) schema.members().get("$defs")).members();
  }

  /**
   * The shape of the current format.
   *
   * @return the shared instance
   */
  public static AgreementShape current() {
    return INSTANCE;
  }

  /**
   * The schema of the agreement itself, where rule paths without an area start.
   *
   * @return the schema node
   */
  public JsonValue agreement() {
    return defs.get("Agreement");
  }

  /**
   * The schema of a section of an area, where rule paths with an area start.
   *
   * @param area the area
   * @return the schema node: the typed section of a well-known area, else the untyped one
   */
  public JsonValue section(AreaCode area) {
    for (JsonValue alternative : list(object(defs.get("Section")).get("allOf"))) {
      Map<String, JsonValue> alt = object(alternative);
      JsonValue when = alt.get("if");
      JsonValue areaConst =
          when == null ? null : object(object(object(when).get("properties")).get("area")).get("const");
      if (areaConst instanceof JsonValue.JsonString s && s.value().equals(area.code())) {
        return alt.get("then");
      }
    }
    return defs.get("CustomSection");
  }

  /**
   * The schema nodes a JSON Pointer (with {@code *} for every element) can reach from a node.
   *
   * @param from the node to start from
   * @param segments the pointer's unescaped segments
   * @return the nodes reached; empty when no document of this format holds a value there
   */
  public List<JsonValue> reach(JsonValue from, List<String> segments) {
    List<JsonValue> out = new ArrayList<>();
    reach(from, segments, 0, out, 0);
    return out;
  }

  private void reach(JsonValue node, List<String> segments, int i, List<JsonValue> out, int depth) {
    if (depth > 64) {
      return; // a recursive schema ($ref cycle) cannot make a path valid by going round
    }
    Map<String, JsonValue> n = object(deref(node));
    if (i == segments.size()) {
      out.add(deref(node));
      return;
    }
    if (isAny(n)) {
      out.add(ANY);
      return;
    }
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) {
      for (JsonValue alternative : list(n.get(combinator))) {
        Map<String, JsonValue> alt = object(alternative);
        reach(alt.containsKey("then") ? alt.get("then") : alternative, segments, i, out, depth + 1);
      }
    }
    String segment = segments.get(i);
    if (n.get("items") != null && (segment.equals("*") || isIndex(segment))) {
      reach(n.get("items"), segments, i + 1, out, depth + 1);
    }
    JsonValue property = object(n.get("properties")).get(segment);
    if (property != null) {
      reach(property, segments, i + 1, out, depth + 1);
    } else if (segment.startsWith("x-") && object(n.get("patternProperties")).containsKey("^x-")) {
      out.add(ANY);
    } else if (n.get("additionalProperties") instanceof JsonValue.JsonObject free) {
      reach(free, segments, i + 1, out, depth + 1);
    }
  }

  /** A schema without any constraint: {@code {}}. */
  private static boolean isAny(Map<String, JsonValue> node) {
    return node.isEmpty();
  }

  private JsonValue deref(JsonValue node) {
    JsonValue current = node;
    for (int hops = 0; hops < 16; hops++) {
      if (object(current).get("$ref") instanceof JsonValue.JsonString ref
          && ref.value().startsWith("#/$defs/")) {
        current = defs.getOrDefault(ref.value().substring("#/$defs/".length()), ANY);
      } else {
        return current;
      }
    }
    return current;
  }

  private static Map<String, JsonValue> object(JsonValue value) {
    return value instanceof JsonValue.JsonObject o ? o.members() : Map.of();
  }

  private static List<JsonValue> list(JsonValue value) {
    return value instanceof JsonValue.JsonArray a ? a.elements() : List.of();
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty()
        && segment.length() <= 9
        && (segment.length() == 1 || segment.charAt(0) != '0')
        && segment.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
