package io.github.slaframework.core.section;

/**
 * A channel through which the parties communicate.
 *
 * @since 0.1.0
 */
public enum Channel {
  /** Airwave radio. */
  AIRWAVE_RADIO,
  /** Telephone. */
  TELEPHONE,
  /** E-mail. */
  EMAIL,
  /** A live view of camera feeds. */
  LIVE_VIEW,
  /** Secure messaging. */
  SECURE_MESSAGING
}
