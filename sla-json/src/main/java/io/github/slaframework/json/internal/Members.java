package io.github.slaframework.json.internal;

import io.github.slaframework.core.Extensible;
import io.github.slaframework.core.value.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonToken;

/**
 * The members of one JSON object on the fast read path (see {@link Cursor}), as a table sees
 * them: {@link #next()} moves the cursor to the value of the next member that has a field and
 * answers the field's index, having dealt with everything that is not a field's value itself.
 * {@code x-} members are collected, an optional field's {@code null} is left out, and anything
 * the located-tree path would report (an unknown or repeated name, a required field null or
 * missing) bails.
 *
 * <p>One object, one thread; not reused.
 */
final class Members {

  private final ObjectSpec<?, ?> spec;
  private final Cursor in;
  /** The first member's name while the cursor is still on its value, else null. */
  private String first;
  private boolean started;
  /** A bit per field seen: tables have at most 64 fields. */
  private long seen;
  /** Where the next member's field is looked for first. */
  private int next;
  private Map<String, JsonValue> extensions;

  /**
   * The members of an object whose first member's name was read, the cursor on its value.
   *
   * @param spec the object's table
   * @param in the cursor
   * @param first the first member's name, or null for an empty object
   */
  Members(ObjectSpec<?, ?> spec, Cursor in, String first) {
    this.spec = spec;
    this.in = in;
    this.first = first;
  }

  /**
   * Opens the object the cursor is on, as {@link #Members}' {@code first} wants it.
   *
   * @param in the cursor, on the object's first token
   * @return the first member's name, the cursor on its value; null for an empty object
   * @throws Cursor.Bail when the value is not an object
   */
  static String open(Cursor in) {
    if (in.token() != JsonToken.START_OBJECT) {
      throw Cursor.BAIL;
    }
    String first = in.nextName();
    if (first != null) {
      in.nextValue();
    }
    return first;
  }

  /**
   * Moves to the next member's value that is to be bound.
   *
   * @return the index of its field in the table, or {@code -1} at the end of the object
   * @throws Cursor.Bail when the object has something to report
   */
  int next() {
    while (true) {
      String member;
      if (!started) {
        started = true;
        member = first;
        first = null;
      } else {
        member = in.nextName();
        if (member != null) {
          in.nextValue();
        }
      }
      if (member == null) {
        if ((seen & spec.requiredBits()) != spec.requiredBits()) {
          throw Cursor.BAIL; // a required field is missing
        }
        return -1;
      }
      int index = spec.index(member, next);
      ObjectSpec.Field<?, ?> field = spec.field(member, index);
      if (field == null) {
        extension(member);
        continue;
      }
      next = index >= 0 ? index + 1 : next;
      long bit = 1L << field.index;
      if ((seen & bit) != 0) {
        throw Cursor.BAIL; // a duplicate name
      }
      seen |= bit;
      if (in.token() == JsonToken.VALUE_NULL && !field.nullable) {
        if (field.required) {
          throw Cursor.BAIL;
        }
        continue; // an optional field may be null: left out
      }
      return field.index;
    }
  }

  private void extension(String member) {
    if (!spec.extensible() || !Extensible.isExtensionName(member)) {
      throw Cursor.BAIL; // an unknown field
    }
    if (extensions == null) {
      extensions = new LinkedHashMap<>();
    }
    if (extensions.put(member, Codecs.streamJsonValue(in)) != null) {
      throw Cursor.BAIL; // a duplicate name
    }
  }

  /**
   * The {@code x-} members read, once {@link #next()} answered {@code -1}.
   *
   * @return the members in document order, or null when there were none
   */
  Map<String, JsonValue> extensions() {
    return extensions;
  }

  /**
   * Checks that an array field's value is an array.
   *
   * @param in the cursor, on the value's first token
   * @throws Cursor.Bail when it is not
   */
  static void array(Cursor in) {
    if (in.token() != JsonToken.START_ARRAY) {
      throw Cursor.BAIL;
    }
  }

  /**
   * Moves to an array's next element.
   *
   * @param in the cursor
   * @param nullable whether the elements' codec takes {@code null}
   * @return {@code true} on an element to bind, {@code false} at the array's end
   * @throws Cursor.Bail on a null element the codec does not take
   */
  static boolean element(Cursor in, boolean nullable) {
    JsonToken t = in.nextElement();
    if (t == JsonToken.END_ARRAY) {
      return false;
    }
    if (t == JsonToken.VALUE_NULL && !nullable) {
      throw Cursor.BAIL;
    }
    return true;
  }
}
