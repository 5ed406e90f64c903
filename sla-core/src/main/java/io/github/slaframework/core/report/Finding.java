package io.github.slaframework.core.report;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.section.AreaCode;
import java.util.Optional;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One problem (or remark) about a document, produced by reading or by validating it: the one
 * type callers handle whatever found it.
 *
 * <p>{@link #path()} is an RFC 6901 JSON Pointer built from the document's JSON field names
 * ({@code ""} is the root); {@link #location()} is where that path stood in the source text, when
 * the document was read from text. {@link #message()} never echoes more than a short, escaped
 * excerpt of the input.
 *
 * @since 0.1.0
 */
@Value.Immutable
@API(status = STABLE)
public interface Finding extends WithFinding {

  /**
   * How serious the finding is.
   *
   * @return the severity, never null
   */
  Severity severity();

  /**
   * The stable code, such as {@code REQUIRED} or {@code AREA_MISSING}; see {@link FindingCodes}.
   *
   * @return the code, never null
   */
  String code();

  /**
   * Where in the document: an RFC 6901 JSON Pointer; {@code ""} is the whole document.
   *
   * @return the pointer, never null
   */
  @Value.Default
  default String path() {
    return "";
  }

  /**
   * The area the finding concerns: that of the section its path lies in ({@code /sections/i/...}),
   * or, for a finding about an area as a whole (such as {@code AREA_MISSING}), that area. A waiver
   * with an {@code area} matches through it.
   *
   * @return the area, or empty when the finding concerns no single area
   * @since 0.2.0
   */
  Optional<AreaCode> area();

  /**
   * Where in the source text, when the document was read from text.
   *
   * @return the location, or empty
   */
  Optional<SourceLocation> location();

  /**
   * Human-readable text.
   *
   * @return the message, never null
   */
  String message();

  /**
   * Whether an agreement's waiver accepted this finding (its severity is then {@code INFO}).
   *
   * @return {@code true} when waived
   */
  @Value.Default
  default boolean waived() {
    return false;
  }

  /**
   * Starts a finding.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * A finding without a location.
   *
   * @param severity the severity
   * @param code the code
   * @param path the JSON Pointer
   * @param message the message
   * @return the finding
   */
  static Finding of(Severity severity, String code, String path, String message) {
    return builder().severity(severity).code(code).path(path).message(message).build();
  }

  /**
   * This finding located through a source map, unless it already has a location.
   *
   * @param sourceMap the map of the document's source, never null
   * @return this finding with the location of its path (or nearest ancestor), when known
   */
  default Finding locatedBy(SourceMap sourceMap) {
    if (location().isPresent()) {
      return this;
    }
    Optional<SourceLocation> found = sourceMap.locateNearest(path());
    return found.isEmpty() ? this : this.withLocation(found);
  }

  /**
   * This finding with an area, unless it already has one.
   *
   * @param area the area, never null
   * @return this finding with its area
   * @since 0.2.0
   */
  default Finding inArea(AreaCode area) {
    return area().isPresent() ? this : withArea(area);
  }

  /**
   * This finding accepted by a waiver: severity {@code INFO} and {@code waived} true.
   *
   * @return the waived finding
   */
  default Finding asWaived() {
    return this.withSeverity(Severity.INFO).withWaived(true);
  }

  /**
   * The finding as one line: {@code line:column: SEVERITY CODE path message}, the path and the
   * message escaped with {@link SafeText#terminal} (a path holds member names from the document).
   *
   * @return a one-line description
   */
  default String describe() {
    StringBuilder sb = new StringBuilder();
    location().ifPresent(l -> sb.append(l).append(": "));
    sb.append(severity()).append(' ').append(code());
    if (!path().isEmpty()) {
      sb.append(' ').append(SafeText.terminal(path()));
    }
    sb.append(' ').append(SafeText.terminal(message()));
    if (waived()) {
      sb.append(" (waived)");
    }
    return sb.toString();
  }

  /**
   * The finding as {@code sla validate} prints it, one line that text from the document cannot
   * break or forge: {@code file:line:column: SEVERITY CODE message}, or {@code file: SEVERITY CODE
   * message} without a location, with {@code (waived)} at the end of a waived finding. The file
   * name and the message are escaped with {@link SafeText#terminal}.
   *
   * @param file the name of the file the finding is about
   * @return the line, without a line break
   * @since 0.2.0
   */
  default String describe(String file) {
    StringBuilder sb = new StringBuilder(SafeText.terminal(file));
    location().ifPresent(l -> sb.append(':').append(l.line()).append(':').append(l.column()));
    sb.append(": ").append(severity()).append(' ').append(code()).append(' ')
        .append(SafeText.terminal(message()));
    if (waived()) {
      sb.append(" (waived)");
    }
    return sb.toString();
  }

  /**
   * An immutable Finding with every value of {@code value}: the value itself when it is already immutable.
   *
   * @param value the value to copy, never null
   * @return an immutable copy
   * @since 0.2.0
   */
  static Finding copyOf(Finding value) {
    return ImmutableFinding.copyOf(value);
  }

  /**
   * Builds a {@link Finding}: set the values, then call {@code build()}, which fails with {@link
   * IllegalStateException} naming a required value that is missing. Not thread-safe.
   *
   * @since 0.2.0
   */
  @API(status = STABLE)
  final class Builder extends ImmutableFinding.Builder {
    /** Starts an empty builder; {@link Finding#builder()} does the same. */
    public Builder() {}
  }
}
