package io.github.slaframework.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NameTableTests {

  private static final Map<String, Integer> ENTRIES = new LinkedHashMap<>();

  static {
    String[] names = {"MUST", "MAY", "SHOULD", "A", "AB", "BA", "ABC", "XYZ", "x-", "", "POLICE",
        "PUBLIC_SAFETY", "PUBLIC_SAFETX"};
    for (int i = 0; i < names.length; i++) {
      ENTRIES.put(names[i], i);
    }
  }

  @Test
  void findsEveryNameAndOnlyThoseNames() {
    NameTable<Integer> table = NameTable.of(ENTRIES);
    ENTRIES.forEach((name, value) ->
        assertThat(table.get(new String(name.toCharArray()))).as(name).isEqualTo(value));
    for (String other : new String[] {"must", "MUS", "MUSTS", "SHOULDN'T", "C", "ABD",
        "PUBLIC_SAFETY_", "PUBLIC_SAFETZ", "a very much longer name than any in the table"}) {
      assertThat(table.get(other)).as(other).isNull();
    }
  }

  @Test
  void anEmptyTableHasNoNames() {
    NameTable<Integer> table = NameTable.of(Map.of());
    assertThat(table.get("")).isNull();
    assertThat(table.get("MUST")).isNull();
  }
}
