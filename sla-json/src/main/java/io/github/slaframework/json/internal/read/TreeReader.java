package io.github.slaframework.json.internal.read;

import io.github.slaframework.core.report.FindingCodes;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;

/**
 * Parses JSON or YAML with Jackson's streaming parser into a located {@link Node} tree: the same
 * code for both formats. Explicit limits (nesting depth, string, name and number length, document
 * length, token count) are enforced by Jackson's {@link StreamReadConstraints} and reported as
 * {@code LIMIT}; malformed text is {@code SYNTAX}; a field repeated in one object is reported as
 * {@code DUPLICATE_KEY} (the first is kept and reading goes on); anything after the root value is
 * {@code SYNTAX}. Immutable and thread-safe: the factories are built once.
 */
public final class TreeReader {

  /** Objects up to this size are checked for duplicate names by a linear scan. */
  private static final int LINEAR_SCAN = 12;

  /** Jackson messages quote at most this many characters of input. */
  private static final int ERROR_TOKEN_LENGTH = 32;

  private final JsonFactory json;
  private final StreamReadConstraints constraints;
  private final ErrorReportConfiguration errors;
  private final long maxDocumentLength;
  /**
   * Built on first YAML read: a JSON-only caller (the command line, mostly) never loads YAML,
   * and JSON works without the YAML jars. Typed by the core interface for the same reason.
   */
  private volatile TokenStreamFactory yaml;
  private final int maxDepth;

  /**
   * Opens a parser on an input.
   */
  @FunctionalInterface
  public interface Source {
    /** Opens the parser. */
    JsonParser open(TokenStreamFactory factory);
  }

  /**
   * A reader with limits.
   *
   * @param maxDocumentLength bytes or characters of the document
   */
  public TreeReader(int maxDepth, int maxStringLength, int maxNameLength, int maxNumberLength,
      long maxDocumentLength, long maxTokenCount) {
    this.maxDepth = maxDepth;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            .maxNestingDepth(maxDepth)
            .maxStringLength(maxStringLength)
            .maxNameLength(maxNameLength)
            .maxNumberLength(maxNumberLength)
            .maxDocumentLength(maxDocumentLength)
            .maxTokenCount(maxTokenCount)
            .build();
    ErrorReportConfiguration errors =
        ErrorReportConfiguration.builder()
            .maxErrorTokenLength(ERROR_TOKEN_LENGTH)
            .maxRawContentLength(ERROR_TOKEN_LENGTH)
            .build();
    this.json =
        JsonFactory.builder()
            .enable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
            .streamReadConstraints(constraints)
            .errorReportConfiguration(errors)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    this.constraints = constraints;
    this.errors = errors;
    this.maxDocumentLength = maxDocumentLength;
  }

  /**
   * The JSON factory, set up with this reader's limits: for benchmarks that measure the parser
   * as the reader uses it.
   *
   * @return the factory, immutable
   */
  public JsonFactory jsonFactory() {
    return json;
  }

  private TokenStreamFactory yaml() {
    TokenStreamFactory factory = yaml;
    if (factory == null) {
      // A race builds two equal factories at worst; both are immutable and either may be kept.
      factory = YamlSupport.factory(constraints, errors, maxDocumentLength);
      yaml = factory;
    }
    return factory;
  }

  /** The message of a YAML document read without the YAML jars. */
  public static final String YAML_MISSING =
      "YAML support needs the jackson-dataformat-yaml jar (tools.jackson.dataformat:"
          + "jackson-dataformat-yaml, with snakeyaml-engine) on the class or module path; "
          + "add it, or convert the document to JSON";

  /**
   * Whether the optional YAML jars are there; looked up once. Here, not in {@link YamlSupport}:
   * loading that class would load the YAML classes it names.
   */
  private static final class Yaml {
    static final boolean PRESENT = isPresent();

    /**
     * Whether the YAML classes can be loaded: on the class path, or resolved modules on the
     * module path (this module requires them {@code static}, so it reads them only when
     * something else resolved them).
     */
    private static boolean isPresent() {
      ClassLoader loader = TreeReader.class.getClassLoader();
      try {
        Class.forName("tools.jackson.dataformat.yaml.YAMLFactory", false, loader);
        Class.forName("org.snakeyaml.engine.v2.api.LoadSettings", false, loader);
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    }
  }

  /**
   * Parses a YAML document held as text, resolving plain scalars by the YAML 1.2 core schema
   * ({@code ~} and {@code Null} are null, {@code True} is true, {@code 0o17} and {@code .5} are
   * numbers, {@code yes} and {@code on} are strings); without the YAML jars, one {@code SYNTAX}
   * finding says so.
   *
   * @return the root node, or null when the document is not well-formed or exceeds a limit
   */
  public Node readYaml(String text, Problems problems) {
    return read(f -> f.createParser(ObjectReadContext.empty(), text), true, text, problems);
  }

