package io.github.slaframework.json.internal;

import io.github.slaframework.core.Extensible;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.value.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import tools.jackson.core.JsonToken;

/**
 * The format table of one object type: its fields in canonical order, each with its name, codec,
 * whether it is required, how to get it from the model and how to set it on a builder. Writing,
 * reading and the JSON Schema are all driven by this one table. Immutable once built.
 *
 * @param <T> the model type
 * @param <B> its builder type
 */
public final class ObjectSpec<T, B> implements Codec<T> {

  private final String name;
  private final Supplier<B> newBuilder;
  private final Function<B, ? extends T> build;
  private final List<Field<T, B>> fields;
  private final Map<String, Field<T, B>> byName;
  private final String[] names;
  private final Field<T, B>[] fieldArray;
  private final Field<T, B>[] required;
  /** A bit per required field. */
  private final long requiredBits;
  private final Function<T, Map<String, JsonValue>> getExtensions;
  private final BiConsumer<B, Map<String, JsonValue>> setExtensions;
  private final String invalidMessage;
  private final String description;

  private ObjectSpec(Builder<T, B> b) {
    this.name = b.name;
    this.newBuilder = b.newBuilder;
    this.build = b.build;
    this.fields = List.copyOf(b.fields);
    Map<String, Field<T, B>> map = new HashMap<>();
    for (Field<T, B> f : fields) {
      map.put(f.name, f);
    }
    this.byName = map;
    this.names = fields.stream().map(f -> f.name).toArray(String[]::new);
    this.fieldArray = array(fields);
    this.required = array(fields.stream().filter(f -> f.required).toList());
    long bits = 0;
    for (Field<T, B> f : required) {
      bits |= 1L << f.index;
    }
    this.requiredBits = bits;
    for (Field<T, B> f : fields) {
      if (Extensible.isExtensionName(f.name)) {
        throw new IllegalArgumentException(name + ": a field name never starts with \"x-\"");
      }
    }
    if (fields.size() > 64) {
      throw new IllegalArgumentException(name + ": a table has at most 64 fields");
    }
    this.getExtensions = b.getExtensions;
    this.setExtensions = b.setExtensions;
    this.invalidMessage = b.invalidMessage;
    this.description = b.description;
  }

  @SuppressWarnings("unchecked")
  private static <T, B> Field<T, B>[] array(List<Field<T, B>> list) {
    return (Field<T, B>[]) list.toArray(new Field<?, ?>[0]);
  }

  /**
   * Starts the table of an object type.
   *
   * @param <T> the model type
   * @param <B> the builder type
   * @param name the schema definition name, such as {@code Party}
   * @param type the model type (pins {@code T} to the interface, not the generated class)
   * @param newBuilder makes a builder
   * @param build builds the model value (may throw {@link IllegalStateException} or {@link
   *     IllegalArgumentException} for a combination of fields the model refuses)
   * @return the table builder
   */
  public static <T, B> Builder<T, B> of(
      String name, Class<T> type, Supplier<B> newBuilder, Function<B, ? extends T> build) {
    return new Builder<>(name, newBuilder, build);
  }

  /**
   * The definition name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The fields in canonical order.
   *
   * @return the fields
   */
  public List<Field<T, B>> fields() {
    return fields;
  }

  /**
   * Whether the object keeps {@code x-} fields.
   *
   * @return {@code true} when extensible
   */
  public boolean extensible() {
    return getExtensions != null;
  }

  @Override
  public JsonValue.JsonObject write(T value) {
    Map<String, JsonValue> out = new LinkedHashMap<>();
    for (Field<T, B> f : fields) {
      f.write(value, out);
    }
    if (getExtensions != null) {
      out.putAll(getExtensions.apply(value));
    }
    return new JsonValue.JsonObject(out);
  }

  /**
   * One member of {@link #write}'s object, converting only that member.
   *
   * @param value the value
   * @param member a field or {@code x-} field name
   * @return the member as {@code write(value)} has it, or empty when it has none of that name
   */
  public Optional<JsonValue> writeMember(T value, String member) {
    Field<T, B> field = byName.get(member);
    if (field != null) {
      Map<String, JsonValue> out = new HashMap<>(2);
      field.write(value, out);
      return Optional.ofNullable(out.get(member));
    }
    if (getExtensions != null) {
      return Optional.ofNullable(getExtensions.apply(value).get(member));
    }
    return Optional.empty();
  }

