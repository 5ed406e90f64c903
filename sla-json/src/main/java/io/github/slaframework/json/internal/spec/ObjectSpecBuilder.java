package io.github.slaframework.json.internal.spec;

import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.value.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects the fields of a table in canonical order.
 *
 * @param <T> the model type
 * @param <B> the builder type
 */
public final class ObjectSpecBuilder<T, B> {
  final String name;
  final Supplier<B> newBuilder;
  final Function<B, ? extends T> build;
  final List<Field<T, B>> fields = new ArrayList<>();
  Function<T, Map<String, JsonValue>> getExtensions;
  BiConsumer<B, Map<String, JsonValue>> setExtensions;
  String invalidMessage = "the object is not valid";
  String description;

  ObjectSpecBuilder(String name, Supplier<B> newBuilder, Function<B, ? extends T> build) {
    this.name = name;
    this.newBuilder = newBuilder;
    this.build = build;
  }

  private ObjectSpecBuilder<T, B> add(Field<T, B> field) {
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
  public <V> ObjectSpecBuilder<T, B> required(
      String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
    return add(new Fields.ValueField<>(name, true, FindingCodes.REQUIRED, codec, get, set));
  }

  /**
   * The required {@code formatVersion} field: missing or another major is {@code
   * FORMAT_VERSION}.
   *
   * @param get gets the value
   * @param set sets the value
   * @return this
   */
  public ObjectSpecBuilder<T, B> formatVersion(Function<T, String> get, BiConsumer<B, String> set) {
    return add(
        new Fields.ValueField<>("formatVersion", true, FindingCodes.FORMAT_VERSION,
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
  public <V> ObjectSpecBuilder<T, B> optional(
      String name, Codec<V> codec, Function<T, Optional<V>> get, BiConsumer<B, V> set) {
    return add(
        new Fields.ValueField<>(name, false, FindingCodes.REQUIRED, codec,
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
  public <V> ObjectSpecBuilder<T, B> list(
      String name,
      boolean required,
      Codec<V> codec,
      Function<T, ? extends List<? extends V>> get,
      BiConsumer<B, V> add) {
    return add(new Fields.ListField<>(name, required, codec, get, add));
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
  public <K, V> ObjectSpecBuilder<T, B> map(
      String name,
      Function<String, K> key,
      Function<K, String> keyName,
      Codec<V> codec,
      Function<T, ? extends Map<K, V>> get,
      BiConsumer<B, Map<K, V>> set) {
    return add(new Fields.MapField<>(name, key, keyName, codec, get, set));
  }

  /**
   * A field whose value is fixed by the type and chosen by the caller before reading (a
   * section's {@code area}); always written first.
   *
   * @param name the JSON name
   * @param value the fixed value
   * @return this
   */
  public ObjectSpecBuilder<T, B> constant(String name, String value) {
    return add(new Fields.ConstantField<>(name, value));
  }

  /**
   * Keeps {@code x-} fields.
   *
   * @param get gets the extensions
   * @param set puts the extensions
   * @return this
   */
  public ObjectSpecBuilder<T, B> extensions(
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
  public ObjectSpecBuilder<T, B> invalid(String message) {
    this.invalidMessage = message;
    return this;
  }

  /**
   * A description for the schema.
   *
   * @param text the description
   * @return this
   */
  public ObjectSpecBuilder<T, B> description(String text) {
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
