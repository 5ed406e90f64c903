package io.github.slaframework.json.internal.spec;

import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.value.JsonValue;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects the fields of a table in canonical order. A table of an Immutables model names its
 * fields only: the getter {@code name()} of the model type and the builder's setter are found by
 * the JSON name when the table is built ({@link Accessor}); a table of another model (conditions)
 * gives the functions.
 */
public final class ObjectSpecBuilder<T, B> {
  final String name;
  /** The model type whose getters are found by name. */
  private final Class<T> type;
  /** The builder type whose setters are found by name, or null when the table gives functions. */
  private final Class<B> builderType;
  /** Its public methods, where setters are looked for. */
  private Method[] builderMethods;
  final Supplier<B> newBuilder;
  final Function<B, ? extends T> build;
  final List<Field<T, B>> fields = new ArrayList<>();
  Function<T, Map<String, JsonValue>> getExtensions;
  BiConsumer<B, Map<String, JsonValue>> setExtensions;
  String invalidMessage = "the object is not valid";
  ObjectCheck<T> check;
  String description;

  ObjectSpecBuilder(String name, Class<T> type, Class<B> builderType, Supplier<B> newBuilder,
      Function<B, ? extends T> build) {
    this.name = name;
    this.type = type;
    this.builderType = builderType;
    this.newBuilder = newBuilder;
    this.build = build;
  }

  private ObjectSpecBuilder<T, B> add(Field<T, B> field) {
    field.index = fields.size();
    fields.add(field);
    return this;
  }

  /**
   * A required field: the getter {@code name()} and the builder's {@code name(value)}.
   *
   * @param name the JSON name, also the getter's and the setter's
   */
  public <V> ObjectSpecBuilder<T, B> required(String name, Codec<V> codec) {
    return add(value(name, true, FindingCodes.REQUIRED, codec));
  }

  /** A required field of a table that gives its functions. */
  public <V> ObjectSpecBuilder<T, B> required(
      String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
    return add(new Fields.ValueField<>(name, true, FindingCodes.REQUIRED, codec, get, set));
  }

  /**
   * The required {@code formatVersion} field: missing or another major is {@code
   * FORMAT_VERSION}.
   */
  public ObjectSpecBuilder<T, B> formatVersion() {
    return formatVersion(Codecs.FORMAT_VERSION);
  }

  /** The required {@code formatVersion} field with its codec. */
  public ObjectSpecBuilder<T, B> formatVersion(Codec<String> codec) {
    return add(value("formatVersion", true, FindingCodes.FORMAT_VERSION, codec));
  }

  /**
   * Marks the field added last as added by format 1.1: a format 1.0 document that has it gets
   * the {@code UNKNOWN_FIELD} format 1.0 gives.
   */
  public ObjectSpecBuilder<T, B> addedIn11() {
    fields.get(fields.size() - 1).sinceMinor = 1;
    return this;
  }

  /**
   * Gives the field added last the name it had before a format version renamed it: still read,
   * with an INFO {@code DEPRECATED_FIELD} in a document of format 1.1 or later; both names in
   * one object are a {@code DUPLICATE_KEY} at the second.
   */
  public ObjectSpecBuilder<T, B> formerName(String formerName) {
    fields.get(fields.size() - 1).formerName = formerName;
    return this;
  }

  /** A check of the object built, for what no single field's codec can see. */
  public ObjectSpecBuilder<T, B> check(ObjectCheck<T> check) {
    this.check = check;
    return this;
  }

  /**
   * An optional field: the getter {@code name()} returns an {@code Optional}, the builder's
   * {@code name(value)} takes what it holds.
   *
   * @param name the JSON name, also the getter's and the setter's
   */
  public <V> ObjectSpecBuilder<T, B> optional(String name, Codec<V> codec) {
    return add(value(name, false, FindingCodes.REQUIRED, codec));
  }

  /**
   * An optional field of a table that gives its functions.
   *
   * @param get the field's value, or null when it is absent
   */
  public <V> ObjectSpecBuilder<T, B> optional(
      String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
    return add(new Fields.ValueField<>(name, false, FindingCodes.REQUIRED, codec, get, set));
  }

  private <V> Field<T, B> value(String field, boolean required, String missingCode,
      Codec<V> codec) {
    String where = where(field);
    Method getter =
        Accessor.getter(where, type, field, required ? Object.class : Optional.class);
    Class<?> value = required ? getter.getReturnType() : Accessor.typeArgument(where, getter);
    return new Fields.ValueField<>(field, required, missingCode, codec,
        Accessor.get(where, getter, !required), setter(where, field, value));
  }

  /**
   * An array field: the getter {@code name()} returns a list, the builder's {@code
   * addName(element)} adds one element (only once every element was read); an optional one is
   * left out when empty, a required one always written.
   *
   * @param name the JSON name, also the getter's
   */
  public <V> ObjectSpecBuilder<T, B> list(String name, boolean required, Codec<V> codec) {
    String where = where(name);
    Method getter = Accessor.getter(where, type, name, List.class);
    return add(new Fields.ListField<T, B, V>(name, required, codec,
        Accessor.get(where, getter, false),
        setter(where, "add" + capitalized(name),
            Accessor.typeArgument(where, getter))));
  }

  /**
   * An optional object field whose members are free names (left out when empty): the getter
   * {@code name()} returns a map, the builder's {@code putAllName(map)} puts the entries.
   *
   * @param name the JSON name, also the getter's
   * @param key turns a member name into a key
   * @param keyName turns a key into a member name
   */
  public <K, V> ObjectSpecBuilder<T, B> map(
      String name, Function<String, K> key, Function<K, String> keyName, Codec<V> codec) {
    String where = where(name);
    return add(new Fields.MapField<T, B, K, V>(name, key, keyName, codec,
        Accessor.get(where, Accessor.getter(where, type, name, Map.class), false),
        setter(where, "putAll" + capitalized(name), Map.class)));
  }

  /**
   * A field whose value is fixed by the type and chosen by the caller before reading (a
   * section's {@code area}); always written first.
   */
  public ObjectSpecBuilder<T, B> constant(String name, String value) {
    return add(new Fields.ConstantField<>(name, value));
  }

  /**
   * Keeps {@code x-} fields: the getter {@code extensions()} and the builder's {@code
   * putAllExtensions(map)}.
   */
  public ObjectSpecBuilder<T, B> extensions() {
    String where = where("x- fields");
    this.getExtensions =
        Accessor.get(where, Accessor.getter(where, type, "extensions", Map.class), false);
    this.setExtensions = setter(where, "putAllExtensions", Map.class);
    return this;
  }

  /** The message when the model refuses the combination of fields read. */
  public ObjectSpecBuilder<T, B> invalid(String message) {
    this.invalidMessage = message;
    return this;
  }

  /** A description for the schema. */
  public ObjectSpecBuilder<T, B> description(String text) {
    this.description = text;
    return this;
  }

  /** The finished table. */
  public ObjectSpec<T, B> build() {
    return new ObjectSpec<>(this);
  }

  private String where(String field) {
    return name + ", field \"" + field + "\"";
  }

  /** The builder's setter {@code name} for a {@code value}; its methods are listed once. */
  private <V> BiConsumer<B, V> setter(String where, String name, Class<?> value) {
    if (builderMethods == null) {
      builderMethods = builderType().getMethods();
    }
    return Accessor.set(where, builderType(), builderMethods, name, value);
  }

  private Class<B> builderType() {
    if (builderType == null) {
      throw new IllegalStateException(
          "format table " + name + ": fields are found by name only with a builder type");
    }
    return builderType;
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
