package io.github.slaframework.core.section;

/**
 * How footage is exported as evidence.
 *
 * @since 0.1.0
 */
public enum EvidenceFormat {
  /** In the recorder's native format (the master exhibit). */
  NATIVE,
  /** Converted to another format. */
  TRANSCODED
}
