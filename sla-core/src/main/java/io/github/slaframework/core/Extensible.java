package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.slaframework.core.value.JsonValue;
import java.util.Map;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * An object of the file format that may carry {@code x-} extension fields: vendor data that is kept
 * exactly on a read/write round trip and never reported.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public interface Extensible {

  /** The prefix every extension field name starts with. */
  String EXTENSION_PREFIX = "x-";

  /**
   * The extension fields, in the order they were read or added. Every name starts with {@code x-}.
   *
   * @return an unmodifiable ordered map, never null
   */
  Map<String, JsonValue> extensions();

  /**
   * Refuses extension names without the {@code x-} prefix: a programming error, never a document
   * error (readers report such fields as {@code UNKNOWN_FIELD} instead).
   */
  @Value.Check
  default void checkExtensionNames() {
    for (String name : extensions().keySet()) {
      if (!isExtensionName(name)) {
        throw new IllegalStateException(
            "extension field names are \"x-\" and at least one more character: \"" + name
                + "\"");
      }
    }
  }

  /**
   * Whether a field name is an extension field name.
   *
   * @param name a field name
   * @return {@code true} when it starts with {@code x-} and has at least one more character
   *     (format 1.0, section 1; a bare {@code "x-"} is no extension, as format 1.1 says of values)
   */
  static boolean isExtensionName(String name) {
    return name.length() > EXTENSION_PREFIX.length() && name.startsWith(EXTENSION_PREFIX);
  }
}
