package io.github.slaframework.json.internal.spec;

import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.internal.read.Node;
import io.github.slaframework.json.internal.read.Pointer;
import io.github.slaframework.json.internal.read.Problems;
import io.github.slaframework.json.internal.schema.SchemaContext;
import io.github.slaframework.json.internal.schema.Schemas;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The kinds of field a table is built of: each reads, writes and describes its value. */
final class Fields {

  private Fields() {}

  /** A field of one value. */
  static final class ValueField<T, B, V> extends Field<T, B> {
    private final Codec<V> codec;
    private final Function<T, V> get;
    private final BiConsumer<B, V> set;

    ValueField(String name, boolean required, String missingCode, Codec<V> codec,
        Function<T, V> get, BiConsumer<B, V> set) {
      super(name, required, missingCode, codec.acceptsNull());
      this.codec = codec;
      this.get = get;
      this.set = set;
    }

    @Override
    void write(T value, Map<String, JsonValue> out) {
      V v = get.apply(value);
      if (v != null) {
        out.put(name, codec.write(v));
      }
    }

    @Override
    boolean writes(T value) {
      return get.apply(value) != null;
    }

    @Override
    boolean read(B builder, Node node, Problems problems, Pointer at) {
      boolean outer = problems.valueRequired(required);
      V v;
      try {
        v = codec.read(node, problems, at);
      } finally {
        problems.valueRequired(outer);
      }
      if (v == null) {
        // Reported already; an optional value may be left out so the rest is still built.
        return !required && problems.skipsUnreadableOptionals();
      }
      set.accept(builder, v);
      return true;
    }

    @Override
    JsonValue schema(SchemaContext context) {
      return codec.schema(context);
    }
  }

  /** An array field: its elements are read one by one and added to the builder. */
  static final class ListField<T, B, V> extends Field<T, B> {
    private final Codec<V> codec;
    private final Function<T, ? extends List<? extends V>> get;
    /** Adds one element. */
    private final BiConsumer<B, V> set;

    ListField(String name, boolean required, Codec<V> codec,
        Function<T, ? extends List<? extends V>> get, BiConsumer<B, V> add) {
      super(name, required, FindingCodes.REQUIRED, false);
      this.codec = codec;
      this.get = get;
      this.set = add;
    }

    @Override
    boolean writes(T value) {
      return required || !get.apply(value).isEmpty();
    }

    @Override
    void write(T value, Map<String, JsonValue> out) {
      List<? extends V> list = get.apply(value);
      if (list.isEmpty() && !required) {
        return;
      }
      List<JsonValue> elements = new ArrayList<>(list.size());
      for (V v : list) {
        elements.add(codec.write(v));
      }
      out.put(name, new JsonValue.JsonArray(elements));
    }

    @Override
    boolean read(B builder, Node node, Problems problems, Pointer at) {
      if (node.type() != Node.ARRAY) {
        problems.typeMismatch(at, node, "an array");
        return false;
      }
      // Elements go straight to the builder: when one fails, the builder is never built.
      boolean ok = true;
      for (int i = 0; i < node.size(); i++) {
        Node element = node.value(i);
        V v;
        at.push(i);
        if (element.type() == Node.NULL && !codec.acceptsNull()) {
          problems.error(FindingCodes.TYPE_MISMATCH, at, element, "an element is null");
          v = null;
        } else {
          boolean outer = problems.valueRequired(false);
          try {
            v = codec.read(element, problems, at);
          } finally {
            problems.valueRequired(outer);
          }
        }
        at.pop();
        if (v == null) {
          // Reported already. A scalar element (an enum value in a list) may be left out: only
          // pointers to later elements of this one list would move, and nothing points there.
          ok &= problems.skipsUnreadableOptionals() && isScalar(element);
        } else if (ok) {
          set.accept(builder, v);
        }
      }
      return ok;
    }

    private static boolean isScalar(Node node) {
      return node.type() != Node.OBJECT && node.type() != Node.ARRAY && node.type() != Node.NULL;
    }

    @Override
    JsonValue schema(SchemaContext context) {
      return Schemas.object("type", "array", "items", codec.schema(context));
    }
  }

  /** An object field whose members are free names, read into a map. */
  static final class MapField<T, B, K, V> extends Field<T, B> {
    private final Function<String, K> key;
    private final Function<K, String> keyName;
    private final Codec<V> codec;
    private final Function<T, ? extends Map<K, V>> get;
    private final BiConsumer<B, Map<K, V>> set;

    MapField(String name, Function<String, K> key, Function<K, String> keyName, Codec<V> codec,
        Function<T, ? extends Map<K, V>> get, BiConsumer<B, Map<K, V>> set) {
      super(name, false, FindingCodes.REQUIRED, false);
      this.key = key;
      this.keyName = keyName;
      this.codec = codec;
      this.get = get;
      this.set = set;
    }

    @Override
    boolean writes(T value) {
      return !get.apply(value).isEmpty();
    }

    @Override
    void write(T value, Map<String, JsonValue> out) {
      Map<K, V> map = get.apply(value);
      if (map.isEmpty()) {
        return;
      }
      Map<String, JsonValue> members = new LinkedHashMap<>();
      for (Map.Entry<K, V> e : map.entrySet()) {
        members.put(keyName.apply(e.getKey()), codec.write(e.getValue()));
      }
      out.put(name, new JsonValue.JsonObject(members));
    }

    @Override
    boolean read(B builder, Node node, Problems problems, Pointer at) {
      if (node.type() != Node.OBJECT) {
        problems.typeMismatch(at, node, "an object");
        return false;
      }
      Map<K, V> values = new LinkedHashMap<>();
      boolean ok = true;
      for (int i = 0; i < node.size(); i++) {
        V v;
        at.push(node.name(i));
        if (node.name(i).isBlank()) {
          problems.error(FindingCodes.INVALID_VALUE, at, node.value(i),
              "a blank name is not allowed here");
          v = null;
        } else {
          v = codec.read(node.value(i), problems, at);
        }
        at.pop();
        if (v == null) {
          ok = false;
        } else {
          values.put(key.apply(node.name(i)), v);
        }
      }
      if (ok) {
        set.accept(builder, Collections.unmodifiableMap(values));
      }
      return ok;
    }

    @Override
    JsonValue schema(SchemaContext context) {
      return Schemas.object(
          "type", "object",
          "propertyNames", Schemas.object("minLength", 1, "pattern", "\\S"),
          "additionalProperties", codec.schema(context));
    }
  }

  /** A field whose value is fixed by the type (a section's {@code area}). */
  static final class ConstantField<T, B> extends Field<T, B> {
    private final String value;

    ConstantField(String name, String value) {
      super(name, true, FindingCodes.REQUIRED, false);
      this.value = value;
    }

    @Override
    void write(T object, Map<String, JsonValue> out) {
      out.put(name, JsonValue.of(value));
    }

    @Override
    boolean writes(T object) {
      return true;
    }

    @Override
    boolean read(B builder, Node node, Problems problems, Pointer at) {
      return true; // checked by the caller that chose this table
    }

    @Override
    JsonValue schema(SchemaContext context) {
      return Schemas.object("const", value);
    }
  }
}
