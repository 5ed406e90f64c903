package io.github.slaframework.json;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.file.Path;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The text formats a document may be written in. Both give the same model and the same findings.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public enum DocumentFormat {
  /** JSON (RFC 8259), UTF-8; a leading byte order mark is allowed. */
  JSON,
  /** YAML 1.2, read through the same streaming parser interface as JSON. */
  YAML;

  /**
   * The format of a file by its name: {@code *.yaml} and {@code *.yml} are YAML, anything else
   * JSON.
   *
   * @param file a file path, never null
   * @return the format
   */
  public static DocumentFormat forPath(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".yaml") || n.endsWith(".yml") ? YAML : JSON;
  }
}
