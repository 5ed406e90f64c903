package io.github.slaframework.json;

import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.internal.read.Node;
import io.github.slaframework.json.internal.read.Pointer;
import io.github.slaframework.json.internal.read.Problems;
import io.github.slaframework.json.internal.read.TreeReader;
import io.github.slaframework.json.internal.spec.Codecs;
import tools.jackson.core.ObjectReadContext;

/** Parses plain JSON in tests through the module's own located tree. */
final class Json {

  private static final TreeReader READER = new TreeReader(64, 1 << 20, 1000, 100, 1 << 24, 1 << 22);

  private Json() {}

  static JsonValue parse(String json) {
    Problems problems = new Problems(10);
    Node root = READER.read(f -> f.createParser(ObjectReadContext.empty(), json), false, problems);
    if (root == null) {
      throw new IllegalArgumentException("not JSON: " + problems.findings());
    }
    JsonValue value = Codecs.toJsonValue(root, problems, Pointer.root());
    if (value == null) {
      throw new IllegalArgumentException("a number out of range: " + problems.findings());
    }
    return value;
  }
}
