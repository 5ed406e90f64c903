package io.github.slaframework.json.internal.spec;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.Approval;
import io.github.slaframework.core.LanguageTags;
import io.github.slaframework.core.IsoDates;
import io.github.slaframework.core.IsoPeriod;
import io.github.slaframework.core.OpenCode;
import io.github.slaframework.core.Threshold;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.section.AreaCode;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.internal.read.Node;
import io.github.slaframework.json.internal.read.Pointer;
import io.github.slaframework.json.internal.read.Problems;
import io.github.slaframework.json.internal.read.Text;
import io.github.slaframework.json.internal.schema.SchemaContext;
import io.github.slaframework.json.internal.schema.Schemas;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The codecs of the scalar values of the format: strings, numbers, dates, periods, enums. */
public final class Codecs {

  private Codecs() {}

  /** The pattern of an ISO-8601 period in the schema. */
  static final String PERIOD_PATTERN =
      "^[-+]?P([-+]?[0-9]+[YMWD])*(T([-+]?[0-9]+([.,][0-9]+)?[HMS])+)?$";

  /** The pattern of a decimal string such as {@code "10.00"}. */
  static final String DECIMAL_PATTERN = "^-?[0-9]+(\\.[0-9]+)?$";

  /** Any JSON string. */
  public static final Codec<String> STRING =
      new Scalar<>(Node.STRING, Scalar.TEXT, null, new Object[] {"type", "string"}, null);

  /** A JSON boolean. */
  public static final Codec<Boolean> BOOLEAN =
      new Scalar<>(Node.BOOLEAN, Scalar.BOOLEAN, null, new Object[] {"type", "boolean"}, null);

  /** A JSON number without fraction that fits an {@code int}. */
  public static final Codec<Integer> INTEGER = integer(Integer.MIN_VALUE, Integer.MAX_VALUE);

  /** A count of pixels, such as a camera's horizontal resolution: 0 to 1,000,000. */
  public static final Codec<Integer> PIXELS = integer(0, 1_000_000);

  /** A count of things, such as the cameras a service level covers: 0 to 1,000,000. */
  public static final Codec<Integer> COUNT = integer(0, 1_000_000);

  /**
   * A JSON number, kept exactly as a {@link BigDecimal}, whose exponent keeps it within about
   * 1,000 digits written out ({@link NumberRange#FREE}).
   */
  public static final Codec<BigDecimal> NUMBER = number(NumberRange.FREE);

  /** A percentage (attainment, a numeric threshold), bounded on its text ({@link NumberRange}). */
  public static final Codec<BigDecimal> PERCENT = number(NumberRange.PERCENT);

  /** A length in metres (a scene width), bounded on its text ({@link NumberRange}). */
  public static final Codec<BigDecimal> METRES = number(NumberRange.METRES);

  /** A decimal written as a string, such as money: {@code "10.00"}, bounded on its text. */
  public static final Codec<BigDecimal> DECIMAL_STRING =
      new Scalar<>(
          Node.STRING,
          Scalar.DECIMAL_STRING,
          NumberRange.AMOUNT,
          new Object[] {"type", "string", "pattern", DECIMAL_PATTERN},
          "is not a decimal such as \"10.00\" (" + NumberRange.AMOUNT.describe() + ")");

  /** An ISO-8601 date, {@code YYYY-MM-DD}. */
  public static final Codec<LocalDate> DATE =
      new Scalar<>(Node.STRING, Scalar.DATE, null,
          new Object[] {"type", "string", "format", "date"}, "is not a date YYYY-MM-DD");

  /** An ISO-8601 period such as {@code P31D} or {@code PT4H}. */
  public static final Codec<IsoPeriod> PERIOD =
      new Scalar<>(
          Node.STRING,
          Scalar.PERIOD,
          null,
          new Object[] {"type", "string", "pattern", PERIOD_PATTERN},
          "is not an ISO-8601 period such as P31D or PT4H");

