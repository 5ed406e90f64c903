package io.github.slaframework.render.scaffold;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A value in a scaffolded draft that the parties must write or confirm before they agree it.
 *
 * @param path the RFC 6901 JSON Pointer of the value in the draft as written (a section itself
 *     when the field to add is an empty list, which is not written), e.g.
 *     {@code /sections/3/retentionPeriod}
 * @param instruction what to write or check there, in plain English
 * @since 0.2.0
 */
@API(status = EXPERIMENTAL)
public record Placeholder(String path, String instruction) {

  /** Checks the components are present. */
  public Placeholder {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(instruction, "instruction");
  }
}
