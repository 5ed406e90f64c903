package io.github.slaframework.core.section;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The legal jurisdiction an agreement is made under.
 *
 * @since 0.1.0
 */
@API(status = STABLE)
public enum Jurisdiction {
  /** England and Wales. */
  ENGLAND_AND_WALES,
  /** Scotland. */
  SCOTLAND,
  /** Northern Ireland. */
  NORTHERN_IRELAND
}