  /** A JSON Pointer: {@code ""} or starting with {@code /}. */
  public static final Codec<String> POINTER =
      new Scalar<>(
          Node.STRING,
          Scalar.POINTER,
          null,
          new Object[] {"type", "string", "pattern", "^(/.*)?$"},
          "is not a JSON Pointer (\"\" or starting with \"/\")");

  /** An area code: any non-blank string. */
  public static final Codec<AreaCode> AREA_CODE =
      new Scalar<>(
          Node.STRING,
          Scalar.AREA_CODE,
          null,
          new Object[] {"type", "string", "minLength", 1, "pattern", "\\S"},
          "is not an area code");

  /**
   * A BCP 47 language tag ({@link LanguageTags#PATTERN}): any string here, checked against the
   * pattern by Bean Validation like the agreement id, so a bad tag is one {@code INVALID_VALUE}
   * at its element and the rest of the document is still read.
   */
  public static final Codec<String> LANGUAGE_TAG = patternInSchema(LanguageTags.PATTERN);

  /**
   * A document hash, {@code sha256:} and 64 lowercase hex digits ({@link
   * Approval#DOCUMENT_HASH_PATTERN}): any string here, checked by Bean Validation.
   */
  public static final Codec<String> DOCUMENT_HASH =
      patternInSchema(Approval.DOCUMENT_HASH_PATTERN);

  /** The pattern of an extension value of an open vocabulary: {@code x-} and more. */
  static final String EXTENSION_VALUE_PATTERN = "^x-.";

  /** A version of format 1: 1, 1.x or 1.x.y, numbers only. */
  static final String VERSION_1 = "^1(\\.[0-9]+){0,2}$";

  private static final Pattern IS_VERSION_1 = Pattern.compile(VERSION_1);

