package io.github.slaframework.json.internal.write;

import io.github.slaframework.core.value.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link JsonValue} as canonical JSON text: members in the order held, two-space indent,
 * {@code "\n"} line ends, a final newline, empty objects and arrays as {@code {}} and {@code []},
 * numbers exactly as their {@link BigDecimal} (so {@code 10.00} stays {@code 10.00}), strings with
 * the minimal escapes of RFC 8259 (control characters, {@code "}, {@code \}, and U+2028/U+2029).
 */
public final class JsonText {

  private JsonText() {}

  /**
   * The canonical text of a value.
   *
   * @return the text, ending in a newline
   */
  public static String write(JsonValue value) {
    Text out = new Text();
    write(value, out, 0);
    out.sb.append('\n');
    return out.text();
  }

  /**
   * Text in chunks of about {@value #CHUNK} characters, joined once at the end: a large document
   * costs one allocation of its final size, not a doubling builder's series of ever larger copies
   * (at 1 MB, arrays large enough to be allocated outside the young generation by G1).
   */
  private static final class Text {
    final StringBuilder sb = new StringBuilder(1024);
    private List<String> chunks;

    /** Called between members and elements: moves a full builder's text to a chunk. */
    void boundary() {
      if (sb.length() >= CHUNK) {
        if (chunks == null) {
          chunks = new ArrayList<>();
        }
        chunks.add(sb.toString());
        sb.setLength(0);
      }
    }

    String text() {
      if (chunks == null) {
        return sb.toString();
      }
      chunks.add(sb.toString());
      return String.join("", chunks);
    }
  }

  private static final int CHUNK = 1 << 16;

  private static void write(JsonValue value, Text out, int indent) {
    StringBuilder sb = out.sb;
    if (value instanceof JsonValue.JsonObject o) {
      Map<String, JsonValue> members = o.members();
      if (members.isEmpty()) {
        sb.append("{}");
        return;
      }
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, JsonValue> e : members.entrySet()) {
        out.boundary();
        sb.append(first ? "\n" : ",\n");
        first = false;
        indent(sb, indent + 1);
        string(e.getKey(), sb);
        sb.append(": ");
        write(e.getValue(), out, indent + 1);
      }
      sb.append('\n');
      indent(sb, indent);
      sb.append('}');
    } else if (value instanceof JsonValue.JsonArray a) {
      List<JsonValue> elements = a.elements();
      if (elements.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append('[');
      boolean first = true;
      for (JsonValue e : elements) {
        out.boundary();
        sb.append(first ? "\n" : ",\n");
        first = false;
        indent(sb, indent + 1);
        write(e, out, indent + 1);
      }
      sb.append('\n');
      indent(sb, indent);
      sb.append(']');
    } else if (value instanceof JsonValue.JsonString s) {
      string(s.value(), sb);
    } else if (value instanceof JsonValue.JsonNumber n) {
      sb.append(n);
    } else if (value instanceof JsonValue.JsonBoolean b) {
      sb.append(b.value());
    } else {
      sb.append("null");
    }
  }

  private static void indent(StringBuilder sb, int indent) {
    for (int i = 0; i < indent; i++) {
      sb.append("  ");
    }
  }

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private static boolean loneSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }
    return false;
  }

  private static void string(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        case '\b':
          sb.append("\\b");
          break;
        case '\f':
          sb.append("\\f");
          break;
        default:
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || loneSurrogate(s, i)) {
            sb.append("\\u")
                .append(HEX[(c >> 12) & 0xf])
                .append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf])
                .append(HEX[c & 0xf]);
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }
}
