package io.github.slaframework.json.internal.spec;

import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.internal.read.Node;
import io.github.slaframework.json.internal.read.Pointer;
import io.github.slaframework.json.internal.read.Problems;
import io.github.slaframework.json.internal.schema.SchemaContext;
import java.util.Map;

/** One field of the table. */
public abstract class Field<T, B> {
  final String name;
  final boolean required;
  final String missingCode;
  /** Whether the value may be {@code null} (else a required field's null is reported). */
  final boolean nullable;
  int index;
  /** The minor version of format 1 that added the field: 0, or 1 for a format 1.1 field. */
  int sinceMinor;
  /** The field's name before a format version renamed it, still read; or null. */
  String formerName;

  Field(String name, boolean required, String missingCode, boolean nullable) {
    this.name = name;
    this.required = required;
    this.missingCode = missingCode;
    this.nullable = nullable;
  }

  /** The JSON field name. */
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

  /**
   * The field's name before a format version renamed it ({@code privacyImpactAssessment} for
   * {@code dpia}), still read.
   *
   * @return the former name, or null
   */
  public String formerName() {
    return formerName;
  }

  abstract void write(T value, Map<String, JsonValue> out);

  /** Whether {@link #write} puts the field for this value. */
  abstract boolean writes(T value);

  abstract boolean read(B builder, Node node, Problems problems, Pointer at);

  abstract JsonValue schema(SchemaContext context);
}