  /**
   * The minor version of a format 1 version: 0 for {@code 1} and {@code 1.0}, 1 for {@code
   * 1.1.3}, {@link Integer#MAX_VALUE} for a minor too long for an int.
   *
   * @param version a version
   * @return the minor, or -1 when the text is no version of format 1
   */
  public static int minorOf(String version) {
    if (!IS_VERSION_1.matcher(version).matches()) {
      return -1;
    }
    if (version.length() == 1) {
      return 0;
    }
    int end = version.indexOf('.', 2);
    String minor = version.substring(2, end < 0 ? version.length() : end);
    try {
      return Integer.parseInt(minor);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /**
   * The format version of a framework or profile document: {@code 1}, {@code 1.x} or {@code
   * 1.x.y} with numbers for x and y; another major, or text that is not a version at all ({@code
   * "1.0a"}, {@code "1."}), is a {@code FORMAT_VERSION}. Written as read.
   */
  public static final Codec<String> FORMAT_VERSION = formatVersion(false);

  /**
   * The format version of an agreement: read as {@link #FORMAT_VERSION}, and a newer minor than
   * 1.1 is a WARNING {@code FORMAT_VERSION} (the document is read as 1.1, format 1.1 §1). Always
   * written as {@link Agreement#FORMAT_VERSION}: writers write 1.1, so writing a 1.0 agreement
   * upgrades it.
   */
  public static final Codec<String> AGREEMENT_FORMAT_VERSION = formatVersion(true);

  private static Codec<String> formatVersion(boolean agreement) {
    return new Codec<>() {
      @Override
      public JsonValue write(String value) {
        return JsonValue.of(agreement ? Agreement.FORMAT_VERSION : value);
      }

      @Override
      public String read(Node node, Problems problems, Pointer at) {
        if (node.type() != Node.STRING) {
          problems.error(FindingCodes.FORMAT_VERSION, at, node,
              "formatVersion is a string such as \"1.1\", found " + node.describe());
          return null;
        }
        String v = node.text();
        int minor = minorOf(v);
        if (minor < 0) {
          problems.error(FindingCodes.FORMAT_VERSION, at, node,
              "format version " + Text.quote(v) + " is not supported; this library reads 1.x");
          return null;
        }
        if (agreement && minor > Problems.CURRENT_MINOR) {
          problems.report(Severity.WARNING, FindingCodes.FORMAT_VERSION, at, node,
              "format version " + Text.quote(v) + " is newer than this library's "
                  + Agreement.FORMAT_VERSION + ": read as " + Agreement.FORMAT_VERSION
                  + ", with its unknown fields and values as warnings");
        }
        return v;
      }

      @Override
      public JsonValue schema(SchemaContext context) {
        return Schemas.object("type", "string", "pattern", VERSION_1);
      }
    };
  }

  /** Any JSON value: extension fields and rule literals. */
  public static final Codec<JsonValue> ANY =
      new Codec<>() {
        @Override
        public JsonValue write(JsonValue value) {
          return value;
        }

        @Override
        public JsonValue read(Node node, Problems problems, Pointer at) {
          return toJsonValue(node, problems, at);
        }

        @Override
        public JsonValue schema(SchemaContext context) {
          return Schemas.object();
        }

        @Override
        public boolean acceptsNull() {
          return true;
        }
      };

  /** A service-level threshold: a period (string) or a number. */
  public static final Codec<Threshold> THRESHOLD =
      new Codec<>() {
        @Override
        public JsonValue write(Threshold value) {
          return value.isPeriod()
              ? PERIOD.write(value.period().orElseThrow())
              : PERCENT.write(value.number().orElseThrow());
        }

        @Override
        public Threshold read(Node node, Problems problems, Pointer at) {
          if (node.type() == Node.NUMBER) {
            BigDecimal n = PERCENT.read(node, problems, at);
            return n == null ? null : Threshold.of(n);
          }
          if (node.type() == Node.STRING) {
            IsoPeriod p = PERIOD.read(node, problems, at);
            return p == null ? null : Threshold.of(p);
          }
          problems.typeMismatch(at, node, "a period string or a number");
          return null;
        }

        @Override
        public JsonValue schema(SchemaContext context) {
          return Schemas.object(
              "type", Schemas.strings(List.of("string", "number")), "pattern", PERIOD_PATTERN);
        }
      };

  /**
   * An agreement id: a string whose pattern ({@link Agreement#ID_PATTERN}) is in the schema and
   * checked by Bean Validation, not here, so a bad id never stops the model being built and every
   * other problem of the document is still reported with it.
   */
  public static final Codec<String> AGREEMENT_ID = patternInSchema(Agreement.ID_PATTERN);

  /**
   * Any string, with a pattern in the schema that Bean Validation checks on the model rather
   * than the reader, so that the model is still built and every other problem reported with it.
   */
  private static Codec<String> patternInSchema(String pattern) {
    return new Scalar<>(
        Node.STRING, Scalar.TEXT, null, new Object[] {"type", "string", "pattern", pattern}, null);
  }

  /**
   * The codec of a JSON number within a range, checked on the token's text before any
   * arithmetic: a number beyond it (such as {@code 1e99999999}) is {@code INVALID_VALUE}.
   */
  static Codec<BigDecimal> number(NumberRange range) {
    Object[] schema = range.min() == null
        ? new Object[] {"type", "number"}
        : new Object[] {"type", "number", "minimum", JsonValue.of(range.min()),
            "maximum", JsonValue.of(range.max())};
    return new Scalar<>(
        Node.NUMBER, Scalar.NUMBER, range, schema, "is out of range (" + range.describe() + ")");
  }

  /**
   * The codec of a JSON number without fraction from {@code min} to {@code max}; the text is
   * checked for length before it is parsed.
   */
  static Codec<Integer> integer(int min, int max) {
    return new Codec<>() {
      @Override
      public JsonValue write(Integer value) {
        return JsonValue.of(value.longValue());
      }

      @Override
      public Integer read(Node node, Problems problems, Pointer at) {
        if (node.type() != Node.NUMBER || !node.integral()) {
          problems.error(FindingCodes.TYPE_MISMATCH, at, node,
              "expected an integer, found " + (node.type() == Node.NUMBER
                  ? "a number with a fraction" : node.describe()));
          return null;
        }
        if (node.text().length() <= 11) {
          long v = Long.parseLong(node.text());
          if (v >= min && v <= max) {
            return (int) v;
          }
        }
        problems.error(FindingCodes.INVALID_VALUE, at, node,
            "the integer " + Text.quote(node.text()) + " is out of range (" + min + " to " + max
                + ")");
        return null;
      }

      @Override
      public JsonValue schema(SchemaContext context) {
        return min == Integer.MIN_VALUE && max == Integer.MAX_VALUE
            ? Schemas.object("type", "integer")
            : Schemas.object("type", "integer", "minimum", min, "maximum", max);
      }
    };
  }

  /**
   * The codec of an enum, written by constant name: a closed vocabulary ({@code status}, {@code
   * priority}, {@code calendar}, …), whose rules depend on every value (format 1.1 §2).
   *
   * @param addedIn11 the constants format 1.1 added: a format 1.0 document that uses one gets
   *     the {@code INVALID_VALUE} format 1.0 gives
   */
  public static <E extends Enum<E>> Codec<E> enumOf(Class<E> type, String... addedIn11) {
    Map<String, E> byName = new LinkedHashMap<>();
    for (E constant : type.getEnumConstants()) {
      byName.put(constant.name(), constant);
    }
    return new Vocabulary<>(byName, Set.of(addedIn11), null);
  }

  /**
   * A value of an open vocabulary of the agreement (party type and roles, lawful bases, purposes,
   * legal bases, surveillance types, channels, training requirements, indicators, metrics): the
   * known codes and, in a document of format 1.1 or later, {@code x-} followed by at least one
   * more character ({@link Problems#acceptsExtensionValues()}); a format 1.0 document gets
   * {@code INVALID_VALUE} for an {@code x-} value, with the message format 1.0 gave. It writes
   * any value as its code, an extension value too; the schema lists the known codes.
   *
   * @param type the vocabulary: its public {@code KNOWN} list gives the known values in format
   *     order; its static {@code of(String)}, called through a method handle as the tables'
   *     accessors are, makes an extension value
   * @param addedIn11 the known codes format 1.1 added: not known in a format 1.0 document
   */
  public static <T extends OpenCode<T>> Codec<T> openCode(Class<T> type, String... addedIn11) {
    String where = type.getSimpleName() + ", its vocabulary";
    Map<String, T> byCode = new LinkedHashMap<>();
    for (Object value : known(where, type)) {
      byCode.put(type.cast(value).code(), type.cast(value));
    }
    Function<String, T> of = Accessor.factory(where, type, "of", String.class);
    return new Vocabulary<>(byCode, Set.of(addedIn11), of);
  }

  /** The {@code KNOWN} list of a vocabulary. */
  private static List<?> known(String where, Class<?> type) {
    try {
      if (type.getField("KNOWN").get(null) instanceof List<?> known && !known.isEmpty()) {
        return known;
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("format table " + where + ": no public KNOWN list", e);
    }
    throw new IllegalStateException("format table " + where + ": KNOWN is no list of values");
  }

  /**
   * The codec of a vocabulary read by the rules of the document's format version: the codes a
   * version knows, extension values from 1.1 on when the vocabulary is open, and an unknown code
   * reported as {@link Problems#unknownValue} says (an ERROR, a WARNING in a newer minor).
   */
  private static final class Vocabulary<V> implements Codec<V> {
    private final Map<String, V> byCode;
    private final Set<String> addedIn11;
    /** Makes an extension value; null for a closed vocabulary. */
    private final Function<String, V> extension;
    private final String message10;
    private final String message11;

    Vocabulary(Map<String, V> byCode, Set<String> addedIn11, Function<String, V> extension) {
      if (!byCode.keySet().containsAll(addedIn11)) {
        throw new IllegalStateException("format table: codes added in 1.1 that are not known: "
            + addedIn11);
      }
      this.byCode = byCode;
      this.addedIn11 = addedIn11;
      this.extension = extension;
      List<String> all = List.copyOf(byCode.keySet());
      List<String> v10 = new ArrayList<>(all);
      v10.removeAll(addedIn11);
      this.message11 = "is not one of " + String.join(", ", all);
      this.message10 = "is not one of " + String.join(", ", v10);
    }

    @Override
    public JsonValue write(V value) {
      // An enum's name or an open vocabulary's code (a method reference each would spin a class).
      return JsonValue.of(value instanceof Enum<?> e ? e.name() : ((OpenCode<?>) value).code());
    }

    @Override
    public V read(Node node, Problems problems, Pointer at) {
      if (node.type() != Node.STRING) {
        problems.typeMismatch(at, node, Node.describe(Node.STRING));
        return null;
      }
      String text = node.text();
      boolean v10 = problems.minor() < 1;
      V value = byCode.get(text);
      if (value != null && !(v10 && addedIn11.contains(text))) {
        return value;
      }
      if (value == null && extension != null && problems.acceptsExtensionValues()
          && OpenCode.isExtensionCode(text)) {
        return extension.apply(text);
      }
      problems.unknownValue(at, node, Text.quote(text) + " " + (v10 ? message10 : message11));
      return null;
    }

    @Override
    public JsonValue schema(SchemaContext context) {
      JsonValue known = Schemas.strings(List.copyOf(byCode.keySet()));
      if (extension == null) {
        return Schemas.object("type", "string", "enum", known);
      }
      // An open vocabulary: a known code, or x- and at least one more character (format 1.1).
      return Schemas.object("type", "string", "anyOf", new JsonValue.JsonArray(List.of(
          Schemas.object("enum", known), Schemas.object("pattern", EXTENSION_VALUE_PATTERN))));
    }
  }

  /**
   * A document value as a free JSON value, reporting a number too large or too small for a
   * {@link BigDecimal} (such as {@code 1e9999999999}: well-formed JSON, but its exponent does not
   * fit an {@code int}).
   *
   * @return the value, or null when a number in it is out of range (reported)
   */
  public static JsonValue toJsonValue(Node node, Problems problems, Pointer at) {
    switch (node.type()) {
      case Node.OBJECT: {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
          JsonValue value = toJsonValue(node.value(i), problems, at.push(node.name(i)));
          at.pop();
          ok &= value != null;
          members.put(node.name(i), value);
        }
        return ok ? new JsonValue.JsonObject(members) : null;
      }
      case Node.ARRAY: {
        List<JsonValue> elements = new ArrayList<>(node.size());
        boolean ok = true;
        for (int i = 0; i < node.size(); i++) {
          JsonValue value = toJsonValue(node.value(i), problems, at.push(i));
          at.pop();
          ok &= value != null;
          elements.add(value);
        }
        return ok ? new JsonValue.JsonArray(elements) : null;
      }
      case Node.NUMBER: {
        BigDecimal number = NumberRange.FREE.parse(node.text());
        if (number == null) {
          problems.error(FindingCodes.INVALID_VALUE, at, node,
              "the number " + Text.quote(node.text()) + " is out of range ("
                  + NumberRange.FREE.describe() + ")");
          return null;
        }
        // BigDecimal has no negative zero: the sign of "-0" is kept beside it.
        return new JsonValue.JsonNumber(number,
            number.signum() == 0 && node.text().startsWith("-"));
      }
      case Node.STRING:
        return JsonValue.of(node.text());
      case Node.BOOLEAN:
        return JsonValue.of(node.text().equals("true"));
      default:
        return JsonValue.NULL;
    }
  }

  /**
   * A codec of one JSON scalar type: the node type it takes and what it makes of the text, one of
   * the kinds below. The kinds are cases of one switch rather than a function each: every lambda
   * or method reference spins a class of its own when the tables are first built, which a fresh
   * JVM pays for before its first document (docs/adr/0005-tables-by-reflection.md).
   *
   * @param nodeType the node type read
   * @param kind what the text is parsed to and written from
   * @param range the bounds of a number or decimal string, else null
   * @param schema the members of the value's JSON Schema, as {@link Schemas#object} takes them
   * @param invalidMessage what is wrong with a text the kind does not parse, or null for "is not
   *     valid"
   */
  private record Scalar<V>(
      int nodeType, int kind, NumberRange range, Object[] schema, String invalidMessage)
      implements Codec<V> {

    /** The text itself. */
    static final int TEXT = 0;
    /** {@code true} or {@code false}. */
    static final int BOOLEAN = 1;
    /** A JSON number as a {@link BigDecimal} within {@link #range}. */
    static final int NUMBER = 2;
    /** A decimal written as a string ({@link #DECIMAL_PATTERN}) within {@link #range}. */
    static final int DECIMAL_STRING = 3;
    /** An ISO-8601 date. */
    static final int DATE = 4;
    /** An ISO-8601 period, kept as written. */
    static final int PERIOD = 5;
    /** A JSON Pointer: empty or starting with a slash. */
    static final int POINTER = 6;
    /** An area code: any non-blank text. */
    static final int AREA_CODE = 7;

    private static final Pattern DECIMAL = Pattern.compile(DECIMAL_PATTERN);

    @Override
    public JsonValue write(V value) {
      return switch (kind) {
        case TEXT, POINTER -> JsonValue.of((String) value);
        case BOOLEAN -> JsonValue.of((Boolean) value);
        case NUMBER -> JsonValue.of((BigDecimal) value);
        case DECIMAL_STRING -> JsonValue.of(((BigDecimal) value).toPlainString());
        case AREA_CODE -> JsonValue.of(((AreaCode) value).code());
        default -> JsonValue.of(value.toString()); // a date or a period, as written
      };
    }

    /**
     * The value of a text, or null when the text names none; the parsers of dates, periods and
     * numbers may throw instead ({@link DateTimeException}, {@link ArithmeticException}, {@link
     * IllegalArgumentException}), which {@link #read} reports the same way.
     */
    @SuppressWarnings("unchecked") // the kind makes a V: the table pins each codec's type
    private V parse(String text) {
      Object value = switch (kind) {
        case TEXT -> text;
        case BOOLEAN -> text.equals("true");
        case NUMBER -> range.parse(text);
        case DECIMAL_STRING -> DECIMAL.matcher(text).matches() ? range.parse(text) : null;
        case DATE -> IsoDates.parse(text);
        case PERIOD -> FastParse.period(text);
        case POINTER -> text.isEmpty() || text.charAt(0) == '/' ? text : null;
        case AREA_CODE -> text.isBlank() ? null : AreaCode.of(text);
        default -> throw new IllegalStateException("no scalar kind " + kind);
      };
      return (V) value;
    }

    @Override
    public V read(Node node, Problems problems, Pointer at) {
      if (node.type() != nodeType) {
        problems.typeMismatch(at, node, Node.describe(nodeType));
        return null;
      }
      String text = node.text();
      V value;
      try {
        value = parse(text);
      } catch (DateTimeException | ArithmeticException | IllegalArgumentException e) {
        // DateTimeParseException is a DateTimeException; NumberFormatException an IAE.
        value = null;
      }
      if (value == null) {
        problems.error(FindingCodes.INVALID_VALUE, at, node,
            Text.quote(text) + " " + (invalidMessage == null ? "is not valid" : invalidMessage));
      }
      return value;
    }

    @Override
    public JsonValue schema(SchemaContext context) {
      return Schemas.object(schema);
    }
  }
}
