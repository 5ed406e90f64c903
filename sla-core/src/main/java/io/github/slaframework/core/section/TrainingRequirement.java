package io.github.slaframework.core.section;

/**
 * Training or licensing required of staff.
 *
 * @since 0.1.0
 */
public enum TrainingRequirement {
  /** The SIA public space surveillance (CCTV) licence. */
  SIA_PUBLIC_SPACE_SURVEILLANCE_LICENCE,
  /** BS 7958 (CCTV management and operation). */
  BS_7958,
  /** Data protection training. */
  DATA_PROTECTION,
  /** Awareness of RIPA / RIP(S)A. */
  RIPA_AWARENESS,
  /** Evidence handling. */
  EVIDENCE_HANDLING
}