  /**
   * Parses a document.
   *
   * @return the root node, or null when the document is not well-formed or exceeds a limit
   */
  public Node read(Source source, boolean isYaml, Problems problems) {
    return read(source, isYaml, null, problems);
  }

  private Node read(Source source, boolean isYaml, String text, Problems problems) {
    if (isYaml && !Yaml.PRESENT) {
      problems.error(FindingCodes.SYNTAX, "", 1, 1, YAML_MISSING);
      return null;
    }
    Parse parse = new Parse(problems, maxDepth, !isYaml, isYaml, text);
    JsonParser parser = null;
    try {
      parser = source.open(isYaml ? yaml() : json);
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.error(FindingCodes.SYNTAX, "", 1, 1, "the document is empty");
        return null;
      }
      Node root = parse.value(parser, first, 0);
      if (parser.nextToken() != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        problems.error(FindingCodes.SYNTAX, "", line(at), column(at),
            "unexpected content after the document's root value");
        return null;
      }
      return root;
    } catch (StreamConstraintsException e) {
      TokenStreamLocation at = located(e, parser);
      problems.error(FindingCodes.LIMIT, parse.pointer(), line(at), column(at),
          SyntaxMessages.limit(e));
      return null;
    } catch (JacksonIOException e) {
      // The input is in memory: the only I/O failure left is text that is not valid UTF-8.
      TokenStreamLocation at = located(e, parser);
      problems.error(FindingCodes.SYNTAX, parse.pointer(), line(at), column(at),
          "the document is not valid UTF-8 text: " + SyntaxMessages.of(e));
      return null;
    } catch (JacksonException e) {
      TokenStreamLocation at = located(e, parser);
      problems.error(FindingCodes.SYNTAX, parse.pointer(), line(at), column(at),
          SyntaxMessages.of(e));
      return null;
    } catch (TooDeep e) {
      problems.error(FindingCodes.LIMIT, parse.pointer(), e.line, e.column,
          "the document is nested deeper than " + maxDepth + " levels");
      return null;
    } catch (RuntimeException e) {
      // The YAML library reports some malformed input with its own unchecked exceptions.
      if (!isYaml) {
        throw e;
      }
      TokenStreamLocation at = located(null, parser);
      problems.error(FindingCodes.SYNTAX, parse.pointer(), line(at), column(at),
          "not well-formed YAML: "
              + Text.excerpt(SyntaxMessages.firstLine(String.valueOf(e.getMessage())), 80));
      return null;
    } finally {
      close(parser);
    }
  }

  private static TokenStreamLocation located(JacksonException e, JsonParser parser) {
    TokenStreamLocation at = e == null ? null : e.getLocation();
    if ((at == null || at.getLineNr() < 1) && parser != null) {
      try {
        at = parser.currentLocation();
      } catch (RuntimeException ignored) {
        // no location then: the finding is still reported
        at = null;
      }
    }
    return at;
  }

