package io.github.slaframework.measure;

import static org.apiguardian.api.API.Status.STABLE;

import java.nio.file.Path;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * The file format of an event log.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public enum EventFormat {
  /** JSON Lines: one JSON object a line. */
  JSON_LINES,
  /** CSV with a header line naming the columns {@code type,id,at,ref,priority,camera}. */
  CSV;

  /**
   * The format a file name suggests: {@link #CSV} for {@code *.csv}, else {@link #JSON_LINES}.
   *
   * @param path a file, never null
   * @return the format
   */
  public static EventFormat of(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".csv")
        ? CSV
        : JSON_LINES;
  }
}
