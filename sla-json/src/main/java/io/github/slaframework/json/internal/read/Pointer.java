package io.github.slaframework.json.internal.read;

import io.github.slaframework.core.report.JsonPointer;
import java.util.Arrays;

/**
 * The JSON Pointer of the value being bound, kept as a stack of segments that binding pushes and
 * pops as it walks the tree, and turned into text only when a finding needs it: binding allocates
 * nothing per value for its position. One instance per read; not thread-safe.
 */
public final class Pointer {

  private String[] names = new String[16];
  private int[] indexes = new int[16];
  private int depth;

  private Pointer() {}

  /** A pointer at the root of a document, {@code ""}. */
  public static Pointer root() {
    return new Pointer();
  }

  /**
   * Steps into a member of the object here.
   *
   * @return this pointer, now at the member
   */
  public Pointer push(String member) {
    grow();
    names[depth++] = member;
    return this;
  }

  /**
   * Steps into an element of the array here.
   *
   * @return this pointer, now at the element
   */
  public Pointer push(int index) {
    grow();
    names[depth] = null;
    indexes[depth++] = index;
    return this;
  }

  /** Steps back out to the parent. */
  public void pop() {
    names[--depth] = null;
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indexes = Arrays.copyOf(indexes, depth * 2);
    }
  }

  /** The pointer text of the current position, such as {@code /parties/0/name}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append('/');
      if (names[i] != null) {
        sb.append(JsonPointer.escape(names[i]));
      } else {
        sb.append(indexes[i]);
      }
    }
    return sb.toString();
  }
}
