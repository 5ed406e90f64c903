package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How footage is exported as evidence.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public enum EvidenceFormat {
  /** In the recorder's native format (the master exhibit). */
  NATIVE,
  /** Converted to another format. */
  TRANSCODED
}
