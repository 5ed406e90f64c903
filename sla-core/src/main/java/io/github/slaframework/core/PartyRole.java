package io.github.slaframework.core;

/**
 * The part a party plays in the CCTV partnership.
 *
 * @since 0.1.0
 */
public enum PartyRole {
  /** Owns the camera system. */
  SYSTEM_OWNER,
  /** Data controller of the recordings. */
  DATA_CONTROLLER,
  /** Runs the control room. */
  MONITORING_CENTRE,
  /** The police user of the system. */
  POLICE,
  /** Any other role. */
  OTHER
}
