package io.github.slaframework.json.internal.read;

import java.math.BigInteger;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Everything that names a class of the optional YAML jars (jackson-dataformat-yaml and
 * snakeyaml-engine), kept in this one class so that a JSON-only caller never loads it: without
 * those jars JSON reading works, and {@link TreeReader} checks that they are there (without
 * loading this class, whose verification would load them) before it calls anything here. Also the YAML 1.2 core schema, applied to plain scalars the YAML parser
 * leaves as strings ({@code ~}, {@code Null}, {@code True}, {@code 0o17}, {@code 0x1F}, {@code
 * .5}, {@code +12.5}, {@code .Inf}).
 */
final class YamlSupport {

  /** The YAML 1.2 core schema's nulls (the empty plain scalar is null already). */
  private static final Pattern NULL = Pattern.compile("~|null|Null|NULL");

  /** The core schema's booleans. */
  private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");

  /** The core schema's decimal integers. */
  private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");

  /** The core schema's octal integers. */
  private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");

  /** The core schema's hexadecimal integers. */
  private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");

  /** The core schema's finite floats. */
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  /** The core schema's infinities and not-a-numbers, which the format cannot hold. */
  private static final Pattern NOT_FINITE =
      Pattern.compile("[-+]?(\\.inf|\\.Inf|\\.INF)|\\.nan|\\.NaN|\\.NAN");

  private YamlSupport() {}

  /** A YAML factory with the reader's limits. */
  static TokenStreamFactory factory(StreamReadConstraints constraints,
      ErrorReportConfiguration errors, long maxDocumentLength) {
    return YAMLFactory.builder()
        .streamReadConstraints(constraints)
        .errorReportConfiguration(errors)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .loadSettings(
            LoadSettings.builder()
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxDocumentLength))
                .setMaxAliasesForCollections(50)
                .setAllowDuplicateKeys(true) // reported by this reader, not refused
                .build())
        .build();
  }

  /** Whether the parser's current string is an alias ({@code *name}), not a value. */
  static boolean isAlias(JsonParser p) {
    return p instanceof YAMLParser yaml && yaml.isCurrentAlias();
  }

  /** Whether the parser's current scalar has an explicit tag ({@code !!str 12}). */
  static boolean isTagged(JsonParser p) {
    return p instanceof YAMLParser yaml && yaml.getRawTag() != null;
  }

  /** How the core schema reads a plain scalar. */
  enum Kind {
    /** A string: none of the forms below. */
    STRING,
    /** {@code ~}, {@code null}, {@code Null}, {@code NULL}. */
    NULL,
    /** {@code true}, {@code True}, {@code TRUE}, and the same for false. */
    BOOLEAN,
    /** A decimal, octal or hexadecimal integer. */
    INTEGER,
    /** A finite float. */
    FLOAT,
    /** {@code .inf}, {@code -.inf}, {@code .nan} and their capitalised spellings. */
    NOT_FINITE
  }

  /** The core schema's reading of a plain scalar's text. */
  static Kind kind(String s) {
    if (s.isEmpty() || s.length() > 200) {
      return Kind.STRING; // no number is that long: the number length limit stops it anyway
    }
    char c = s.charAt(0);
    if (!(c == '~' || c == '.' || c == '-' || c == '+' || (c >= '0' && c <= '9')
        || c == 'n' || c == 'N' || c == 't' || c == 'T' || c == 'f' || c == 'F')) {
      return Kind.STRING; // the common case, decided by one character
    }
    if (NULL.matcher(s).matches()) {
      return Kind.NULL;
    }
    if (BOOLEAN.matcher(s).matches()) {
      return Kind.BOOLEAN;
    }
    if (INT.matcher(s).matches() || OCTAL.matcher(s).matches() || HEX.matcher(s).matches()) {
      return Kind.INTEGER;
    }
    if (FLOAT.matcher(s).matches()) {
      return Kind.FLOAT;
    }
    return NOT_FINITE.matcher(s).matches() ? Kind.NOT_FINITE : Kind.STRING;
  }

  /**
   * A core-schema number as JSON number text: {@code 0o17} → {@code 15}, {@code 0x1F} → {@code
   * 31}, {@code +12.5} → {@code 12.5}, {@code .5} → {@code 0.5}, {@code 017} → {@code 17}, {@code
   * 1.} → {@code 1}; {@code -0} and {@code -0.0} keep their sign.
   */
  static String jsonNumber(String s, Kind kind) {
    if (kind == Kind.INTEGER && s.startsWith("0o")) {
      return new BigInteger(s.substring(2), 8).toString();
    }
    if (kind == Kind.INTEGER && s.startsWith("0x")) {
      return new BigInteger(s.substring(2), 16).toString();
    }
    StringBuilder b = new StringBuilder(s.length() + 1);
    int i = 0;
    if (s.charAt(0) == '-' || s.charAt(0) == '+') {
      if (s.charAt(0) == '-') {
        b.append('-');
      }
      i++;
    }
    int digits = i;
    while (digits < s.length() - 1 && s.charAt(digits) == '0'
        && Character.isDigit(s.charAt(digits + 1))) {
      digits++; // leading zeros: JSON has none
    }
    if (digits == s.length() || s.charAt(digits) == '.') {
      b.append('0'); // .5 → 0.5
    }
    String rest = s.substring(digits);
    int point = rest.indexOf('.');
    if (point >= 0 && (point + 1 == rest.length() || !Character.isDigit(rest.charAt(point + 1)))) {
      rest = rest.substring(0, point) + rest.substring(point + 1); // 1. → 1, 1.e3 → 1e3
    }
    return b.append(rest).toString();
  }
}
