package io.github.slaframework.json.internal.spec;

import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.internal.read.Node;
import io.github.slaframework.json.internal.read.Pointer;
import io.github.slaframework.json.internal.read.Problems;
import io.github.slaframework.json.internal.schema.SchemaContext;

/**
 * Converts one kind of model value to and from the document: the unit the format table is built
 * of. Writing, reading and the JSON Schema all come from the same codec, so they cannot drift.
 */
public interface Codec<V> {

  /**
   * The value as a document value.
   *
   * @param value the model value, never null
   */
  JsonValue write(V value);

  /**
   * The model value of a document value, reporting every problem found.
   *
   * @param node the document value, never null
   * @return the model value, or null when it could not be built (problems were reported)
   */
  V read(Node node, Problems problems, Pointer at);

  /** The JSON Schema of the document value. */
  JsonValue schema(SchemaContext context);

  /**
   * Whether a JSON {@code null} is a value of this codec (only for free JSON values).
   *
   * @return {@code true} when null is a value rather than an absent one
   */
  default boolean acceptsNull() {
    return false;
  }
}
