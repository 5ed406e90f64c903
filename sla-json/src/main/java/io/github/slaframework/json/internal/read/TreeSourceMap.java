package io.github.slaframework.json.internal.read;

import io.github.slaframework.core.report.SourceLocation;
import io.github.slaframework.core.report.SourceMap;
import io.github.slaframework.core.report.JsonPointer;
import java.nio.charset.StandardCharsets;
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
   * Whether UTF-8 text can decode to a string holding a lone surrogate: only through an escape,
   * a backslash before {@code u} (JSON and YAML) or {@code U} (YAML). The bytes of a surrogate
   * itself ({@code ED A0..BF ..}) are not UTF-8: the JSON parser and the strict decoder before
   * YAML refuse them as malformed (a test pins both), and four-byte sequences decode to whole
   * pairs, which hash. Any such escape answers false, also where it proves harmless (a
   * {@code \u0041}, an escaped backslash before a {@code u}): the caller then checks every
   * string.
   *
   * <p>The bytes are searched through a Latin-1 copy, whose {@code indexOf} the JIT compiles to
   * a vector search: a document without a backslash costs a copy and one search.
   *
   * @param bytes UTF-8 text (the reader refuses UTF-16 and UTF-32 before parsing)
   * @param offset where the text starts, after a byte order mark
   * @return true when no decoded string can hold a lone surrogate
   */
  public static boolean surrogateFree(byte[] bytes, int offset) {
    return surrogateFree(
        new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1));
  }

  /**
   * {@link #surrogateFree(byte[], int)} for a document given as text.
   *
   * @param text the document's text
   * @return true when no decoded string can hold a lone surrogate
   */
  public static boolean surrogateFree(String text) {
    for (int i = text.indexOf('\\'); i >= 0 && i + 1 < text.length();
        i = text.indexOf('\\', i + 2)) {
      char next = text.charAt(i + 1);
      if (next == 'u' || next == 'U') {
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

  /**
   * Whether a string value of the document (a member's value or an array's element; member
   * names are not searched) contains a text.
   *
   * @param text the text to look for, never null
   * @return true when some string value contains it
   */
  public boolean anyStringContains(String text) {
    return contains(root, text);
  }

  private static boolean contains(Node node, String text) {
    if (node.type == Node.STRING) {
      return node.text.contains(text);
    }
    for (int i = 0; i < node.size; i++) {
      if (contains(node.values[i], text)) {
        return true;
      }
    }
    return false;
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
