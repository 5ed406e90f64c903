package io.github.slaframework.json.internal.spec;

import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.section.CustomSection;
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.internal.read.Node;
import io.github.slaframework.json.internal.read.Pointer;
import io.github.slaframework.json.internal.read.Problems;
import io.github.slaframework.json.internal.schema.SchemaContext;
import io.github.slaframework.json.internal.schema.Schemas;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sections: the table is chosen by the {@code area} string alone (a well-known area has a typed
 * table, anything else is a custom section), never by a class name.
 */
final class SectionCodec implements Codec<Section> {

  private final Map<String, ObjectSpec<? extends Section, ?>> typed;
  private final ObjectSpec<CustomSection, ?> custom;

  SectionCodec(
      Map<AreaCode, ObjectSpec<? extends Section, ?>> typed, ObjectSpec<CustomSection, ?> custom) {
    Map<String, ObjectSpec<? extends Section, ?>> byCode = new LinkedHashMap<>();
    for (Map.Entry<AreaCode, ObjectSpec<? extends Section, ?>> e : typed.entrySet()) {
      byCode.put(e.getKey().code(), e.getValue()); // a loop: a lambda would spin a class at start
    }
    this.typed = byCode;
    this.custom = custom;
  }

  /** The typed tables by area code, in the order of the format. */
  Map<String, ObjectSpec<? extends Section, ?>> typed() {
    return typed;
  }

  /** The custom section table. */
  ObjectSpec<CustomSection, ?> custom() {
    return custom;
  }

  @Override
  public JsonValue write(Section value) {
    return spec(value).write(value);
  }

  /**
   * One member of a section's JSON object, converting only that member.
   *
   * @param member a field or {@code x-} field name
   * @return the member as {@code write(value)} has it, or empty when it has none of that name
   */
  Optional<JsonValue> writeMember(Section value, String member) {
    return spec(value).writeMember(value, member);
  }

  /**
   * Whether a section's JSON object has a member, without converting it.
   *
   * @param member a field or {@code x-} field name
   * @return {@code true} when {@code write(value)} has a member of that name
   */
  boolean hasMember(Section value, String member) {
    return spec(value).hasMember(value, member);
  }

  /** The table of a section: a custom section's, or the typed one of its area. */
  @SuppressWarnings("unchecked") // a typed table is the one of its area's section type
  private ObjectSpec<Section, ?> spec(Section value) {
    return (ObjectSpec<Section, ?>) (value instanceof CustomSection
        ? custom : typed.get(value.area().code()));
  }

  @Override
  public Section read(Node node, Problems problems, Pointer at) {
    if (node.type() != Node.OBJECT) {
      problems.typeMismatch(at, node, "an object");
      return null;
    }
    Node area = node.member("area");
    if (area == null || area.type() == Node.NULL) {
      problems.error(FindingCodes.REQUIRED, at.push("area"), area == null ? node : area,
          area == null ? "missing required field \"area\"" : "required field \"area\" is null");
      at.pop();
      return null;
    }
    if (area.type() != Node.STRING) {
      problems.typeMismatch(at.push("area"), area, "a string");
      at.pop();
      return null;
    }
    if (area.text().isBlank()) {
      problems.error(FindingCodes.INVALID_VALUE, at.push("area"), area,
          "an area code is never blank");
      at.pop();
      return null;
    }
    ObjectSpec<? extends Section, ?> spec = typed.get(area.text());
    return spec != null ? spec.read(node, problems, at) : custom.read(node, problems, at);
  }

  @Override
  public JsonValue schema(SchemaContext context) {
    return context.ref("Section", () -> definition(context));
  }

  private JsonValue definition(SchemaContext context) {
    List<JsonValue> allOf = new ArrayList<>();
    for (Map.Entry<String, ObjectSpec<? extends Section, ?>> e : typed.entrySet()) {
      allOf.add(
          Schemas.object(
              "if", areaIs(Schemas.object("const", e.getKey())),
              "then", e.getValue().schema(context)));
    }
    allOf.add(
        Schemas.object(
            "if", areaIs(Schemas.object("enum", Schemas.strings(List.copyOf(typed.keySet())))),
            "else", custom.schema(context)));
    return Schemas.object(
        "type", "object",
        "description", "A section: the area chooses its fields.",
        "required", Schemas.strings(List.of("area", "clauses")),
        "properties", Schemas.object("area", Codecs.AREA_CODE.schema(context)),
        "allOf", new JsonValue.JsonArray(allOf));
  }

  private static JsonValue areaIs(JsonValue areaSchema) {
    return Schemas.object(
        "properties", Schemas.object("area", areaSchema),
        "required", Schemas.strings(List.of("area")));
  }
}
