package io.github.slaframework.json.internal.read;

import io.github.slaframework.core.report.SourceLocation;
import io.github.slaframework.core.report.SourceMap;
import io.github.slaframework.core.report.JsonPointer;
import java.util.List;
import java.util.Optional;

/**
 * A {@link SourceMap} backed by the parsed tree: a pointer is resolved by walking the tree, so no
 * map of pointer strings is built while reading. Immutable and thread-safe.
 */
public final class TreeSourceMap implements SourceMap {

  private final Node root;
  private final boolean surrogateFree;

  /**
   * A map over a tree.
   *
   * @param root the document's root node, never null
   */
  public TreeSourceMap(Node root) {
    this(root, false);
  }

  /**
   * A map over a tree whose text is known to hold no surrogate code unit.
   *
   * @param root the document's root node, never null
   * @param surrogateFree true when no string or name of the tree can hold a surrogate (see
   *     {@link #surrogateFree(byte[], int)}); false when that is not known
   */
  public TreeSourceMap(Node root, boolean surrogateFree) {
    this.root = root;
    this.surrogateFree = surrogateFree;
  }

  /**
   * Whether UTF-8 text can decode to a string holding a surrogate code unit, looked for in the
   * bytes in one pass (a surrogate has no other way in): a lead byte {@code 0xED}, which starts
   * every three-byte sequence of U+D000 to U+DFFF, or a backslash before {@code u} or {@code U},
   * the escapes of JSON and YAML (the JSON parser and the strict decoder before YAML refuse the
   * three-byte forms too; the scan does not rely on it). Four-byte sequences decode to whole
   * pairs, which hash. Any
   * such byte answers false, also where it proves harmless (a Hangul syllable, an escaped
   * backslash before a {@code u}): the caller then checks every string as before.
   *
   * @param bytes UTF-8 text (the reader refuses UTF-16 and UTF-32 before parsing)
   * @param offset where the text starts, after a byte order mark
   * @return true when no decoded string can hold a surrogate
   */
  public static boolean surrogateFree(byte[] bytes, int offset) {
    for (int i = offset; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == (byte) 0xED
          || (b == '\\' && i + 1 < bytes.length && (bytes[i + 1] | 0x20) == 'u')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the tree's strings and names are known to hold no surrogate, so that a check for
   * lone surrogates can skip them.
   *
   * @return true when known surrogate-free
   */
  public boolean surrogateFree() {
    return surrogateFree;
  }

  /**
   * The parsed document this map locates in: what the document hash is computed from (the file
   * as read, not the model bound from it).
   *
   * @return the root node, never null
   */
  public Node root() {
    return root;
  }

  @Override
  public Optional<SourceLocation> locate(String pointer) {
    Node node = resolve(pointer);
    if (node == null || node.line < 1 || node.column < 1) {
      return Optional.empty();
    }
    return Optional.of(new SourceLocation(node.line, node.column));
  }

  private Node resolve(String pointer) {
    Optional<List<String>> tokens = JsonPointer.tokens(pointer);
    if (tokens.isEmpty()) {
      return null;
    }
    Node node = root;
    for (int i = 0; i < tokens.get().size() && node != null; i++) {
      node = child(node, tokens.get().get(i));
    }
    return node;
  }

  private static Node child(Node node, String token) {
    if (node.type == Node.OBJECT) {
      return node.member(token);
    }
    if (node.type == Node.ARRAY) {
      int index = index(token);
      return index >= 0 && index < node.size ? node.values[index] : null;
    }
    return null;
  }

  static int index(String token) {
    if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
