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

  /**
   * A map over a tree.
   *
   * @param root the document's root node, never null
   */
  public TreeSourceMap(Node root) {
    this.root = root;
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