  /**
   * Whether {@link #write}'s object has a member, without converting it.
   *
   * @param value the value
   * @param member a field or {@code x-} field name
   * @return {@code true} when {@code write(value)} has a member of that name
   */
  public boolean hasMember(T value, String member) {
    Field<T, B> field = byName.get(member);
    if (field != null) {
      return field.writes(value);
    }
    return getExtensions != null && getExtensions.apply(value).containsKey(member);
  }

  @Override
  public T read(Node node, Problems problems, Pointer at) {
    if (node.type != Node.OBJECT) {
      problems.typeMismatch(at, node, "an object");
      return null;
    }
    B builder = newBuilder.get();
    boolean ok = true;
    long seen = 0; // a bit per field: tables have at most 64 fields
    Map<String, JsonValue> extensions = null;
    int next = 0; // where the next member's field is looked for first
    for (int i = 0; i < node.size; i++) {
      String member = node.names[i];
      Node value = node.values[i];
      int index = index(member, next);
      Field<T, B> field = field(member, index);
      if (index >= 0) {
        next = index + 1;
      }
      if (field == null) {
        if (getExtensions != null && Extensible.isExtensionName(member)) {
          if (extensions == null) {
            extensions = new LinkedHashMap<>();
          }
          JsonValue extension = Codecs.toJsonValue(value, problems, at.push(member));
          at.pop();
          if (extension != null) { // else reported; the object is still built without it
            extensions.put(member, extension);
          }
        } else {
          problems.error(FindingCodes.UNKNOWN_FIELD, at.push(member), value,
              "unknown field " + Text.quote(member)
                  + (getExtensions != null ? "; extension fields start with \"x-\"" : ""));
          at.pop();
        }
        continue;
      }
      seen |= 1L << field.index;
      if (value.type == Node.NULL && !field.nullable) {
        if (field.required) {
          problems.error(field.missingCode, at.push(member), value,
              "required field " + Text.quote(member) + " is null");
          at.pop();
          ok = false;
        }
        continue;
      }
      ok &= field.read(builder, value, problems, at.push(member));
      at.pop();
    }
    for (int i = 0; i < required.length; i++) {
      Field<T, B> field = required[i];
      if ((seen & (1L << field.index)) == 0) {
        problems.error(field.missingCode, at.push(field.name), node,
            "missing required field " + Text.quote(field.name));
        at.pop();
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    if (extensions != null) {
      setExtensions.accept(builder, extensions);
    }
    try {
      return build.apply(builder);
    } catch (IllegalStateException | IllegalArgumentException e) {
      // The model refuses a combination of fields; the table says why in words.
      problems.error(FindingCodes.INVALID_VALUE, at, node, invalidMessage);
      return null;
    }
  }

  @Override
  public T stream(Cursor in) {
    return streamMembers(in, Members.open(in));
  }

  /**
   * Binds an object's members from the token stream, the first member's name read and the cursor
   * on its value: the fast path of {@link #read} (see {@link Cursor}), with the same checks, each
   * of which bails instead of reporting.
   *
   * @param in the cursor
   * @param first the first member's name, or null for an empty object
   * @return the model value
   * @throws Cursor.Bail when the object has something to report
   */
  T streamMembers(Cursor in, String first) {
    B builder = newBuilder.get();
    Members members = new Members(this, in, first);
    for (int i = members.next(); i >= 0; i = members.next()) {
      Field<T, B> field = fieldArray[i];
      // One exact-class test per kind of field instead of a virtual call: a call site that sees
      // every kind of field is megamorphic, and this is the innermost loop of the fast path.
      if (field instanceof ValueField<T, B, ?> value) {
        value.stream(builder, in);
      } else if (field instanceof ListField<T, B, ?> list) {
        list.stream(builder, in);
      } else {
        field.stream(builder, in);
      }
    }
    return finish(builder, members);
  }

  /**
   * Builds the value of an object whose members were bound on the fast path: puts the {@code x-}
   * members read, then builds.
   *
   * @param builder the builder the members were set on
   * @param members the object's members, all read
   * @return the model value
   * @throws Cursor.Bail when the model refuses the combination of fields
   */
  private T finish(B builder, Members members) {
    if (members.extensions() != null) {
      setExtensions.accept(builder, members.extensions());
    }
    try {
      return build.apply(builder);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw Cursor.BAIL; // the model refuses the combination of fields
    }
  }

  /** A bit per required field, by index. */
  long requiredBits() {
    return requiredBits;
  }

  /**
   * The field of a member name, given what {@link #index} found for it: null for an {@code x-}
   * name without a look-up (no field's name starts with {@code x-}, checked when the table is
   * built) and for a name that is no field.
   */
  Field<T, B> field(String member, int index) {
    if (index >= 0) {
      return fieldArray[index];
    }
    return Extensible.isExtensionName(member) ? null : byName.get(member);
  }

  /**
   * The index of a field by the identity of its name (the JSON parser interns field names, and
   * the table's names are literals), looking first where the previous member's field left off:
   * members mostly come in the table's order, canonical documents always, so the first look
   * usually finds it. {@code -1} for a name not found so (not interned, or not a field).
   */
  int index(String member, int start) {
    int n = names.length;
    for (int k = 0; k < n; k++) {
      int i = start + k < n ? start + k : start + k - n;
      if (names[i] == member) { // identity on purpose: the fast path for interned names
        return i;
      }
    }
    return -1;
  }

  @Override
  public JsonValue schema(SchemaContext context) {
    return context.ref(name, () -> definition(context));
  }

  /**
   * The schema of the object itself (not a reference).
   *
   * @param context where nested definitions go
   * @return the object schema
   */
  JsonValue.JsonObject definition(SchemaContext context) {
    Map<String, JsonValue> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (Field<T, B> f : fields) {
      properties.put(f.name, f.schema(context));
      if (f.required) {
        required.add(f.name);
      }
    }
    Map<String, JsonValue> schema = new LinkedHashMap<>();
    schema.put("type", JsonValue.of("object"));
    if (description != null) {
      schema.put("description", JsonValue.of(description));
    }
    schema.put("properties", new JsonValue.JsonObject(properties));
    if (!required.isEmpty()) {
      schema.put("required", Schemas.strings(required));
    }
    if (getExtensions != null) {
      schema.put("patternProperties", Schemas.object("^x-", Schemas.object()));
    }
    schema.put("additionalProperties", JsonValue.FALSE);
    return new JsonValue.JsonObject(schema);
  }

  /**
   * One field of the table.
   *
   * @param <T> the model type
   * @param <B> the builder type
   */
  public abstract static class Field<T, B> {
    final String name;
    final boolean required;
    final String missingCode;
    /** Whether the value may be {@code null} (else a required field's null is reported). */
    final boolean nullable;
    int index;

    Field(String name, boolean required, String missingCode, boolean nullable) {
      this.name = name;
      this.required = required;
      this.missingCode = missingCode;
      this.nullable = nullable;
    }

    /**
     * The JSON field name.
     *
     * @return the name
     */
    public String name() {
      return name;
    }

    /**
     * Whether a document must have the field.
     *
     * @return {@code true} when required
     */
    public boolean required() {
      return required;
    }

    abstract void write(T value, Map<String, JsonValue> out);

    /** Whether {@link #write} puts the field for this value. */
    abstract boolean writes(T value);

    abstract boolean read(B builder, Node node, Problems problems, Pointer at);

    /** The fast path of {@link #read}: sets the value, or bails (see {@link Cursor}). */
    abstract void stream(B builder, Cursor in);

    abstract JsonValue schema(SchemaContext context);
  }

  /**
   * Collects the fields of a table in canonical order.
   *
   * @param <T> the model type
   * @param <B> the builder type
   */
  public static final class Builder<T, B> {
    private final String name;
    private final Supplier<B> newBuilder;
    private final Function<B, ? extends T> build;
    private final List<Field<T, B>> fields = new ArrayList<>();
    private Function<T, Map<String, JsonValue>> getExtensions;
    private BiConsumer<B, Map<String, JsonValue>> setExtensions;
    private String invalidMessage = "the object is not valid";
    private String description;

    private Builder(String name, Supplier<B> newBuilder, Function<B, ? extends T> build) {
      this.name = name;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    private Builder<T, B> add(Field<T, B> field) {
      field.index = fields.size();
      fields.add(field);
      return this;
    }

    /**
     * A required field.
     *
     * @param <V> the value type
     * @param name the JSON name
     * @param codec the value codec
     * @param get gets the value
     * @param set sets the value
     * @return this
     */
    public <V> Builder<T, B> required(
        String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      return add(new ValueField<>(name, true, FindingCodes.REQUIRED, codec, get, set));
    }

    /**
     * The required {@code formatVersion} field: missing or another major is {@code
     * FORMAT_VERSION}.
     *
     * @param get gets the value
     * @param set sets the value
     * @return this
     */
    public Builder<T, B> formatVersion(Function<T, String> get, BiConsumer<B, String> set) {
      return add(
          new ValueField<>("formatVersion", true, FindingCodes.FORMAT_VERSION,
              Codecs.FORMAT_VERSION, get, set));
    }

    /**
     * An optional field.
     *
     * @param <V> the value type
     * @param name the JSON name
     * @param codec the value codec
     * @param get gets the value
     * @param set sets the value
     * @return this
     */
    public <V> Builder<T, B> optional(
        String name, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
      return add(
          new ValueField<>(name, false, FindingCodes.REQUIRED, codec,
              t -> get.apply(t).orElse(null), set));
    }

    /**
     * An array field; an optional one is left out when empty, a required one always written.
     *
     * @param <V> the element type
     * @param name the JSON name
     * @param required whether documents must have it
     * @param codec the element codec
     * @param get gets the list
     * @param add adds one element (only once every element was read)
     * @return this
     */
    public <V> Builder<T, B> list(
        String name,
        boolean required,
        Codec<V> codec,
        Function<T, ? extends List<? extends V>> get,
        BiConsumer<B, V> add) {
      return add(new ListField<>(name, required, codec, get, add));
    }

    /**
     * An optional object field whose members are free names (left out when empty).
     *
     * @param <K> the key type
     * @param <V> the value type
     * @param name the JSON name
     * @param key turns a member name into a key
     * @param keyName turns a key into a member name
     * @param codec the value codec
     * @param get gets the map
     * @param set puts the entries
     * @return this
     */
    public <K, V> Builder<T, B> map(
        String name,
        Function<String, K> key,
        Function<K, String> keyName,
        Codec<V> codec,
        Function<T, ? extends Map<K, V>> get,
        BiConsumer<B, Map<K, V>> set) {
      return add(new MapField<>(name, key, keyName, codec, get, set));
    }

    /**
     * A field whose value is fixed by the type and chosen by the caller before reading (a
     * section's {@code area}); always written first.
     *
     * @param name the JSON name
     * @param value the fixed value
     * @return this
     */
    public Builder<T, B> constant(String name, String value) {
      return add(new ConstantField<>(name, value));
    }

    /**
     * Keeps {@code x-} fields.
     *
     * @param get gets the extensions
     * @param set puts the extensions
     * @return this
     */
    public Builder<T, B> extensions(
        Function<T, Map<String, JsonValue>> get, BiConsumer<B, Map<String, JsonValue>> set) {
      this.getExtensions = get;
      this.setExtensions = set;
      return this;
    }

    /**
     * The message when the model refuses the combination of fields read.
     *
     * @param message the message
     * @return this
     */
    public Builder<T, B> invalid(String message) {
      this.invalidMessage = message;
      return this;
    }

    /**
     * A description for the schema.
     *
     * @param text the description
     * @return this
     */
    public Builder<T, B> description(String text) {
      this.description = text;
      return this;
    }

    /**
     * The finished table.
     *
     * @return the table
     */
    public ObjectSpec<T, B> build() {
      return new ObjectSpec<>(this);
    }
  }

  /** A field whose values, or elements, a codec reads and a setter puts on the builder. */
  private abstract static class CodecField<T, B, V> extends Field<T, B> {
    final Codec<V> codec;
    /** Sets the value, or adds one element. */
    final BiConsumer<B, V> set;

    CodecField(String name, boolean required, String missingCode, boolean nullable,
        Codec<V> codec, BiConsumer<B, V> set) {
      super(name, required, missingCode, nullable);
      this.codec = codec;
      this.set = set;
    }

  }

  private static final class ValueField<T, B, V> extends CodecField<T, B, V> {
    private final Function<T, V> get;

    ValueField(String name, boolean required, String missingCode, Codec<V> codec,
        Function<T, V> get, BiConsumer<B, V> set) {
      super(name, required, missingCode, codec.acceptsNull(), codec, set);
      this.get = get;
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
      V v = codec.read(node, problems, at);
      if (v == null) {
        // Reported already; an optional value may be left out so the rest is still built.
        return !required && problems.skipsUnreadableOptionals();
      }
      set.accept(builder, v);
      return true;
    }

    @Override
    void stream(B builder, Cursor in) {
      set.accept(builder, Codecs.stream(codec, in));
    }

    @Override
    JsonValue schema(SchemaContext context) {
      return codec.schema(context);
    }
  }

  private static final class ListField<T, B, V> extends CodecField<T, B, V> {
    private final Function<T, ? extends List<? extends V>> get;

    ListField(String name, boolean required, Codec<V> codec,
        Function<T, ? extends List<? extends V>> get, BiConsumer<B, V> add) {
      super(name, required, FindingCodes.REQUIRED, false, codec, add);
      this.get = get;
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
      if (node.type != Node.ARRAY) {
        problems.typeMismatch(at, node, "an array");
        return false;
      }
      // Elements go straight to the builder: when one fails, the builder is never built.
      boolean ok = true;
      for (int i = 0; i < node.size; i++) {
        Node element = node.values[i];
        V v;
        at.push(i);
        if (element.type == Node.NULL && !codec.acceptsNull()) {
          problems.error(FindingCodes.TYPE_MISMATCH, at, element, "an element is null");
          v = null;
        } else {
          v = codec.read(element, problems, at);
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

    @Override
    void stream(B builder, Cursor in) {
      Members.array(in);
      while (Members.element(in, codec.acceptsNull())) {
        set.accept(builder, Codecs.stream(codec, in));
      }
    }

    private static boolean isScalar(Node node) {
      return node.type != Node.OBJECT && node.type != Node.ARRAY && node.type != Node.NULL;
    }

    @Override
    JsonValue schema(SchemaContext context) {
      return Schemas.object("type", "array", "items", codec.schema(context));
    }
  }

  private static final class MapField<T, B, K, V> extends Field<T, B> {
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
      map.forEach((k, v) -> members.put(keyName.apply(k), codec.write(v)));
      out.put(name, new JsonValue.JsonObject(members));
    }

    @Override
    boolean read(B builder, Node node, Problems problems, Pointer at) {
      if (node.type != Node.OBJECT) {
        problems.typeMismatch(at, node, "an object");
        return false;
      }
      Map<K, V> values = new LinkedHashMap<>();
      boolean ok = true;
      for (int i = 0; i < node.size; i++) {
        V v;
        at.push(node.names[i]);
        if (node.names[i].isBlank()) {
          problems.error(FindingCodes.INVALID_VALUE, at, node.values[i],
              "a blank name is not allowed here");
          v = null;
        } else {
          v = codec.read(node.values[i], problems, at);
        }
        at.pop();
        if (v == null) {
          ok = false;
        } else {
          values.put(key.apply(node.names[i]), v);
        }
      }
      if (ok) {
        set.accept(builder, Collections.unmodifiableMap(values));
      }
      return ok;
    }

    @Override
    void stream(B builder, Cursor in) {
      if (in.token() != JsonToken.START_OBJECT) {
        throw Cursor.BAIL;
      }
      Map<K, V> values = new LinkedHashMap<>();
      String member;
      while ((member = in.nextName()) != null) {
        in.nextValue();
        if (member.isBlank()
            || values.put(key.apply(member), Codecs.stream(codec, in)) != null) {
          throw Cursor.BAIL; // a blank or duplicate name
        }
      }
      set.accept(builder, Collections.unmodifiableMap(values));
    }

    @Override
    JsonValue schema(SchemaContext context) {
      return Schemas.object(
          "type", "object",
          "propertyNames", Schemas.object("minLength", 1, "pattern", "\\S"),
          "additionalProperties", codec.schema(context));
    }
  }

  private static final class ConstantField<T, B> extends Field<T, B> {
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
    void stream(B builder, Cursor in) {
      in.skip(); // checked by the caller that chose this table
    }

    @Override
    JsonValue schema(SchemaContext context) {
      return Schemas.object("const", value);
    }
  }
}
