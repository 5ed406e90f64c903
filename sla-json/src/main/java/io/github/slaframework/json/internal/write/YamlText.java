package io.github.slaframework.json.internal.write;

import io.github.slaframework.core.value.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a {@link JsonValue} as canonical YAML text that denotes exactly that value under the YAML
 * 1.2 core schema: block style, members in the order held, two-space indent, {@code "\n"} line
 * ends and a final newline. Every string is double-quoted (so {@code "true"}, {@code "1.0"} and
 * {@code "P1W"} stay strings in any YAML reader), with JSON's escapes plus {@code \}{@code uXXXX}
 * for the characters YAML does not allow as they are; a member name is plain when it is a simple
 * word no reader could take for anything else, else quoted the same way. Numbers are written as
 * their {@code BigDecimal}, as in {@link JsonText}; empty objects and arrays as {@code {}} and
 * {@code []}.
 */
public final class YamlText {

  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

  /** Words a YAML 1.1 or 1.2 reader resolves to something other than a string. */
  private static final Set<String> RESERVED =
      Set.of("null", "true", "false", "y", "n", "yes", "no", "on", "off");

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private YamlText() {}

  /**
   * The canonical YAML text of a value.
   *
   * @return the text, ending in a newline
   */
  public static String write(JsonValue value) {
    StringBuilder sb = new StringBuilder(1024);
    if (isBlock(value)) {
      block(value, 0, sb);
    } else {
      inline(value, sb);
    }
    return sb.append('\n').toString();
  }

  /** Whether a value is written in block style: a non-empty object or array. */
  private static boolean isBlock(JsonValue value) {
    return (value instanceof JsonValue.JsonObject o && !o.members().isEmpty())
        || (value instanceof JsonValue.JsonArray a && !a.elements().isEmpty());
  }

  /** A non-empty object or array whose first line starts where the text stands. */
  private static void block(JsonValue value, int indent, StringBuilder sb) {
    boolean first = true;
    if (value instanceof JsonValue.JsonObject o) {
      for (Map.Entry<String, JsonValue> e : o.members().entrySet()) {
        if (!first) {
          newLine(sb, indent);
        }
        first = false;
        name(e.getKey(), sb);
        sb.append(':');
        JsonValue member = e.getValue();
        if (isBlock(member)) {
          newLine(sb, indent + 2);
          block(member, indent + 2, sb);
        } else {
          sb.append(' ');
          inline(member, sb);
        }
      }
    } else {
      List<JsonValue> elements = ((JsonValue.JsonArray) value).elements();
      for (JsonValue element : elements) {
        if (!first) {
          newLine(sb, indent);
        }
        first = false;
        sb.append("- ");
        if (isBlock(element)) {
          block(element, indent + 2, sb);
        } else {
          inline(element, sb);
        }
      }
    }
  }

  private static void newLine(StringBuilder sb, int indent) {
    sb.append('\n');
    sb.append(" ".repeat(indent));
  }

  /** A scalar, or an empty object or array. */
  private static void inline(JsonValue value, StringBuilder sb) {
    if (value instanceof JsonValue.JsonString s) {
      quoted(s.value(), sb);
      return;
    }
    // Numbers, booleans and null are written as JSON writes them: each is also a plain scalar
    // of the same value under the YAML 1.2 core schema.
    sb.append(value instanceof JsonValue.JsonObject ? "{}"
        : value instanceof JsonValue.JsonArray ? "[]" : value.toString());
  }

  private static void name(String name, StringBuilder sb) {
    if (PLAIN_NAME.matcher(name).matches()
        && !RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
      sb.append(name);
    } else {
      quoted(name, sb);
    }
  }

  /**
   * A double-quoted YAML scalar: {@code \"}, {@code \\}, the short escapes, and {@code \}{@code
   * uXXXX} for every character outside YAML's printable set (C0 and C1 controls, DEL, U+FFFE,
   * U+FFFF, a lone surrogate) and for U+2028, U+2029 and U+0085, which some readers take for
   * line breaks.
   */
  private static void quoted(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1));
          if (paired) {
            sb.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
              || c == '\ufffe' || c == '\uffff' || Character.isSurrogate(c)) {
            sb.append("\\u").append(HEX[(c >> 12) & 0xf]).append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