  private static void close(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (JacksonException ignored) {
        // the input is in memory; nothing is left open
        return;
      }
    }
  }

  private static int line(TokenStreamLocation at) {
    return at == null || at.getLineNr() < 1 ? 0 : at.getLineNr();
  }

  private static int column(TokenStreamLocation at) {
    return at == null || at.getColumnNr() < 1 ? 0 : at.getColumnNr();
  }

  /** Nesting beyond the limit (a second guard behind Jackson's own). */
  private static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;

    TooDeep(int line, int column) {
      super(null, null, false, false);
      this.line = line;
      this.column = column;
    }
  }

  /** The state of one parse: the path to the current value, for pointers in findings. */
  private static final class Parse {
    private final Problems problems;
    private final int maxDepth;
    private final boolean interned;
    /** The path to the value being read. */
    private final Pointer path = Pointer.root();
    private final String[][] nameScratch;
    private final Node[][] valueScratch;
    /** Whether this is YAML, whose plain scalars the core schema resolves. */
    private final boolean yaml;
    /** The YAML text, to tell a plain scalar from a quoted one; null when not at hand. */
    private final String text;
    /** Where each line of {@link #text} starts; built on first need. */
    private int[] lineStarts;

    Parse(Problems problems, int maxDepth, boolean interned, boolean yaml, String text) {
      this.problems = problems;
      this.maxDepth = maxDepth;
      this.interned = interned;
      this.yaml = yaml;
      this.text = text;
      this.nameScratch = new String[maxDepth + 2][];
      this.valueScratch = new Node[maxDepth + 2][];
    }

    /** The pointer to the value being read. */
    String pointer() {
      return path.toString();
    }

    Node value(JsonParser p, JsonToken t, int level) {
      TokenStreamLocation at = p.currentTokenLocation();
      int line = at.getLineNr();
      int column = at.getColumnNr();
      switch (t) {
        case START_OBJECT:
          return object(p, new Node(Node.OBJECT, line, column, null, false), level);
        case START_ARRAY:
          return array(p, new Node(Node.ARRAY, line, column, null, false), level);
        case VALUE_STRING:
          if (yaml) {
            if (YamlSupport.isAlias(p)) {
              // The YAML parser gives an alias (*name) as the anchor's name, not the value it
              // stands for: refused, so that no value is silently replaced by a name.
              problems.error(FindingCodes.INVALID_VALUE, pointer(), line, column,
                  "YAML aliases (*name) are not supported; write the value out");
            } else {
              Node resolved = coreSchema(p, p.getString(), line, column);
              if (resolved != null) {
                return resolved;
              }
            }
          }
          return new Node(Node.STRING, line, column, p.getString(), false);
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          if (yaml && YamlSupport.kind(p.getString()) == YamlSupport.Kind.NOT_FINITE) {
            return notFinite(p.getString(), line, column);
          }
          return number(p, t, line, column);
        case VALUE_TRUE:
          return new Node(Node.BOOLEAN, line, column, "true", false);
        case VALUE_FALSE:
          return new Node(Node.BOOLEAN, line, column, "false", false);
        case VALUE_NULL:
          return new Node(Node.NULL, line, column, null, false);
        default:
          // YAML binary and other embedded values are read as their text.
          return new Node(Node.STRING, line, column, String.valueOf(p.getString()), false);
      }
    }

    /**
     * The YAML 1.2 core schema's reading of a scalar the YAML parser gave as a string, or null
     * when it is a string: only a plain scalar (not quoted, no tag, not a block) is resolved.
     */
    private Node coreSchema(JsonParser p, String s, int line, int column) {
      YamlSupport.Kind kind = YamlSupport.kind(s);
      if (kind == YamlSupport.Kind.STRING || YamlSupport.isTagged(p) || !isPlain(line, column)) {
        return null;
      }
      switch (kind) {
        case NULL:
          return new Node(Node.NULL, line, column, null, false);
        case BOOLEAN:
          return new Node(Node.BOOLEAN, line, column,
              Character.toLowerCase(s.charAt(0)) == 't' ? "true" : "false", false);
        case NOT_FINITE:
          return notFinite(s, line, column);
        default:
          return new Node(Node.NUMBER, line, column, YamlSupport.jsonNumber(s, kind),
              kind == YamlSupport.Kind.INTEGER);
      }
    }

    /** {@code .inf} and {@code .nan}: numbers in YAML that no field of the format can hold. */
    private Node notFinite(String s, int line, int column) {
      problems.error(FindingCodes.INVALID_VALUE, pointer(), line, column,
          "the YAML number " + Text.quote(s) + " is not finite; the format holds finite numbers"
              + " only");
      // A null for the model, keeping its text so that the document hash refuses it rather than
      // hashing the file as if it held null (format 1.1 section 6).
      return new Node(Node.NULL, line, column, s, false);
    }

    /**
     * Whether the scalar at a line and column (1-based, in code points as the YAML parser counts)
     * is written plain: not quoted and not a block scalar. Without the text, nothing is resolved.
     */
    private boolean isPlain(int line, int column) {
      if (text == null || line < 1 || column < 1) {
        return false;
      }
      if (lineStarts == null) {
        lineStarts = lineStarts(text);
      }
      if (line > lineStarts.length) {
        return false;
      }
      int at;
      try {
        at = text.offsetByCodePoints(lineStarts[line - 1], column - 1);
      } catch (IndexOutOfBoundsException e) {
        return false;
      }
      if (at < text.length() && text.charAt(at) == '&') { // an anchor before the value
        while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
          at++;
        }
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
          at++;
        }
      }
      return at < text.length() && "'\"|>!".indexOf(text.charAt(at)) < 0;
    }

    private static int[] lineStarts(String text) {
      int lines = 1;
      for (int i = 0; i < text.length(); i++) {
        if (isLineBreak(text, i)) {
          lines++;
        }
      }
      int[] starts = new int[lines];
      int line = 1;
      for (int i = 0; i < text.length(); i++) {
        if (isLineBreak(text, i)) {
          starts[line++] = i + 1;
        }
      }
      return starts;
    }

    /** A YAML line break: LF, or a CR not followed by LF (CR LF counts once, at its LF). */
    private static boolean isLineBreak(String text, int i) {
      char c = text.charAt(i);
      return c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
    }

    private Node number(JsonParser p, JsonToken t, int line, int column) {
      String text = p.getString();
      if (!isPlainNumber(text)) {
        // YAML spellings such as 0x1F, 1_000 or .inf: normalise, or keep as text.
        try {
          text = t == JsonToken.VALUE_NUMBER_INT
              ? p.getBigIntegerValue().toString()
              : p.getDecimalValue().toString();
        } catch (JacksonException | NumberFormatException e) {
          return new Node(Node.STRING, line, column, text, false);
        }
      }
      return new Node(Node.NUMBER, line, column, text, t == JsonToken.VALUE_NUMBER_INT);
    }

    private static boolean isPlainNumber(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!((c >= '0' && c <= '9') || c == '-' || c == '.' || c == 'e' || c == 'E'
            || c == '+')) {
          return false;
        }
      }
      return !s.isEmpty();
    }

    private void enter(JsonParser p, int level) {
      if (level >= maxDepth) {
        TokenStreamLocation at = p.currentTokenLocation();
        throw new TooDeep(Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()));
      }
    }

    private Node object(JsonParser p, Node node, int level) {
      enter(p, level);
      // Members gather in a scratch row per level, reused by every object at that level, and
      // the node gets arrays of the exact size once: no growing and copying per object.
      String[] ns = nameScratch[level];
      Node[] vs = valueScratch[level];
      if (ns == null) {
        ns = nameScratch[level] = new String[8];
        vs = valueScratch[level] = new Node[8];
      }
      int size = 0;
      Set<String> seen = null;
      // A bit per name hash (mod 64): a name whose bit is not set yet is new for sure, so the
      // scan for a duplicate runs only on the rare name that shares a bit with an earlier one.
      long hashBits = 0;
      String name;
      // nextName(): the JSON parsers' fast path for a member name (no token dispatch)
      while ((name = p.nextName()) != null) {
        boolean duplicate;
        long bit = 1L << (name.hashCode() & 63); // names are canonical: their hash is cached
        if ((hashBits & bit) == 0) {
          duplicate = false;
          if (seen != null) {
            seen.add(name);
          }
        } else if (size < LINEAR_SCAN) {
          duplicate = false;
          for (int i = 0; i < size; i++) {
            String other = ns[i];
            // JSON names are interned (identity is equality); YAML names are not
            if (other == name || (!interned && other.equals(name))) {
              duplicate = true;
              break;
            }
          }
        } else {
          if (seen == null) {
            seen = new HashSet<>();
            for (int i = 0; i < size; i++) {
              seen.add(ns[i]);
            }
          }
          duplicate = !seen.add(name);
        }
        hashBits |= bit;
        path.push(name);
        if (duplicate) {
          TokenStreamLocation where = p.currentTokenLocation();
          problems.error(FindingCodes.DUPLICATE_KEY, pointer(), where.getLineNr(),
              where.getColumnNr(),
              "field " + Text.quote(name) + " appears more than once; the first is kept");
          p.nextToken();
          p.skipChildren();
        } else {
          Node child = value(p, p.nextToken(), level + 1);
          // Each row grows on its own: an array at this level grows the value row alone.
          if (size == ns.length) {
            ns = nameScratch[level] = Arrays.copyOf(ns, size * 2);
          }
          if (size == vs.length) {
            vs = valueScratch[level] = Arrays.copyOf(vs, size * 2);
          }
          ns[size] = name;
          vs[size++] = child;
        }
        path.pop();
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw new IllegalStateException("unexpected token in object: " + p.currentToken());
      }
      String[] names = new String[size];
      Node[] values = new Node[size];
      // Copied by hand: Arrays.copyOf of a typed array makes it reflectively, a native call per
      // object and array of every document in C1-compiled code.
      System.arraycopy(ns, 0, names, 0, size);
      System.arraycopy(vs, 0, values, 0, size);
      node.members(names, values);
      return node;
    }

    private Node array(JsonParser p, Node node, int level) {
      enter(p, level);
      Node[] vs = valueScratch[level];
      if (vs == null) {
        nameScratch[level] = new String[8];
        vs = valueScratch[level] = new Node[8];
      }
      JsonToken t;
      int size = 0;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new IllegalStateException("unexpected end of input in array");
        }
        path.push(size);
        Node child = value(p, t, level + 1);
        path.pop();
        if (size == vs.length) {
          vs = valueScratch[level] = Arrays.copyOf(vs, size * 2);
        }
        vs[size++] = child;
      }
      Node[] values = new Node[size];
      System.arraycopy(vs, 0, values, 0, size);
      node.members(null, values);
      return node;
    }
  }
}
