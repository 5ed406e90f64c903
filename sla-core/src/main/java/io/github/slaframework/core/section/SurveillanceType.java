package io.github.slaframework.core.section;

/**
 * A type of surveillance the agreement covers.
 *
 * @since 0.1.0
 */
public enum SurveillanceType {
  /** Overt public-space surveillance. */
  OVERT,
  /** Covert (directed) surveillance. */
  COVERT,
  /** Automatic number plate recognition. */
  ANPR,
  /** Body-worn video. */
  BODY_WORN,
  /** Redeployable cameras. */
  REDEPLOYABLE
}
