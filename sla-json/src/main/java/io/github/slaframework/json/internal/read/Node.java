package io.github.slaframework.json.internal.read;

/**
 * One value of a parsed document with the line and column where it starts: the lightweight tree a
 * reader binds to the model and answers JSON Pointer look-ups from. Built once by {@link
 * TreeReader}, then never changed, so it may be shared between threads.
 */
public final class Node {

  /** A JSON object. */
  public static final int OBJECT = 1;
  /** A JSON array. */
  public static final int ARRAY = 2;
  /** A JSON string. */
  public static final int STRING = 3;
  /** A JSON number. */
  public static final int NUMBER = 4;
  /** {@code true} or {@code false}. */
  public static final int BOOLEAN = 5;
  /** {@code null}. */
  public static final int NULL = 6;

  private static final String[] NO_NAMES = new String[0];
  private static final Node[] NO_VALUES = new Node[0];

  final int type;
  final int line;
  final int column;
  /** The string, the number's text, or "true"/"false". */
  final String text;
  /** For numbers: written without fraction or exponent. */
  final boolean integral;
  String[] names = NO_NAMES;
  Node[] values = NO_VALUES;
  int size;

  Node(int type, int line, int column, String text, boolean integral) {
    this.type = type;
    this.line = line;
    this.column = column;
    this.text = text;
    this.integral = integral;
  }

  /**
   * The kind of value: {@link #OBJECT}, {@link #ARRAY}, {@link #STRING}, {@link #NUMBER}, {@link
   * #BOOLEAN} or {@link #NULL}.
   */
  public int type() {
    return type;
  }

  /** The 1-based line where the value starts. */
  public int line() {
    return line;
  }

  /** The 1-based column where the value starts. */
  public int column() {
    return column;
  }

  /**
   * Whether a number is written without fraction or exponent.
   *
   * @return {@code true} for an integral number
   */
  public boolean integral() {
    return integral;
  }

  /**
   * The text of a string, number or boolean.
   *
   * @return the text, or null for objects, arrays and null
   */
  public String text() {
    return text;
  }

  /**
   * The number of members or elements.
   *
   * @return the size, 0 for scalars
   */
  public int size() {
    return size;
  }

  /** The name of an object member. */
  public String name(int i) {
    return names[i];
  }

  /** A member value or array element. */
  public Node value(int i) {
    return values[i];
  }

  /**
   * An object's member by name.
   *
   * @return the value, or null when this is no object or has no such member
   */
  public Node member(String name) {
    if (type != OBJECT) {
      return null;
    }
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return values[i];
      }
    }
    return null;
  }

  void members(String[] memberNames, Node[] memberValues) {
    if (memberNames != null) {
      names = memberNames;
    }
    values = memberValues;
    size = memberValues.length;
  }

  /** The value's kind in words, for messages: "an object", "a string", ... */
  public String describe() {
    return describe(type);
  }

  /** A kind of value in words. */
  public static String describe(int type) {
    switch (type) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      default:
        return "null";
    }
  }
}
