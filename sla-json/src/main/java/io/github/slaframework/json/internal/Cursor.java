package io.github.slaframework.json.internal;

import io.github.slaframework.core.report.SourceLocation;
import io.github.slaframework.core.report.SourceMap;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * The token stream of one JSON document as the fast read path sees it: the codecs bind the model
 * straight from the tokens (no tree in between), while the cursor records where every value
 * starts in a flat table, the {@link #sourceMap() source map} of the result.
 *
 * <p>The fast path only ever answers for a document that has nothing to report. At the first sign
 * of a problem (a type, a missing or unknown field, a duplicate name, a value the model refuses,
 * malformed text, a limit) a codec throws {@link #BAIL}, and the reader reads the document again
 * on the located-tree path, which reports every problem exactly. So no codec on this path builds
 * a finding, a pointer or a message, and a document's findings never depend on which path ran.
 *
 * <p>The table holds, per value in document order: its kind, its member name (null for an array
 * element and the root), the index just past its last descendant (recorded for containers only:
 * a scalar's is its own index plus one), and its line and column. A JSON Pointer is resolved by
 * walking it from the root, skipping siblings by that index. One cursor reads one document on one
 * thread; the source map it leaves is immutable.
 */
public final class Cursor {

  /**
   * Thrown by a codec on the fast path when the document has something to report: the reader
   * falls back to the located-tree path. Preallocated, without a stack trace.
   */
  public static final Bail BAIL = new Bail();

  /** Bytes or characters per value that the table is first sized for (pretty-printed text). */
  private static final int BYTES_PER_VALUE = 32;

  /*
   * A value's position packs its kind (bits 62-63: 0 for a scalar), line (bits 31-61) and
   * column (bits 0-30) into one long.
   */
  private static final long OBJECT = 1L << 62;
  private static final long ARRAY = 2L << 62;
  private static final long KIND = 3L << 62;
  private static final int LINE_SHIFT = 31;
  private static final long INT31 = Integer.MAX_VALUE;

  /** Objects up to this size are checked for duplicate names by a linear scan. */
  private static final int SCAN = 12;

  private final JsonParser parser;
  private final int maxDepth;
  private JsonToken token;
  private String name;

  private int count;
  private String[] names;
  private int[] ends;
  private long[] positions;

  /** Indexes of the open containers, innermost last. */
  private int[] open = new int[16];
  private int depth;

  /**
   * A cursor before the first token.
   *
   * @param parser a JSON parser over the document
   * @param maxDepth the nesting limit (a container deeper than this bails)
   * @param length the document's length in bytes or characters, to size the table: a
   *     pretty-printed document then needs no growing
   */
  public Cursor(JsonParser parser, int maxDepth, int length) {
    this.parser = parser;
    this.maxDepth = maxDepth;
    int size = Math.max(16, Math.min(1 << 20, length / BYTES_PER_VALUE));
    this.names = new String[size];
    this.ends = new int[size];
    this.positions = new long[size];
  }

  /**
   * Moves to the root value.
   *
   * @return the root value's first token
   * @throws Bail when the document is empty
   */
  public JsonToken root() {
    token = parser.nextToken();
    if (token == null) {
      throw BAIL;
    }
    record(null);
    return token;
  }

  /**
   * Checks that nothing follows the root value.
   *
   * @throws Bail when something does
   */
  public void end() {
    if (parser.nextToken() != null) {
      throw BAIL;
    }
  }

  /**
   * The current token: the first token of the value being bound.
   *
   * @return the token
   */
  public JsonToken token() {
    return token;
  }

  /**
   * The next member name of the object whose start (or previous member value) was the last token.
   *
   * @return the name, or null at the object's end (which closes it)
   */
  public String nextName() {
    String n = parser.nextName();
    if (n == null) {
      if (parser.currentToken() != JsonToken.END_OBJECT) {
        throw BAIL;
      }
      close();
    }
    name = n;
    return n;
  }

  /**
   * Moves to the value of the member whose name {@link #nextName()} returned.
   *
   * @return the value's first token
   */
  public JsonToken nextValue() {
    token = parser.nextToken();
    record(name);
    return token;
  }

  /**
   * Moves to the next element of the array whose start (or previous element) was the last token.
   *
   * @return the element's first token, or {@link JsonToken#END_ARRAY} at the end (which closes
   *     the array)
   */
  public JsonToken nextElement() {
    JsonToken t = parser.nextToken();
    if (t == JsonToken.END_ARRAY) {
      close();
      return t;
    }
    token = t;
    record(null);
    return t;
  }

  /**
   * The current value as a plain string: what {@link Codecs#STRING} binds.
   *
   * @return the string
   * @throws Bail when the value is not a string
   */
  public String string() {
    if (token != JsonToken.VALUE_STRING) {
      throw BAIL;
    }
    return parser.getString();
  }

  /**
   * The text of the current string, number or boolean token.
   *
   * @return the text
   */
  public String text() {
    return parser.getString();
  }

  /**
   * Reads the current value into a tree, recording every value in it: for the codecs that bind
   * from a tree only. Locations in the tree are not set (problems bail, they are never reported
   * from here).
   *
   * @return the value as a tree
   */
  public Node node() {
    switch (token) {
      case START_OBJECT: {
        Node node = new Node(Node.OBJECT, 0, 0, null, false);
        String[] ns = new String[8];
        Node[] vs = new Node[8];
        int size = 0;
        Set<String> seen = null;
        String n;
        while ((n = nextName()) != null) {
          if (size == SCAN) {
            seen = new HashSet<>(Arrays.asList(ns).subList(0, size));
          }
          if (seen != null ? !seen.add(n) : contains(ns, size, n)) {
            throw BAIL; // a duplicate name: reported by the tree path
          }
          nextValue();
          Node child = node();
          if (size == ns.length) {
            ns = Arrays.copyOf(ns, size * 2);
            vs = Arrays.copyOf(vs, size * 2);
          }
          ns[size] = n;
          vs[size++] = child;
        }
        node.members(Arrays.copyOf(ns, size), Arrays.copyOf(vs, size));
        return node;
      }
      case START_ARRAY: {
        Node node = new Node(Node.ARRAY, 0, 0, null, false);
        Node[] vs = new Node[8];
        int size = 0;
        while (nextElement() != JsonToken.END_ARRAY) {
          Node child = node();
          if (size == vs.length) {
            vs = Arrays.copyOf(vs, size * 2);
          }
          vs[size++] = child;
        }
        node.members(null, Arrays.copyOf(vs, size));
        return node;
      }
      case VALUE_STRING:
        return new Node(Node.STRING, 0, 0, parser.getString(), false);
      case VALUE_NUMBER_INT:
        return new Node(Node.NUMBER, 0, 0, parser.getString(), true);
      case VALUE_NUMBER_FLOAT:
        return new Node(Node.NUMBER, 0, 0, parser.getString(), false);
      case VALUE_TRUE:
        return new Node(Node.BOOLEAN, 0, 0, "true", false);
      case VALUE_FALSE:
        return new Node(Node.BOOLEAN, 0, 0, "false", false);
      case VALUE_NULL:
        return new Node(Node.NULL, 0, 0, null, false);
      default:
        throw BAIL;
    }
  }

  /**
   * Skips the current value, recording every value in it.
   */
  public void skip() {
    if (token == JsonToken.START_OBJECT) {
      while (nextName() != null) {
        nextValue();
        skip();
      }
    } else if (token == JsonToken.START_ARRAY) {
      while (nextElement() != JsonToken.END_ARRAY) {
        skip();
      }
    }
  }

  private static boolean contains(String[] names, int size, String name) {
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return true;
      }
    }
    return false;
  }

  private void record(String member) {
    int i = count;
    if (i == ends.length) {
      grow();
    }
    JsonToken t = token;
    long kind;
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      if (depth >= maxDepth) {
        throw BAIL;
      }
      if (depth == open.length) {
        open = Arrays.copyOf(open, depth * 2);
      }
      open[depth++] = i;
      kind = t == JsonToken.START_OBJECT ? OBJECT : ARRAY;
    } else if (t == null) {
      throw BAIL;
    } else {
      kind = 0;
    }
    TokenStreamLocation at = parser.currentTokenLocation();
    if (member != null) { // the arrays start out null and 0: a scalar's extent is implicit
      names[i] = member;
    }
    positions[i] = kind | ((long) Math.max(0, at.getLineNr()) << LINE_SHIFT)
        | Math.max(0, at.getColumnNr());
    count = i + 1;
  }

  private void close() {
    int i = open[--depth];
    ends[i] = count;
  }

  private void grow() {
    int n = ends.length * 2;
    names = Arrays.copyOf(names, n);
    ends = Arrays.copyOf(ends, n);
    positions = Arrays.copyOf(positions, n);
  }

  /**
   * The source map of the values recorded: the document's, once the root value was bound.
   *
   * @return the map, immutable
   */
  public SourceMap sourceMap() {
    return new Table(count, names, ends, positions);
  }

  /** The recorded table as a {@link SourceMap}. Immutable; the cursor hands its arrays over. */
  private static final class Table implements SourceMap {
    private final int count;
    private final String[] names;
    private final int[] ends;
    private final long[] positions;

    Table(int count, String[] names, int[] ends, long[] positions) {
      this.count = count;
      this.names = names;
      this.ends = ends;
      this.positions = positions;
    }

    @Override
    public Optional<SourceLocation> locate(String pointer) {
      int i = resolve(pointer);
      if (i < 0) {
        return Optional.empty();
      }
      int line = (int) ((positions[i] >>> LINE_SHIFT) & INT31);
      int column = (int) (positions[i] & INT31);
      return line < 1 || column < 1
          ? Optional.empty()
          : Optional.of(new SourceLocation(line, column));
    }

    private int resolve(String pointer) {
      String[] tokens = Pointer.tokens(pointer);
      if (tokens == null || count == 0) {
        return -1;
      }
      int node = 0;
      for (int i = 0; i < tokens.length && node >= 0; i++) {
        node = child(node, tokens[i]);
      }
      return node;
    }

    /** The index just past a value's last descendant: a scalar's is not recorded. */
    private int end(int i) {
      int end = ends[i];
      return end != 0 ? end : i + 1;
    }

    private int child(int node, String token) {
      long kind = positions[node] & KIND;
      if (kind == OBJECT) {
        for (int c = node + 1; c < ends[node]; c = end(c)) {
          if (names[c].equals(token)) {
            return c;
          }
        }
        return -1;
      }
      if (kind == ARRAY) {
        int index = TreeSourceMap.index(token);
        if (index < 0) {
          return -1;
        }
        int c = node + 1;
        for (int k = 0; k < index && c < ends[node]; k++) {
          c = end(c);
        }
        return c < ends[node] ? c : -1;
      }
      return -1;
    }
  }

  /** See {@link #BAIL}. */
  public static final class Bail extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private Bail() {
      super("the document has something to report; read it on the located-tree path", null,
          false, false);
    }
  }
}
