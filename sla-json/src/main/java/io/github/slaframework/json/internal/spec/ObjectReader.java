package io.github.slaframework.json.internal.spec;

import io.github.slaframework.core.Extensible;
import io.github.slaframework.core.report.FindingCodes;
import io.github.slaframework.core.report.Severity;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.internal.read.Node;
import io.github.slaframework.json.internal.read.Pointer;
import io.github.slaframework.json.internal.read.Problems;
import io.github.slaframework.json.internal.read.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds an object of the located tree to the model by its table, reporting every problem: an
 * unknown field, a required field missing or null, a value its codec refuses, a combination of
 * fields the model refuses. {@code x-} members are kept as free JSON values. Immutable.
 */
final class ObjectReader<T, B> {

  private final ObjectSpec<T, B> spec;
  /** The field names in canonical order, for {@link #index}. */
  private final String[] names;
  private final List<Field<T, B>> required;

  ObjectReader(ObjectSpec<T, B> spec) {
    this.spec = spec;
    // Loops, not streams: built for every table at start, where each lambda spins a class.
    this.names = new String[spec.fields.size()];
    List<Field<T, B>> requiredFields = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      Field<T, B> f = spec.fields.get(i);
      names[i] = f.name;
      if (f.required) {
        requiredFields.add(f);
      }
    }
    this.required = List.copyOf(requiredFields);
  }

  T read(Node node, Problems problems, Pointer at) {
    if (node.type() != Node.OBJECT) {
      problems.typeMismatch(at, node, "an object");
      return null;
    }
    B builder = spec.newBuilder.get();
    boolean ok = true;
    long seen = 0; // a bit per field: tables have at most 64 fields
    Map<String, JsonValue> extensions = null;
    int next = 0; // where the next member's field is looked for first
    for (int i = 0; i < node.size(); i++) {
      String member = node.name(i);
      Node value = node.value(i);
      Field<T, B> field = field(member, next);
      if (field != null && field.sinceMinor > problems.minor() && member.equals(field.name)) {
        field = null; // a field of a later format version: unknown, as that version had it
      }
      if (field == null) {
        // a bare "x-" names no extension: it is an unknown field like any other
        if (spec.extensible() && Extensible.isExtensionName(member)) {
          if (extensions == null) {
            extensions = new LinkedHashMap<>();
          }
          JsonValue extension = Codecs.toJsonValue(value, problems, at.push(member));
          at.pop();
          if (extension != null) { // else reported; the object is still built without it
            extensions.put(member, extension);
          }
        } else {
          problems.unknown(FindingCodes.UNKNOWN_FIELD, at.push(member), value,
              "unknown field " + Text.quote(member)
                  + (spec.extensible() ? "; extension fields start with \"x-\"" : ""), true);
          at.pop();
        }
        continue;
      }
      next = field.index + 1;
      if ((seen & (1L << field.index)) != 0) {
        // Only a former name meets its field here: the tree keeps the first of a repeated name.
        problems.error(FindingCodes.DUPLICATE_KEY, at.push(member), value,
            "field " + Text.quote(field.name) + " appears more than once (also as "
                + Text.quote(field.formerName) + ", its format 1.0 name); the first is kept");
        at.pop();
        continue;
      }
      seen |= 1L << field.index;
      if (problems.minor() >= 1 && !member.equals(field.name)) {
        problems.report(Severity.INFO, FindingCodes.DEPRECATED_FIELD, at.push(member), value,
            "field " + Text.quote(member) + " is the format 1.0 name of " + Text.quote(field.name)
                + "; sla format renames it");
        at.pop();
      }
      if (value.type() == Node.NULL && !field.nullable) {
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
    for (Field<T, B> field : required) {
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
      spec.setExtensions.accept(builder, extensions);
    }
    T value;
    try {
      value = spec.build.apply(builder);
    } catch (IllegalStateException | IllegalArgumentException e) {
      // The model refuses a combination of fields; the table says why in words.
      problems.error(FindingCodes.INVALID_VALUE, at, node, spec.invalidMessage);
      return null;
    }
    if (spec.check != null) {
      spec.check.check(value, node, problems, at);
    }
    return value;
  }

  /**
   * The field of a member name, or null for an {@code x-} name (no field's name starts with
   * {@code x-}, checked when the table is built) and for a name that is no field. Looks first by
   * identity (the JSON parser interns member names, and the table's names are literals) from
   * where the previous member's field left off: members mostly come in the table's order, so the
   * first look usually finds it; then by equality (YAML names are not interned).
   */
  private Field<T, B> field(String member, int start) {
    int n = names.length;
    for (int k = 0; k < n; k++) {
      int i = start + k < n ? start + k : start + k - n;
      if (names[i] == member) { // identity on purpose: interned names
        return spec.fields.get(i);
      }
    }
    return Extensible.isExtensionName(member) ? null : spec.field(member);
  }
}
