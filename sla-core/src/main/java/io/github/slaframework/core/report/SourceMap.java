package io.github.slaframework.core.report;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Where each value of a document stood in its source text, looked up by JSON Pointer.
 *
 * <p>A reader builds one for every document it reads from text, so that findings produced later
 * against the typed model (by validation) carry a line and column too. Implementations are
 * immutable and thread-safe.
 *
 * @since 0.1.0
 */
@FunctionalInterface
@API(status = STABLE)
public interface SourceMap {

  /** A map that knows no location; for models built in code. */
  SourceMap EMPTY = pointer -> Optional.empty();

  /**
   * The location of the value at a JSON Pointer.
   *
   * @param pointer an RFC 6901 JSON Pointer; {@code ""} is the whole document
   * @return where the value starts, or empty when the pointer names no value that was read
   */
  Optional<SourceLocation> locate(String pointer);

  /**
   * The location of the value at a JSON Pointer or, when there is none (a missing field), of its
   * nearest ancestor that exists.
   *
   * @param pointer an RFC 6901 JSON Pointer
   * @return the nearest known location, or empty when not even the root is known
   */
  default Optional<SourceLocation> locateNearest(String pointer) {
    String current = pointer;
    while (true) {
      Optional<SourceLocation> found = locate(current);
      if (found.isPresent() || current.isEmpty()) {
        return found;
      }
      current = current.substring(0, Math.max(0, current.lastIndexOf('/')));
    }
  }
}
