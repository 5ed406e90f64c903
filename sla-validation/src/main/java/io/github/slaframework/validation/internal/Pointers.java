package io.github.slaframework.validation.internal;

import java.util.ArrayList;
import java.util.List;

/** RFC 6901 JSON Pointer helpers. */
public final class Pointers {

  private Pointers() {}

  /**
   * A pointer of one more segment.
   *
   * @param base a pointer
   * @param segment an unescaped field name
   * @return the pointer
   */
  public static String child(String base, String segment) {
    return base + "/" + segment.replace("~", "~0").replace("/", "~1");
  }

  /**
   * A pointer of one more index.
   *
   * @param base a pointer
   * @param index an array index
   * @return the pointer
   */
  public static String child(String base, int index) {
    return base + "/" + index;
  }

  /**
   * The unescaped segments of a pointer.
   *
   * @param pointer a pointer, {@code ""} or starting with {@code /}
   * @return the segments
   */
  public static List<String> segments(String pointer) {
    List<String> out = new ArrayList<>();
    if (pointer.isEmpty()) {
      return out;
    }
    for (String s : pointer.substring(1).split("/", -1)) {
      out.add(s.replace("~1", "/").replace("~0", "~"));
    }
    return out;
  }

  /**
   * Whether a pointer is another or lies under it.
   *
   * @param pointer a pointer
   * @param ancestor a possible ancestor
   * @return {@code true} when equal or a descendant
   */
  public static boolean isWithin(String pointer, String ancestor) {
    return pointer.equals(ancestor) || ancestor.isEmpty() || pointer.startsWith(ancestor + "/");
  }
}
