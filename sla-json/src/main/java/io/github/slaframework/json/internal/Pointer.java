package io.github.slaframework.json.internal;

/**
 * A JSON Pointer built segment by segment while binding, turned into text only when a finding
 * needs it, so that binding allocates no pointer strings on the hot path.
 */
public final class Pointer {

  /** The whole document, {@code ""}. */
  public static final Pointer ROOT = new Pointer(null, null, -1);

  private final Pointer parent;
  private final String name;
  private final int index;

  private Pointer(Pointer parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /**
   * The pointer to a member of the object here.
   *
   * @param member the member name
   * @return the child pointer
   */
  public Pointer field(String member) {
    return new Pointer(this, member, -1);
  }

  /**
   * The pointer to an element of the array here.
   *
   * @param i the index
   * @return the child pointer
   */
  public Pointer index(int i) {
    return new Pointer(this, null, i);
  }

  /**
   * Escapes one reference token (RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1}).
   *
   * @param token the token
   * @return the escaped token
   */
  public static String escape(String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return token;
    }
    return token.replace("~", "~0").replace("/", "~1");
  }

  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    append(sb);
    return sb.toString();
  }

  private void append(StringBuilder sb) {
    if (parent == null) {
      return;
    }
    parent.append(sb);
    sb.append('/');
    if (name != null) {
      sb.append(escape(name));
    } else {
      sb.append(index);
    }
  }
}
