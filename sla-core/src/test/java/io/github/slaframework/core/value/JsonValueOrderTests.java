package io.github.slaframework.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The member order of JSON objects, on which byte-identical output depends. */
class JsonValueOrderTests {

  private static final JsonValue ONE = JsonValue.of(1);

  private static LinkedHashMap<String, JsonValue> zam() {
    LinkedHashMap<String, JsonValue> m = new LinkedHashMap<>();
    m.put("zeta", ONE);
    m.put("alpha", ONE);
    m.put("mu", ONE);
    return m;
  }

  @Test
  void keepsTheOrderOfALinkedHashMap() {
    assertThat(JsonValue.object(zam()).members().keySet())
        .containsExactly("zeta", "alpha", "mu");
  }

  @Test
  void copiesAMapWithoutADefinedOrderInKeyOrder() {
    Map<String, JsonValue> unordered = Map.of("zeta", ONE, "alpha", ONE, "mu", ONE, "beta", ONE);
    assertThat(JsonValue.object(unordered).members().keySet())
        .containsExactly("alpha", "beta", "mu", "zeta");
    assertThat(new JsonValue.JsonObject(new HashMap<>(unordered)).members().keySet())
        .containsExactly("alpha", "beta", "mu", "zeta");
  }

  @Test
  void keepsTheKeyOrderOfASortedMap() {
    TreeMap<String, JsonValue> reversed = new TreeMap<>(java.util.Comparator.reverseOrder());
    reversed.putAll(zam());
    assertThat(JsonValue.object(reversed).members().keySet())
        .containsExactly("zeta", "mu", "alpha");
  }

  @Test
  void anObjectMadeFromAnotherObjectsMembersKeepsTheirOrder() {
    JsonValue.JsonObject first = JsonValue.object(zam());
    assertThat(JsonValue.object(first.members()).members().keySet())
        .containsExactly("zeta", "alpha", "mu");
    assertThat(new JsonValue.JsonObject(first.members())).isEqualTo(first);
  }

  @Test
  void equalityIgnoresMemberOrderAsJsonDoes() {
    assertThat(JsonValue.object(zam())).isEqualTo(JsonValue.object(new TreeMap<>(zam())))
        .hasSameHashCodeAs(JsonValue.object(new TreeMap<>(zam())));
  }

  @Test
  void membersCannotBeChanged() {
    Map<String, JsonValue> members = JsonValue.object(zam()).members();
    assertThatThrownBy(() -> members.put("x", ONE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> members.entrySet().iterator().next().setValue(ONE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> members.keySet().remove("mu"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aCopyIsNotAViewOfTheMapGiven() {
    LinkedHashMap<String, JsonValue> source = zam();
    JsonValue.JsonObject object = JsonValue.object(source);
    source.put("later", ONE);
    assertThat(object.members()).doesNotContainKey("later").hasSize(3);
  }
}
