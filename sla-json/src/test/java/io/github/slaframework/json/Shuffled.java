package io.github.slaframework.json;

import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.core.value.JsonValue.JsonArray;
import io.github.slaframework.core.value.JsonValue.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * An agreement document reordered the ways format 1.1 §6 says do not count: members of every
 * object, and the lists matched by id or area or compared as sets. Written from the contract's
 * list, not from the diff's own table, so that the two check each other.
 */
final class Shuffled {

  /** The lists whose order does not count (outside {@code x-} members). */
  static final Set<String> UNORDERED = Set.of("parties", "sections", "serviceLevels", "clauses",
      "cameras", "roles", "lawfulBases", "purposes", "legalBases", "channels", "requirements",
      "types", "indicators", "responsibleParties", "languages");

  private Shuffled() {}

  static JsonValue of(JsonValue document, long seed) {
    return shuffle(document, new Random(seed), false, false);
  }

  private static JsonValue shuffle(JsonValue value, Random random, boolean unordered,
      boolean extension) {
    if (value instanceof JsonObject object) {
      List<Map.Entry<String, JsonValue>> members = new ArrayList<>(object.members().entrySet());
      Collections.shuffle(members, random);
      Map<String, JsonValue> shuffled = new LinkedHashMap<>();
      for (Map.Entry<String, JsonValue> member : members) {
        boolean inExtension = extension || member.getKey().startsWith("x-");
        shuffled.put(member.getKey(), shuffle(member.getValue(), random,
            !inExtension && UNORDERED.contains(member.getKey()), inExtension));
      }
      return JsonValue.object(shuffled);
    }
    if (value instanceof JsonArray array) {
      List<JsonValue> elements = new ArrayList<>();
      for (JsonValue element : array.elements()) {
        elements.add(shuffle(element, random, false, extension));
      }
      if (unordered) {
        Collections.shuffle(elements, random);
      }
      return JsonValue.array(elements);
    }
    return value;
  }
}
