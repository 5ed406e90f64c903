package io.github.slaframework.measure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

class FlatJsonLineTests {

  private static final String[] NAMES = {"type", "id", "at", "ref", "priority", "camera"};
  private static final boolean[] CACHED = {true, false, false, false, true, true};
  private static final JsonFactory JSON = new JsonFactory();

  private final FlatJsonLine fast = new FlatJsonLine(NAMES, CACHED);

  private Map<String, String> scan(String line) {
    byte[] b = ("garbage" + line + "garbage").getBytes(StandardCharsets.UTF_8);
    if (!fast.scan(b, 7, b.length - 14)) {
      return null;
    }
    Map<String, String> m = new LinkedHashMap<>();
    String[] v = fast.values();
    for (int i = 0; i < NAMES.length; i++) {
      if (v[i] != null) {
        m.put(NAMES[i], v[i]);
      }
    }
    return m;
  }

  /** What the full parser makes of a line: its string members, or null when it is not that. */
  private static Map<String, String> jackson(String line) {
    byte[] b = line.getBytes(StandardCharsets.UTF_8);
    Map<String, String> m = new LinkedHashMap<>();
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), b, 0, b.length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String name;
      while ((name = p.nextName()) != null) {
        if (p.nextToken() != JsonToken.VALUE_STRING || m.containsKey(name)
            || !Arrays.asList(NAMES).contains(name)) {
          return null;
        }
        m.put(name, p.getString());
      }
      if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
        return null;
      }
      return m;
    } catch (JacksonException e) {
      return null;
    }
  }

  @Test
  void readsTheUsualLinesWithoutTheParser() {
    assertThat(scan("{\"type\":\"FOOTAGE_REQUESTED\",\"id\":\"req-1\","
        + "\"at\":\"2025-04-01T10:00:00Z\",\"priority\":\"URGENT\"}"))
        .containsExactly(Map.entry("type", "FOOTAGE_REQUESTED"), Map.entry("id", "req-1"),
            Map.entry("at", "2025-04-01T10:00:00Z"), Map.entry("priority", "URGENT"));
    assertThat(scan(" { \"camera\" : \"cam-1\" ,\t\"type\":\"FAULT_REPORTED\" } "))
        .containsEntry("camera", "cam-1").containsEntry("type", "FAULT_REPORTED").hasSize(2);
  }

  @Test
  void leavesEverythingUnusualToTheParser() {
    for (String line : new String[] {
        "", "{", "{}", "[]", "{\"type\":\"A\"", "{\"type\":\"A\",}", "{\"type\":\"A\"} x",
        "{\"type\":\"A\"}{}", "{\"type\":null}", "{\"type\":1}", "{\"type\":\"A\\u0042\"}",
        "{\"type\":\"caf\u00e9\"}", "{\"x-note\":\"a\"}", "{\"other\":\"a\"}",
        "{\"type\":\"A\",\"type\":\"B\"}", "{'type':'A'}", "{\"type\" \"A\"}",
        "{\"type\":\"A\tB\"}", "{\"ty\\pe\":\"A\"}"}) {
      assertThat(scan(line)).as(line).isNull();
    }
  }

  @Test
  void cachedValuesAreTheValuesRead() {
    for (int i = 0; i < 2000; i++) {
      String camera = "cam-" + (i % 300);
      assertThat(scan("{\"camera\":\"" + camera + "\"}")).containsEntry("camera", camera);
    }
  }

  /** Whatever the fast path accepts, the parser reads the same way. */
  @Property(tries = 3000)
  void agreesWithTheParserOnMutatedLines(@ForAll long seed) {
    Random random = new Random(seed);
    StringBuilder line = new StringBuilder(
        "{\"type\":\"FOOTAGE_DELIVERED\",\"id\":\"del-1\",\"at\":\"2025-04-01T10:00:00Z\","
            + "\"ref\":\"req-1\",\"camera\":\"cam-2\"}");
    String alphabet = "{}[]\":,\\ \t\r\nabtype0x-\u00e9\u0001";
    for (int k = 1 + random.nextInt(3); k > 0; k--) {
      int at = random.nextInt(line.length() + 1);
      switch (random.nextInt(3)) {
        case 0 -> line.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
        case 1 -> {
          if (at < line.length()) {
            line.deleteCharAt(at);
          }
        }
        default -> {
          if (at < line.length()) {
            line.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
          }
        }
      }
    }
    Map<String, String> fastValues = scan(line.toString());
    if (fastValues != null) {
      assertThat(fastValues).as(line.toString()).isEqualTo(jackson(line.toString()));
    }
  }
}
