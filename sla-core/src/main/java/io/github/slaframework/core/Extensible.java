package io.github.slaframework.core;

import io.github.slaframework.core.value.JsonValue;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An object of the file format that may carry {@code x-} extension fields: vendor data that is kept
 * exactly on a read/write round trip and never reported.
 *
 * @since 0.1.0
 */
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
            "extension field names start with \"x-\": \"" + name + "\"");
      }
    }
  }

  /**
   * Whether a field name is an extension field name.
   *
   * @param name a field name
   * @return {@code true} when it starts with {@code x-} (format 1.0, section 1; {@code "x-"}
   *     itself too, as for extension areas)
   */
  static boolean isExtensionName(String name) {
    return name.startsWith(EXTENSION_PREFIX);
  }
}
