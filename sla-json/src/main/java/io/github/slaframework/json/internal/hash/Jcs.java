package io.github.slaframework.json.internal.hash;

import io.github.slaframework.core.report.JsonPointer;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.internal.read.Node;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * RFC 8785 (JSON Canonicalization Scheme) over the two trees this module holds a document in: the
 * located tree of a file as read ({@link Node}) and {@link JsonValue}. Members sorted by their
 * names' UTF-16 code units, no whitespace, strings with the minimal escapes of ECMAScript's
 * {@code JSON.stringify}, numbers as IEEE 754 doubles printed as ECMAScript's {@code
 * Number.prototype.toString} prints them.
 *
 * <p>{@link #hashInput} also applies the removals of format 1.1 section 6 before the form is
 * built: the root's {@code approvals} and {@code status}, and outside {@code x-} members every
 * member whose value is (or, after removals below it, becomes) {@code null}, {@code {}} or {@code
 * []}. Array elements are never removed. Stateless and thread-safe.
 */
public final class Jcs {

  /** The written form of the hash: {@code sha256:} and 64 lowercase hex digits. */
  public static final String PREFIX = "sha256:";

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** 2^53: below it every integral double prints as a plain integer, and quickly. */
  private static final double EXACT_INTEGERS = 9007199254740992d;

  private Jcs() {}

  /**
   * The RFC 8785 form of a value, nothing removed.
   *
   * @throws Unhashable when the value has a number outside the double range or a lone surrogate
   */
  public static String canonical(JsonValue value) {
    return walk(value, false);
  }

  /**
   * The RFC 8785 form of a parsed document, nothing removed.
   *
   * @throws Unhashable when the document has a number outside the double range or a lone
   *     surrogate
   */
  public static String canonical(Node root) {
    return walk(root, false);
  }

  /**
   * The RFC 8785 form of a document's value with the removals of format 1.1 section 6.
   *
   * @throws Unhashable when the value has a number outside the double range or a lone surrogate
   */
  public static String hashInput(JsonValue document) {
    return walk(document, true);
  }

  /**
   * The RFC 8785 form of a parsed document with the removals of format 1.1 section 6.
   *
   * @throws Unhashable (located) when the document has a number outside the double range or a
   *     lone surrogate
   */
  public static String hashInput(Node root) {
    return walk(root, true);
  }

  /**
   * Checks that a parsed document has an RFC 8785 form, without writing it: what validation
   * needs of a document none of whose approvals records a hash (format 1.1 section 6 makes a
   * number outside the double range, and a lone surrogate, an {@code INVALID_VALUE} whatever the
   * approvals say), at a fraction of the cost of the canonical form and its digest.
   *
   * @param surrogateFree true when the document's text is known to hold no surrogate (its bytes
   *     were scanned as it was read), so that only its numbers need a look
   * @throws Unhashable (located) when the document has a number outside the double range or a
   *     lone surrogate where the hash would see it
   */
  public static void verify(Node root, boolean surrogateFree) {
    new Walk(true).verify(root, true, !surrogateFree);
  }

  private static String walk(Object value, boolean prune) {
    StringBuilder out = new StringBuilder();
    new Walk(prune).value(value, true, false, out);
    return out.toString();
  }

  /**
   * The SHA-256 of a canonical form's UTF-8 bytes, written {@code sha256:<64 lowercase hex>}.
   */
  public static String sha256(String canonical) {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest's Javadoc).
      throw new IllegalStateException("SHA-256 is missing from this Java platform", e);
    }
    byte[] hash = digest.digest(canonical.getBytes(StandardCharsets.UTF_8));
    StringBuilder out = new StringBuilder(PREFIX.length() + 64).append(PREFIX);
    for (byte b : hash) {
      out.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }
    return out.toString();
  }

  // ----- numbers --------------------------------------------------------------------------------

  /**
   * A finite double as ECMAScript's {@code Number.prototype.toString} prints it (RFC 8785 section
   * 3.2.2.3): the shortest decimal that reads back as the same double, the closest to it when
   * several are as short; {@code -0} prints as {@code 0}.
   *
   * @throws IllegalArgumentException for NaN and the infinities, which JSON cannot hold
   */
  public static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("not a finite number: " + d);
    }
    if (d == 0) {
      return "0";
    }
    if (d == Math.rint(d) && Math.abs(d) < EXACT_INTEGERS) {
      return Long.toString((long) d);
    }
    BigDecimal shortest = shortest(Math.abs(d));
    String digits = shortest.unscaledValue().toString();
    int k = digits.length();
    int n = k - shortest.scale(); // the value is 0.digits x 10^n
    StringBuilder out = new StringBuilder(32);
    if (d < 0) {
      out.append('-');
    }
    if (k <= n && n <= 21) {
      out.append(digits);
      out.append("0".repeat(n - k));
    } else if (0 < n && n <= 21) {
      out.append(digits, 0, n).append('.').append(digits, n, k);
    } else if (-6 < n && n <= 0) {
      out.append("0.").append("0".repeat(-n)).append(digits);
    } else {
      int e = n - 1;
      out.append(digits.charAt(0));
      if (k > 1) {
        out.append('.').append(digits, 1, k);
      }
      out.append('e').append(e < 0 ? '-' : '+').append(Math.abs(e));
    }
    return out.toString();
  }

  /**
   * The shortest decimal (trailing zeros stripped) that reads back as a positive finite double,
   * the closest to the double's exact value among those as short, the one with an even last digit
   * on a tie. Both neighbours at each precision are tried: the closest one alone may fall outside
   * the double's rounding interval, which is lopsided at a power of two.
   */
  private static BigDecimal shortest(double d) {
    BigDecimal exact = sticky(new BigDecimal(d));
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal down = exact.round(new MathContext(precision, RoundingMode.DOWN));
      BigDecimal up = exact.round(new MathContext(precision, RoundingMode.UP));
      boolean downFits = readsBackAs(down, d);
      boolean upFits = readsBackAs(up, d);
      if (downFits && upFits) {
        int c = exact.subtract(down).compareTo(up.subtract(exact));
        if (c == 0) {
          BigInteger last = down.stripTrailingZeros().unscaledValue();
          return last.testBit(0) ? up.stripTrailingZeros() : down.stripTrailingZeros();
        }
        return (c < 0 ? down : up).stripTrailingZeros();
      }
      if (downFits || upFits) {
        return (downFits ? down : up).stripTrailingZeros();
      }
    }
    // 17 significant digits always identify a double; not reached.
    return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
  }

  /**
   * A double's exact value (up to 767 significant digits) cut to 40 digits, with a 1 appended
   * when digits were cut: every rounding to 17 digits or fewer, and every comparison with a
   * midpoint of such roundings, comes out as with the exact value, at a fraction of the cost.
   */
  private static BigDecimal sticky(BigDecimal exact) {
    BigDecimal cut = exact.round(new MathContext(40, RoundingMode.DOWN));
    if (cut.compareTo(exact) == 0) {
      return exact;
    }
    return new BigDecimal(cut.unscaledValue().multiply(BigInteger.TEN).add(BigInteger.ONE),
        cut.scale() + 1);
  }

  private static boolean readsBackAs(BigDecimal candidate, double d) {
    return Double.parseDouble(candidate.toString()) == d;
  }

  // ----- strings --------------------------------------------------------------------------------

  /**
   * Appends a string as RFC 8785 writes it: quoted, with {@code \"}, {@code \\}, the short
   * escapes {@code \b \f \n \r \t}, other control characters as {@code \}{@code u00xx}, and
   * everything else as it is.
   *
   * @return false when the string has a lone surrogate, which has no UTF-8 form
   */
  static boolean string(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
          } else if (Character.isHighSurrogate(c)) {
            if (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
              return false;
            }
            out.append(c).append(s.charAt(++i));
          } else if (Character.isLowSurrogate(c)) {
            return false;
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
    return true;
  }

  // ----- the walk -------------------------------------------------------------------------------

  /** One canonicalisation: the path to the value being written, for locating an error. */
  private static final class Walk {
    private final boolean prune;
    private final List<String> path = new ArrayList<>();

    Walk(boolean prune) {
      this.prune = prune;
    }

    /**
     * Appends a value (a {@link Node} or a {@link JsonValue}).
     *
     * @param root whether the value is the document's root
     * @param kept whether nothing below is removed (inside an {@code x-} member)
     */
    void value(Object v, boolean root, boolean kept, StringBuilder out) {
      if (v instanceof Node node) {
        switch (node.type()) {
          case Node.OBJECT -> {
            String[] names = new String[node.size()];
            Object[] values = new Object[node.size()];
            for (int i = 0; i < node.size(); i++) {
              names[i] = node.name(i);
              values[i] = node.value(i);
            }
            object(names, values, root, kept, out);
          }
          case Node.ARRAY -> {
            Object[] values = new Object[node.size()];
            for (int i = 0; i < node.size(); i++) {
              values[i] = node.value(i);
            }
            array(values, kept, out);
          }
          case Node.STRING -> string(node.text(), node.line(), node.column(), out);
          case Node.NUMBER -> number(node.text(), node.line(), node.column(), out);
          case Node.BOOLEAN -> out.append(node.text());
          default -> {
            notFinite(node);
            out.append("null");
          }
        }
      } else if (v instanceof JsonValue.JsonObject object) {
        String[] names = object.members().keySet().toArray(new String[0]);
        Object[] values = object.members().values().toArray();
        object(names, values, root, kept, out);
      } else if (v instanceof JsonValue.JsonArray array) {
        array(array.elements().toArray(), kept, out);
      } else if (v instanceof JsonValue.JsonString string) {
        string(string.value(), 0, 0, out);
      } else if (v instanceof JsonValue.JsonNumber number) {
        number(number.toString(), 0, 0, out);
      } else if (v instanceof JsonValue.JsonBoolean b) {
        out.append(b.value());
      } else {
        out.append("null");
      }
    }

    private void object(String[] names, Object[] values, boolean root, boolean kept,
        StringBuilder out) {
      Integer[] order = new Integer[names.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      // UTF-16 code units, as RFC 8785 section 3.2.3 sorts: String.compareTo does exactly that.
      Arrays.sort(order, (a, b) -> names[a].compareTo(names[b]));
      out.append('{');
      boolean first = true;
      for (int i : order) {
        String name = names[i];
        if (prune && root && (name.equals("approvals") || name.equals("status"))) {
          continue;
        }
        boolean keep = kept || !prune || name.startsWith("x-");
        // Written in place and cut off again when it turns out empty: no copy of a subtree, so
        // a document nested deep takes no more memory than its text.
        int mark = out.length();
        if (!first) {
          out.append(',');
        }
        string(name, 0, 0, out);
        out.append(':');
        int start = out.length();
        path.add(name);
        value(values[i], false, keep, out);
        path.remove(path.size() - 1);
        if (!keep && isEmpty(out, start)) {
          out.setLength(mark); // removed, bottom-up: its own empty members were removed first
          continue;
        }
        first = false;
      }
      out.append('}');
    }

    /** Whether the text from {@code start} is {@code null}, {@code {}} or {@code []}. */
    private static boolean isEmpty(StringBuilder out, int start) {
      int n = out.length() - start;
      return (n == 4 && out.charAt(start) == 'n')
          || (n == 2 && (out.charAt(start) == '{' || out.charAt(start) == '['));
    }

    private void array(Object[] values, boolean kept, StringBuilder out) {
      out.append('[');
      for (int i = 0; i < values.length; i++) {
        if (i > 0) {
          out.append(',');
        }
        path.add(Integer.toString(i));
        value(values[i], false, kept, out);
        path.remove(path.size() - 1);
      }
      out.append(']');
    }

    private void string(String s, int line, int column, StringBuilder out) {
      if (!Jcs.string(s, out)) {
        throw lone(line, column);
      }
    }

    private void number(String text, int line, int column, StringBuilder out) {
      double d;
      try {
        d = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw new IllegalStateException("a number the reader accepted is no number: " + text, e);
      }
      if (Double.isInfinite(d)) {
        throw new Unhashable(pointer(), line, column,
            "the number is outside the range of an IEEE 754 double (its magnitude rounds to"
                + " infinity), so it has no RFC 8785 form; the document cannot be hashed");
      }
      if (out != null) {
        out.append(Jcs.number(d));
      }
    }

    /**
     * {@link #value} without the output: the same checks, at the same places. The path is
     * pushed only on the way to a value that fails (see {@link #failing}): the walk visits every
     * value of every document validated.
     *
     * @param strings whether strings and names are checked for lone surrogates
     */
    void verify(Node node, boolean root, boolean strings) {
      switch (node.type()) {
        case Node.OBJECT -> {
          for (int i = 0; i < node.size(); i++) {
            String name = node.name(i);
            if (root && (name.equals("approvals") || name.equals("status"))) {
              continue;
            }
            if (strings && !hashable(name)) {
              throw lone(0, 0); // located at the object, as the hash locates it
            }
            try {
              verify(node.value(i), false, strings);
            } catch (Unhashable e) {
              throw failing(name, e);
            }
          }
        }
        case Node.ARRAY -> {
          for (int i = 0; i < node.size(); i++) {
            try {
              verify(node.value(i), false, strings);
            } catch (Unhashable e) {
              throw failing(Integer.toString(i), e);
            }
          }
        }
        case Node.STRING -> {
          if (strings && !hashable(node.text())) {
            throw lone(node.line(), node.column());
          }
        }
        case Node.NUMBER -> {
          if (mayOverflow(node.text())) {
            number(node.text(), node.line(), node.column(), null);
          }
        }
        default -> notFinite(node);
      }
    }

    /**
     * The failure of a value below {@code token}, located one level further up: the walk adds
     * the path's tokens as the failure unwinds, so that passing values cost no path.
     */
    private Unhashable failing(String token, Unhashable e) {
      String pointer = "/" + JsonPointer.escape(token) + e.pointer();
      return new Unhashable(pointer, e.line(), e.column(), e.getMessage());
    }

    /** Whether a string has no lone surrogate. */
    private static boolean hashable(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length()
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else if (Character.isSurrogate(c)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether a number's text can round to infinity: only with an exponent, or with more than
     * 308 digits before its point (the largest double is about 1.8 × 10^308).
     */
    private static boolean mayOverflow(String text) {
      if (text.length() > 308) {
        return true;
      }
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == 'e' || c == 'E') {
          return true;
        }
      }
      return false;
    }

    /** A YAML {@code .inf} or {@code .nan}: read as null for the model, it has no JSON form. */
    private void notFinite(Node node) {
      if (node.type() == Node.NULL && node.text() != null) {
        throw new Unhashable(pointer(), node.line(), node.column(),
            "the YAML number " + node.text() + " is not finite, so it has no RFC 8785 form;"
                + " the document cannot be hashed");
      }
    }

    private Unhashable lone(int line, int column) {
      return new Unhashable(pointer(), line, column,
          "the string has a lone surrogate (an unpaired \\ud800-\\udfff escape), which has no"
              + " UTF-8 form; the document cannot be hashed");
    }

    private String pointer() {
      StringBuilder p = new StringBuilder();
      for (String token : path) {
        p.append('/').append(JsonPointer.escape(token));
      }
      return p.toString();
    }
  }
}
