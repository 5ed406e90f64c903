package io.github.slaframework.json;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.internal.spec.SectionSpecs;
import io.github.slaframework.json.internal.spec.Specs;
import io.github.slaframework.json.internal.write.JsonText;
import io.github.slaframework.json.internal.write.YamlText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Writes agreements, frameworks and profiles in the canonical JSON form of the format, agreements
 * as format 1.1 whatever version they were read as (so writing a 1.0 agreement upgrades it): fields in
 * the documented order, then {@code x-} fields in their order; absent optional values and empty
 * optional arrays left out; two-space indent, {@code "\n"} line ends and a final newline. Writing
 * is deterministic and idempotent: writing what was read from a canonical document gives the same
 * bytes.
 *
 * <p>Immutable and thread-safe; use the shared {@link #defaults()}.
 *
 * <pre>{@code
 * String json = SlaWriter.defaults().writeAgreement(agreement);
 * SlaWriter.defaults().writeAgreement(agreement, Path.of("leeds-wyp-2026.json")); // atomic
 * }</pre>
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public final class SlaWriter {

  private static final SlaWriter DEFAULTS = new SlaWriter();

  private SlaWriter() {}

  /**
   * The shared writer.
   *
   * @return the writer, never null
   */
  public static SlaWriter defaults() {
    return DEFAULTS;
  }

  /**
   * An agreement as a JSON tree, exactly as the file format has it (field names, nesting, order).
   * Framework rules evaluate their JSON Pointers over this tree.
   *
   * @param agreement the agreement, never null
   * @return the document tree
   */
  public JsonValue.JsonObject toJsonValue(Agreement agreement) {
    return Specs.AGREEMENT.write(Objects.requireNonNull(agreement, "agreement"));
  }

  /**
   * One member of an agreement's JSON tree, converting only that member: the same value as {@code
   * toJsonValue(agreement).members().get(member)}, for callers (such as framework rules) that
   * reach a few fields of a large agreement.
   *
   * @param agreement the agreement, never null
   * @param member a field or {@code x-} field name, never null
   * @return the member, or empty when the tree has none of that name (an absent optional value, an
   *     empty optional array, an unknown name)
   * @since 0.1.0
   */
  public Optional<JsonValue> memberOf(Agreement agreement, String member) {
    return Specs.AGREEMENT.writeMember(
        Objects.requireNonNull(agreement, "agreement"), Objects.requireNonNull(member, "member"));
  }

  /**
   * A section as a JSON tree, exactly as it stands among an agreement's {@code sections}: equal to
   * the section's element of {@code toJsonValue(agreement)}.
   *
   * @param section the section, never null
   * @return the section's tree (an object)
   * @since 0.1.0
   */
  public JsonValue toJsonValue(Section section) {
    return SectionSpecs.section(Objects.requireNonNull(section, "section"));
  }

  /**
   * One member of a section's JSON tree, converting only that member: the same value as {@code
   * toJsonValue(section)}'s member of that name.
   *
   * @param section the section, never null
   * @param member a field or {@code x-} field name, never null
   * @return the member, or empty when the tree has none of that name
   * @since 0.1.0
   */
  public Optional<JsonValue> memberOf(Section section, String member) {
    return SectionSpecs.sectionMember(
        Objects.requireNonNull(section, "section"), Objects.requireNonNull(member, "member"));
  }

  /**
   * Whether a section's JSON tree has a member, without converting it: {@code true} exactly when
   * {@link #memberOf(Section, String)} is present.
   *
   * @param section the section, never null
   * @param member a field or {@code x-} field name, never null
   * @return {@code true} when the tree has a member of that name
   * @since 0.1.0
   */
  public boolean hasMember(Section section, String member) {
    return SectionSpecs.sectionHasMember(
        Objects.requireNonNull(section, "section"), Objects.requireNonNull(member, "member"));
  }

  /**
   * A framework as a JSON tree, exactly as the framework format has it.
   *
   * @param framework the framework, never null
   * @return the document tree
   */
  public JsonValue.JsonObject toJsonValue(Framework framework) {
    return Specs.FRAMEWORK.write(Objects.requireNonNull(framework, "framework"));
  }

  /**
   * A profile as a JSON tree, exactly as the profile format has it.
   *
   * @param profile the profile, never null
   * @return the document tree
   */
  public JsonValue.JsonObject toJsonValue(Profile profile) {
    return Specs.PROFILE.write(Objects.requireNonNull(profile, "profile"));
  }

  /**
   * The canonical JSON text of any JSON value (members in the order held).
   *
   * @param value the value, never null
   * @return the text, ending in a newline
   */
  public String writeValue(JsonValue value) {
    return JsonText.write(Objects.requireNonNull(value, "value"));
  }

  /**
   * The canonical JSON text of an agreement.
   *
   * @param agreement the agreement, never null
   * @return the text, ending in a newline
   */
  public String writeAgreement(Agreement agreement) {
    return writeValue(toJsonValue(agreement));
  }

  /**
   * The canonical text of an agreement in a format: JSON as {@link #writeAgreement(Agreement)}, or
   * YAML in block style that denotes the same JSON value under the YAML 1.2 core schema (every
   * string double-quoted), so both have the same document hash ({@link AgreementHash}).
   *
   * @param agreement the agreement, never null
   * @param format the format, never null
   * @return the text, ending in a newline
   * @since 0.2.0
   */
  public String writeAgreement(Agreement agreement, DocumentFormat format) {
    Objects.requireNonNull(format, "format");
    JsonValue value = toJsonValue(agreement);
    return format == DocumentFormat.YAML ? YamlText.write(value) : writeValue(value);
  }

  /**
   * Writes an agreement to a file atomically: a temporary file in the same folder, then a move
   * over the target. A failure never leaves a half-written target. A symbolic link is written
   * through to its target; an existing file keeps its mode, owner and group (where the file system
   * allows) and its hard links (a file with more than one link is rewritten in place once the new
   * text is safely on disk beside it). A stale temporary file of an earlier, killed run is removed.
   *
   * @param agreement the agreement, never null
   * @param file the target file, never null
   * @throws IOException naming the target when the file cannot be written, or when the text would
   *     be refused by {@link SlaReader#defaults()} (longer than 16 MiB, say); the target is then
   *     unchanged
   */
  public void writeAgreement(Agreement agreement, Path file) throws IOException {
    writeAtomically(toJsonValue(agreement), file);
  }

  /**
   * The canonical JSON text of a framework.
   *
   * @param framework the framework, never null
   * @return the text, ending in a newline
   */
  public String writeFramework(Framework framework) {
    return writeValue(toJsonValue(framework));
  }

  /**
   * Writes a framework to a file atomically.
   *
   * @param framework the framework, never null
   * @param file the target file, never null
   * @throws IOException when the file cannot be written
   * @see #writeAgreement(Agreement, Path)
   */
  public void writeFramework(Framework framework, Path file) throws IOException {
    writeAtomically(toJsonValue(framework), file);
  }

  /**
   * The canonical JSON text of a profile.
   *
   * @param profile the profile, never null
   * @return the text, ending in a newline
   */
  public String writeProfile(Profile profile) {
    return writeValue(toJsonValue(profile));
  }

  /**
   * Writes a profile to a file atomically.
   *
   * @param profile the profile, never null
   * @param file the target file, never null
   * @throws IOException when the file cannot be written
   * @see #writeAgreement(Agreement, Path)
   */
  public void writeProfile(Profile profile, Path file) throws IOException {
    writeAtomically(toJsonValue(profile), file);
  }

  /**
   * Writes a document to a file the way every file of this project is written (see {@link
   * AtomicFiles}): atomically, through symbolic links, keeping hard links, mode,
   * owner and group. A document that {@link SlaReader#defaults()} would refuse (longer than
   * {@link ReadLimits#maxDocumentLength()}, nested deeper than {@link ReadLimits#maxNestingDepth()},
   * or with a string, member name or number beyond its limit) is not written.
   *
   * @param value the document
   * @param file the target
   * @throws IOException naming the target when the file cannot be written or the document would
   *     be refused; the target is then unchanged
   */
  static void writeAtomically(JsonValue value, Path file) throws IOException {
    ReadLimits limits = ReadLimits.defaults();
    String beyond = beyond(value, limits, 1);
    byte[] bytes = beyond == null ? JsonText.write(value).getBytes(StandardCharsets.UTF_8) : null;
    if (beyond == null && bytes.length > limits.maxDocumentLength()) {
      beyond = "it would be " + bytes.length + " bytes long, more than the "
          + limits.maxDocumentLength() + " a reader accepts";
    }
    if (beyond != null) {
      throw new IOException(file + ": not written: " + beyond);
    }
    AtomicFiles.write(file, bytes);
  }

  /** What in a document a default reader would refuse, or null. */
  private static String beyond(JsonValue value, ReadLimits limits, int depth) {
    if (value instanceof JsonValue.JsonString s) {
      return s.value().length() > limits.maxStringLength()
          ? "a string of " + s.value().length() + " characters is more than the "
              + limits.maxStringLength() + " a reader accepts"
          : null;
    }
    if (value instanceof JsonValue.JsonNumber n) {
      int length = n.value().toString().length();
      return length > limits.maxNumberLength()
          ? "a number of " + length + " characters is more than the " + limits.maxNumberLength()
              + " a reader accepts"
          : null;
    }
    if (!(value instanceof JsonValue.JsonArray) && !(value instanceof JsonValue.JsonObject)) {
      return null;
    }
    if (depth > limits.maxNestingDepth()) {
      return "it is nested deeper than the " + limits.maxNestingDepth() + " levels a reader accepts";
    }
    if (value instanceof JsonValue.JsonArray a) {
      for (JsonValue element : a.elements()) {
        String b = beyond(element, limits, depth + 1);
        if (b != null) {
          return b;
        }
      }
      return null;
    }
    for (var member : ((JsonValue.JsonObject) value).members().entrySet()) {
      if (member.getKey().length() > limits.maxNameLength()) {
        return "a member name of " + member.getKey().length() + " characters is more than the "
            + limits.maxNameLength() + " a reader accepts";
      }
      String b = beyond(member.getValue(), limits, depth + 1);
      if (b != null) {
        return b;
      }
    }
    return null;
  }
}
