package io.github.slaframework.json.internal.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.core.value.JsonValue.JsonObject;
import io.github.slaframework.core.value.JsonValue.JsonString;
import io.github.slaframework.json.SlaSchemas;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The diff's table of lists against the agreement schema, which the format table generates. */
class DiffShapeTests {

  private static final JsonObject DEFS =
      (JsonObject) SlaSchemas.agreementSchemaValue().members().get("$defs");

  private static Shape shapeOf(String definition) {
    return switch (definition) {
      case "Agreement" -> Shape.AGREEMENT;
      case "Party" -> Shape.PARTY;
      case "Clause" -> Shape.CLAUSE;
      default -> definition.endsWith("Section") ? Shape.SECTION : Shape.PLAIN;
    };
  }

  @Test
  void treatsEveryListOfTheSchemaAsFormat11Section6Says() {
    Map<Shape, Set<String>> stringLists = new HashMap<>();
    Map<Shape, Map<String, String>> keyedLists = new HashMap<>();
    DEFS.members().forEach((name, definition) -> {
      Shape shape = shapeOf(name);
      JsonValue properties = ((JsonObject) definition).members().get("properties");
      if (!(properties instanceof JsonObject props)) {
        return;
      }
      props.members().forEach((property, schema) -> {
        JsonValue items = ((JsonObject) schema).members().get("items");
        if (!(items instanceof JsonObject item)) {
          return;
        }
        if (JsonValue.of("string").equals(item.members().get("type"))) {
          stringLists.computeIfAbsent(shape, s -> new HashSet<>()).add(property);
        } else if (item.members().get("$ref") instanceof JsonString ref) {
          String target = ref.value().substring(ref.value().lastIndexOf('/') + 1);
          JsonObject targetProps = (JsonObject) ((JsonObject) DEFS.members().get(target))
              .members().get("properties");
          String key = target.equals("Section") ? "area"
              : targetProps.members().containsKey("id") ? "id" : null;
          if (key != null) {
            keyedLists.computeIfAbsent(shape, s -> new HashMap<>()).put(property, key);
          }
        }
      });
    });
    for (Shape shape : Shape.values()) {
      assertThat(shape.stringSets()).as(shape + " string lists")
          .isEqualTo(stringLists.getOrDefault(shape, Set.of()));
      Map<String, String> keys = new HashMap<>();
      shape.keyed().forEach((list, keyed) -> keys.put(list, keyed.key()));
      assertThat(keys).as(shape + " keyed lists")
          .isEqualTo(keyedLists.getOrDefault(shape, Map.of()));
    }
    // The contract names them: parties, clauses, service levels, cameras by id; sections by area.
    assertThat(Shape.AGREEMENT.keyed()).containsOnlyKeys("parties", "sections", "serviceLevels");
    assertThat(Shape.SECTION.keyed()).containsOnlyKeys("clauses", "cameras");
  }
}
