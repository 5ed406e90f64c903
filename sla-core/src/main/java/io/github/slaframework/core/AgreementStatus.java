package io.github.slaframework.core;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The life-cycle status of an agreement. Absent in a file means {@link #DRAFT}.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
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
