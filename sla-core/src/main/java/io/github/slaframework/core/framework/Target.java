package io.github.slaframework.core.framework;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.section.AreaCode;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What a rule condition looks at: a JSON Pointer into the agreement, or into the section of an
 * area. A {@code *} segment stands for every element of an array ({@code /parties/*}{@code /type}).
 * JSON: {@code { "area"?: code, "path": pointer }}.
 *
 * @param area the area whose section the path is relative to; empty for the agreement root
 * @param path a JSON Pointer, possibly with {@code *} segments; {@code ""} is the target itself
 * @since 0.1.0
 */
@API(status = STABLE)
public record Target(Optional<AreaCode> area, String path) {

  /**
   * Creates a target.
   *
   * @param area the area, never null (use empty)
   * @param path the pointer, never null, empty or starting with {@code /}
   */
  public Target {
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(path, "path");
    if (!path.isEmpty() && !path.startsWith("/")) {
      throw new IllegalArgumentException("a path is a JSON Pointer: \"\" or starts with '/'");
    }
  }

  /**
   * A path from the agreement root.
   *
   * @param path a JSON Pointer
   * @return the target
   */
  public static Target root(String path) {
    return new Target(Optional.empty(), path);
  }

  /**
   * A path within the section of an area.
   *
   * @param area the area
   * @param path a JSON Pointer relative to the section
   * @return the target
   */
  public static Target area(AreaCode area, String path) {
    return new Target(Optional.of(area), path);
  }
}
