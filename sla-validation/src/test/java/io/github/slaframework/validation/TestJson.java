package io.github.slaframework.validation;

import io.github.slaframework.core.value.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON parser for the test's own files (expected findings), so the tests need no JSON
 * library of their own. Trusted input only: it stops at the first error.
 */
final class TestJson {

  private final String text;
  private int pos;

  private TestJson(String text) {
    this.text = text;
  }

  static JsonValue parse(String text) {
    TestJson p = new TestJson(text);
    JsonValue v = p.value();
    p.space();
    if (p.pos != text.length()) {
      throw p.error("trailing text");
    }
    return v;
  }

  private JsonValue value() {
    space();
    char c = text.charAt(pos);
    if (c == '{') {
      pos++;
      Map<String, JsonValue> members = new LinkedHashMap<>();
      space();
      if (peek('}')) {
        return JsonValue.object(members);
      }
      do {
        space();
        String name = string();
        space();
        expect(':');
        members.put(name, value());
        space();
      } while (peek(','));
      expect('}');
      return JsonValue.object(members);
    } else if (c == '[') {
      pos++;
      List<JsonValue> elements = new ArrayList<>();
      space();
      if (peek(']')) {
        return JsonValue.array(elements);
      }
      do {
        elements.add(value());
        space();
      } while (peek(','));
      expect(']');
      return JsonValue.array(elements);
    } else if (c == '"') {
      return JsonValue.of(string());
    } else if (text.startsWith("true", pos)) {
      pos += 4;
      return JsonValue.TRUE;
    } else if (text.startsWith("false", pos)) {
      pos += 5;
      return JsonValue.FALSE;
    } else if (text.startsWith("null", pos)) {
      pos += 4;
      return JsonValue.NULL;
    }
    int start = pos;
    while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    if (start == pos) {
      throw error("unexpected character");
    }
    return JsonValue.of(new BigDecimal(text.substring(start, pos)));
  }

  private String string() {
    expect('"');
    StringBuilder sb = new StringBuilder();
    while (true) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c == '\\') {
        char e = text.charAt(pos++);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'u' -> {
            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            pos += 4;
          }
          default -> sb.append(e);
        }
      } else {
        sb.append(c);
      }
    }
  }

  private void space() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private boolean peek(char c) {
    if (pos < text.length() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException(message + " at offset " + pos);
  }
}
