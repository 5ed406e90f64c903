package io.github.slaframework.json;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.report.Report;
import io.github.slaframework.core.report.SourceMap;
import io.github.slaframework.core.value.JsonValue;
import io.github.slaframework.json.internal.read.TreeSourceMap;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.apiguardian.api.API;

/**
 * What reading a document gives: the model (when it could be built), every problem
 * found, located, and a map from JSON Pointer to line and column for locating later findings.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * ReadResult<Agreement> read = SlaReader.defaults().readAgreement(path);
 * read.report().findings().forEach(f -> System.err.println(f.describe()));
 * Agreement agreement = read.value().orElseThrow();
 * }</pre>
 *
 * @param <T> the model type
 * @since 0.1.0
 */
@API(status = STABLE)
public final class ReadResult<T> {

  private final T value;
  private final Report report;
  private final SourceMap sourceMap;
  private final Supplier<JsonValue> document;
  private JsonValue documentValue;
  private boolean documentBuilt;

  ReadResult(T value, Report report, SourceMap sourceMap) {
    this(value, report, sourceMap, () -> null);
  }

  ReadResult(T value, Report report, SourceMap sourceMap, Supplier<JsonValue> document) {
    this.value = value;
    this.report = Objects.requireNonNull(report, "report");
    this.sourceMap = Objects.requireNonNull(sourceMap, "sourceMap");
    this.document = Objects.requireNonNull(document, "document");
  }

  /**
   * The model, present when it could be built. A value may be present together with ERROR
   * findings: an unknown field, or — for agreements — an optional value (or an enum value in a
   * list) that could not be read, which is reported and left out so that validation still
   * reports every other problem of the document. A missing or unreadable required value, or a
   * broken element of a list of objects, means no model. Check {@link #hasErrors()} before
   * writing a value back.
   *
   * @return the model, or empty
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * The findings of reading, in document order, each with code, JSON Pointer and (when known)
   * line and column.
   *
   * @return the report, never null
   */
  public Report report() {
    return report;
  }

  /**
   * Where each value of the document stood in the source text; {@link SourceMap#EMPTY} when the
   * document could not be parsed.
   *
   * @return the source map, never null
   */
  public SourceMap sourceMap() {
    return sourceMap;
  }

  /**
   * The document as the file holds it: its JSON value (a YAML file's under the YAML 1.2 core
   * schema), every member in the order written, {@code x-} members and members the format does
   * not know included, before any renaming or defaulting; the tree whose JSON Pointers are the
   * paths of the findings. Built on the first call, so reads that never ask pay nothing.
   *
   * @return the document, or empty when it could not be parsed, or holds a number too long for a
   *     {@link JsonValue} (reported when it stands in an {@code x-} member, and by the field that
   *     holds it otherwise)
   * @since 0.2.0
   */
  public synchronized Optional<JsonValue> document() {
    if (!documentBuilt) {
      documentValue = document.get();
      documentBuilt = true;
    }
    return Optional.ofNullable(documentValue);
  }

  /**
   * Whether a string value of the document as the file holds it (see {@link #document()}) contains
   * a text: a member's value or an array's element, {@code x-} members and members the format
   * does not know included, member names not searched. Answered from the tree the reader parsed,
   * without building {@link #document()}; a validator uses it to skip looking for a mark that
   * the file does not hold.
   *
   * @param text the text to look for, never null
   * @return true when some string value contains the text; false when none does, or when the
   *     document could not be parsed
   * @throws NullPointerException when {@code text} is null
   * @since 0.2.0
   */
  @API(status = EXPERIMENTAL, since = "0.2.0")
  public boolean containsText(String text) {
    Objects.requireNonNull(text, "text");
    return sourceMap instanceof TreeSourceMap tree && tree.anyStringContains(text);
  }

  /**
   * Whether reading found any error.
   *
   * @return {@code true} when the report is not valid
   */
  public boolean hasErrors() {
    return !report.isValid();
  }

  @Override
  public String toString() {
    return "ReadResult[value=" + (value != null) + ", " + report + "]";
  }
}
