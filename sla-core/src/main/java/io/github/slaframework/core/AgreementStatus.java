package io.github.slaframework.core;

/**
 * The life-cycle status of an agreement. Absent in a file means {@link #DRAFT}.
 *
 * @since 0.1.0
 */
public enum AgreementStatus {
  /** Being written; not yet in force. */
  DRAFT,
  /** Agreed by the parties and in force. */
  AGREED,
  /** In force but suspended. */
  SUSPENDED,
  /** Ended. */
  TERMINATED
}
