package io.github.slaframework.json.internal.spec;

import io.github.slaframework.core.Extensible;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.internal.read.Node;
import io.github.slaframework.json.internal.read.Pointer;
import io.github.slaframework.json.internal.read.Problems;
import io.github.slaframework.json.internal.schema.SchemaContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The format table of one object type: its fields in canonical order (each with its name, codec,
 * whether it is required, how to get it from the model and how to set it on a builder), whether
 * it keeps {@code x-} fields, and how to make and build the model value. Reading ({@link
 * ObjectReader}), writing ({@link ObjectWriter}) and the JSON Schema ({@link ObjectSchema}) are
 * all driven by this one table; it is their codec. Immutable; built by {@link ObjectSpecBuilder}.
 */
public final class ObjectSpec<T, B> implements Codec<T> {

  /** The most fields of one table: the reader keeps a bit per field in a {@code long}. */
  static final int MAX_FIELDS = 64;

  final String name;
  final Supplier<B> newBuilder;
  final Function<B, ? extends T> build;
  final List<Field<T, B>> fields;
  final Function<T, Map<String, JsonValue>> getExtensions;
  final BiConsumer<B, Map<String, JsonValue>> setExtensions;
  final String invalidMessage;
  final String description;
  final ObjectCheck<T> check;
  private final Map<String, Field<T, B>> byName = new HashMap<>();
  private final ObjectReader<T, B> reader;

  ObjectSpec(ObjectSpecBuilder<T, B> b) {
    this.name = b.name;
    this.newBuilder = b.newBuilder;
    this.build = b.build;
    this.fields = List.copyOf(b.fields);
    this.getExtensions = b.getExtensions;
    this.setExtensions = b.setExtensions;
    this.invalidMessage = b.invalidMessage;
    this.description = b.description;
    this.check = b.check;
    if (fields.size() > MAX_FIELDS) {
      throw new IllegalArgumentException(name + ": a table has at most 64 fields");
    }
    for (Field<T, B> f : fields) {
      if (Extensible.isExtensionName(f.name)) {
        throw new IllegalArgumentException(name + ": a field name never starts with \"x-\"");
      }
      byName.put(f.name, f);
    }
    for (Field<T, B> f : fields) {
      if (f.formerName != null && byName.putIfAbsent(f.formerName, f) != null) {
        throw new IllegalArgumentException(name + ": former name " + f.formerName + " is taken");
      }
    }
    this.reader = new ObjectReader<>(this);
  }

  /**
   * Starts the table of an Immutables model type: the builder is made by the static {@code
   * builder()} of the class {@code builder} is nested in and built by its {@code build()}, and
   * the fields' accessors are found by name.
   *
   * @param name the schema definition name, such as {@code Party}
   * @param type the model type (pins {@code T} to the interface, not the generated class)
   * @param builder the builder type, such as {@code Party.Builder}; its {@code build()}
   *     may throw {@link IllegalStateException} or {@link IllegalArgumentException} for a
   *     combination of fields the model refuses
   */
  public static <T, B> ObjectSpecBuilder<T, B> of(String name, Class<T> type, Class<B> builder) {
    String where = name + ", its builder";
    return new ObjectSpecBuilder<>(name, type, builder,
        Accessor.newBuilder(where, builder), Accessor.build(where, builder, type));
  }

  /**
   * Starts the table of a model type that is not built by an Immutables builder: its fields give
   * their functions.
   *
   * @param name the schema definition name, such as {@code Equals}
   * @param build builds the model value (may throw {@link IllegalStateException} or {@link
   *     IllegalArgumentException} for a combination of fields the model refuses)
   */
  public static <T, B> ObjectSpecBuilder<T, B> of(
      String name, Class<T> type, Supplier<B> newBuilder, Function<B, ? extends T> build) {
    return new ObjectSpecBuilder<>(name, type, null, newBuilder, build);
  }

  /** The definition name. */
  public String name() {
    return name;
  }

  /** The fields in canonical order. */
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

  /**
   * A field by its name or its former name.
   *
   * @return the field, or null when the table has none of that name
   */
  Field<T, B> field(String member) {
    return byName.get(member);
  }

  @Override
  public JsonValue.JsonObject write(T value) {
    return ObjectWriter.write(this, value);
  }

  /**
   * One member of {@link #write}'s object, converting only that member.
   *
   * @param member a field or {@code x-} field name
   * @return the member as {@code write(value)} has it, or empty when it has none of that name
   */
  public Optional<JsonValue> writeMember(T value, String member) {
    return ObjectWriter.writeMember(this, value, member);
  }

  /**
   * Whether {@link #write}'s object has a member, without converting it.
   *
   * @param member a field or {@code x-} field name
   * @return {@code true} when {@code write(value)} has a member of that name
   */
  public boolean hasMember(T value, String member) {
    return ObjectWriter.hasMember(this, value, member);
  }

  @Override
  public T read(Node node, Problems problems, Pointer at) {
    return reader.read(node, problems, at);
  }

  @Override
  public JsonValue schema(SchemaContext context) {
    return context.ref(name, () -> ObjectSchema.definition(this, context));
  }
}
