package io.github.slaframework.json;

import io.github.slaframework.core.Agreement;
import io.github.slaframework.core.framework.Framework;
import io.github.slaframework.core.framework.Profile;
import io.github.slaframework.core.section.Section;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.internal.spec.SectionSpecs;
import io.github.slaframework.json.internal.spec.Specs;
import io.github.slaframework.json.internal.write.JsonText;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes agreements, frameworks and profiles in the canonical JSON form of the format: fields in
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
   * Writes an agreement to a file atomically: a temporary file in the same folder, then a move
   * over the target. A failure never leaves a half-written target.
   *
   * @param agreement the agreement, never null
   * @param file the target file, never null
   * @throws IOException when the file cannot be written
   */
  public void writeAgreement(Agreement agreement, Path file) throws IOException {
    writeAtomically(writeAgreement(agreement), file);
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
    writeAtomically(writeFramework(framework), file);
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
    writeAtomically(writeProfile(profile), file);
  }

  /**
   * Writes text to a file atomically: a temporary file in the same folder, then a move over the
   * target; the temporary file is deleted when anything fails.
   *
   * @param text the text, written as UTF-8
   * @param file the target
   * @throws IOException when the file cannot be written
   */
  static void writeAtomically(String text, Path file) throws IOException {
    Path target = file.toAbsolutePath();
    Path folder = target.getParent();
    Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
    boolean moved = false;
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }
}
